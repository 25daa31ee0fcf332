import { Topics, type MarketingLeadCapturedData } from '@salesgraph/events';
import {
  createKafkaTopicAdmin,
  partitionOfKey,
  silentLogger,
  TopicNamespace,
  type MessageBroker,
  type MessageProducer,
} from '@salesgraph/messaging';
import { marketingLeadEnvelope, testBroker, testInfrastructure } from '@salesgraph/testing';
import { Client } from 'pg';
import type { BenchPlatform } from '../platform/bench-platform';

/**
 * Marketing's side of the benchmarks: our messaging wrapper's producer
 * (idempotent, acks from all in-sync replicas) on the platform's own
 * marketing.leads.v1, each event keyed by its externalId as marketing keys it.
 */
export class MarketingTopic {
  private constructor(
    private readonly broker: MessageBroker,
    private readonly producer: MessageProducer,
    private readonly topic: string,
    private readonly partitions: number,
  ) {}

  static async open(platform: BenchPlatform): Promise<MarketingTopic> {
    const topic = new TopicNamespace(platform.topicPrefix).resolve(Topics.marketingLeads);
    const admin = createKafkaTopicAdmin({
      clientId: 'bench-marketing-topic',
      brokers: testInfrastructure().kafkaBrokers,
      logger: silentLogger,
    });
    let partitions: number;
    try {
      partitions = (await admin.partitionRanges(topic)).length;
    } finally {
      await admin.disconnect();
    }
    const broker = testBroker();
    const producer = broker.producer();
    await producer.connect();
    return new MarketingTopic(broker, producer, topic, partitions);
  }

  /** The partition a lead's event goes to (keyed by its externalId): its events are consumed in that order. */
  partitionOf(externalId: string): number {
    return partitionOfKey(externalId, this.partitions);
  }

  /** Validates against the contract (createEnvelope does) and sends; resolves to the event ids once acknowledged. */
  async publish(leads: readonly MarketingLeadCapturedData[]): Promise<string[]> {
    const envelopes = leads.map((data) => marketingLeadEnvelope(data, 'bench'));
    await this.producer.send(
      this.topic,
      envelopes.map((envelope) => ({
        key: envelope.data.externalId,
        value: JSON.stringify(envelope),
      })),
    );
    return envelopes.map((envelope) => envelope.id);
  }

  async close(): Promise<void> {
    await this.producer.disconnect().catch(() => undefined);
    await this.broker.disconnect().catch(() => undefined);
  }
}

/** One connection to the lead service's database, closed by `use`'s end. */
export async function withLeadDatabase<T>(
  platform: BenchPlatform,
  use: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: platform.databases.lead.url });
  await client.connect();
  // No parallel workers for the benchmark's queries: its CPU is left out of the platform's by its
  // backend's pid, and a worker is a process of its own that would count as the platform's.
  await client.query('SET max_parallel_workers_per_gather = 0');
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
