import { execFile } from 'node:child_process';
import { Topics, type MarketingLeadCapturedData } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { sharedGroupOf, type IncomingMessage, type MessageBroker } from '@salesgraph/messaging';
import {
  expectData,
  marketingLeadEnvelope,
  publishRecordWithKcat,
  sampleMarketingLead,
  waitFor,
  type GraphQLResponse,
} from '@salesgraph/testing';
import { asUser, tokenFor } from './e2e-client';
import { stackInfo } from './stack-info';

type Who = keyof typeof DemoUsers | AuthenticatedUser;

/** Runs an operation through the gateway as `who` and returns its data, failing the test on errors. */
export async function graph<TData = Record<string, unknown>>(
  who: Who,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<TData> {
  return expectData(await asUser<TData>(who, query, variables));
}

/** Retries an operation until `ready` accepts its data: the platform is eventually consistent across services. */
export async function graphEventually<TData = Record<string, unknown>>(
  who: Who,
  query: string,
  variables: Record<string, unknown>,
  ready: (data: TData) => boolean,
  what: string,
): Promise<TData> {
  let last: GraphQLResponse<TData> | undefined;
  try {
    return await waitFor(
      async () => {
        last = await asUser<TData>(who, query, variables);
        return last.data && !last.errors?.length && ready(last.data) ? last.data : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250, what },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; last answer: ${JSON.stringify(last)}`);
  }
}

/** The broker topic of a contract topic in this stack's namespace. */
export function brokerTopic(topic: string): string {
  return `${stackInfo().topicPrefix}${topic}`;
}

/** The consumer group a service reads every topic through, in this stack's namespace. */
export function consumerGroupOf(service: string): string {
  return brokerTopic(sharedGroupOf(service));
}

/**
 * Waits until `service` has handled `message`: its consumer group has
 * committed an offset past it on its partition. What a handler did NOT do can
 * be asserted after.
 */
export async function handledBy(
  broker: MessageBroker,
  service: string,
  message: IncomingMessage,
): Promise<void> {
  await waitFor(
    async () =>
      (await broker.committedOffsets!(consumerGroupOf(service), [message.topic])).some(
        (o) => o.partition === message.partition && BigInt(o.offset) > BigInt(message.offset),
      ),
    { what: `the ${service} service to handle ${message.headers.ce_type ?? 'the message'}` },
  );
}

/**
 * Waits until each service's consumer group has handled everything published
 * on `topic` so far (no lag on any partition): a baseline read after it does
 * not miss what an earlier test set going.
 */
export async function caughtUp(
  broker: MessageBroker,
  services: string[],
  topic: string,
): Promise<void> {
  await waitFor(
    async () => {
      for (const service of services) {
        const lag = await broker.consumerLag!(consumerGroupOf(service), [brokerTopic(topic)]);
        if (lag.some((partition) => partition.lag > 0)) return false;
      }
      return true;
    },
    { what: `${services.join(' and ')} to catch up with ${topic}`, timeoutMs: 30_000 },
  );
}

/**
 * Publishes a lead as marketing's automation would, with kcat (librdkafka),
 * not with the platform's own client: any Kafka client may publish.
 */
export async function publishWithKcat(topic: string, key: string, value: string): Promise<void> {
  await publishRecordWithKcat(stackInfo().kafkaBrokers, brokerTopic(topic), key, value);
}

/**
 * Every message a topic retains, from its first offset to its end as the read
 * started, read with kcat (`-e` stops at each partition's end): what is on the
 * broker now, not what arrived within some wait. A null key or value (a
 * tombstone) reads as null.
 */
export async function readTopicWithKcat(
  topic: string,
): Promise<Array<{ key: string | null; value: string | null }>> {
  const args = ['-C', '-b', stackInfo().kafkaBrokers, '-t', brokerTopic(topic), '-o', 'beginning'];
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(
      'kcat',
      [...args, '-e', '-q', '-J'],
      { maxBuffer: 256 * 1024 * 1024, timeout: 60_000 },
      (error, out, err) =>
        error ? reject(new Error(`kcat ${args.join(' ')}: ${error.message} ${err}`)) : resolve(out),
    ),
  );
  return stdout
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const { key, payload } = JSON.parse(line) as { key: string | null; payload: string | null };
      return { key, value: payload };
    });
}

export function marketingLead(
  overrides: Partial<MarketingLeadCapturedData> = {},
): MarketingLeadCapturedData {
  return sampleMarketingLead('E2E', overrides);
}

export async function publishMarketingLead(data: MarketingLeadCapturedData): Promise<void> {
  const envelope = marketingLeadEnvelope(data, 'e2e');
  await publishWithKcat(Topics.marketingLeads, data.externalId, JSON.stringify(envelope));
}

/** The demo user behind an id. */
export function demoUser(id: string): AuthenticatedUser {
  const user = Object.values(DemoUsers).find((u) => u.id === id);
  if (!user) throw new Error(`no demo user ${id}`);
  return user;
}

/** Order administration's queue, from the order-admin consumer app. */
export async function orderAdminQueue(): Promise<{
  entries: Array<{ orderId: string; action: string; status: string; overdue: boolean }>;
}> {
  const response = await fetch(`${stackInfo().orderAdminUrl}/queue`, {
    headers: { authorization: `Bearer ${await tokenFor(DemoUsers.coordinator)}` },
  });
  return response.json() as never;
}

export function currentQuarterStart(now = new Date()): string {
  const month = Math.floor(now.getUTCMonth() / 3) * 3;
  return `${now.getUTCFullYear()}-${String(month + 1).padStart(2, '0')}-01`;
}
