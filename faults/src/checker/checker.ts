import { checkApplication } from './application-check';
import { checkDelivery } from './delivery-check';
import { checkDirectories } from './directory-check';
import { checkEffects, type EffectFigures } from './effect-check';
import {
  expectedConsumers,
  marketingTopic,
  subjectKeysTopic,
  ownTopics,
  type ServiceName,
} from './expected-consumers';
import {
  checkFaultEvidence,
  type FaultEvidence,
  type InjectedFaults,
} from './fault-evidence-check';
import { Findings, type Finding, type FindingKind } from './findings';
import { checkNotifications, type NotificationFigures } from './notification-check';
import {
  serviceDatabases,
  storedNotifications,
  type InboxRow,
  type OutboxRow,
} from './service-databases';
import { deadLettersOf, TopicIndex } from './topic-index';
import { TopicReader } from './topic-reader';
import { checkTotals, type TotalsFigures } from './totals-check';

export interface CheckerInput {
  brokers: string[];
  topicPrefix: string;
  databaseUrls: Record<ServiceName, string>;
  /** Marketing leads the broker acknowledged to the flow's publisher. */
  acknowledgedLeads: Array<{ eventId: string; externalId: string }>;
  injected: InjectedFaults;
}

export interface CheckReport {
  passed: boolean;
  events: {
    distinct: number;
    records: number;
    redelivered: number;
    byTopic: Record<string, number>;
  };
  applications: { due: number; applied: number; deadLettered: number };
  lost: number;
  doubled: number;
  outOfOrder: number;
  counts: Record<FindingKind, number>;
  effects: EffectFigures;
  notifications: NotificationFigures;
  totals: TotalsFigures;
  directories: { teamMembers: number; accounts: number };
  faults: FaultEvidence;
  examples: Finding[];
}

const services: ServiceName[] = ['lead', 'account', 'order', 'planning', 'notification'];

/**
 * The independent checker: reads every topic with its own Kafka client and
 * every service database with plain SQL, and proves from what it finds that
 * every acknowledged event was applied exactly once, none lost, none doubled,
 * each aggregate's events in order, and the derived totals exact.
 */
export async function runChecker(input: CheckerInput): Promise<CheckReport> {
  const reader = new TopicReader(input.brokers);
  const findings = new Findings();
  const existing = new Set(await reader.existingTopics());
  const indexes = new Map<string, TopicIndex>();
  const topicOf = (contractTopic: string): TopicIndex => {
    const index = indexes.get(contractTopic);
    if (!index) throw new Error(`topic ${contractTopic} was not read`);
    return index;
  };
  const contractTopics = [marketingTopic, subjectKeysTopic, ...services.map((s) => ownTopics[s])];
  for (const topic of contractTopics) {
    const broker = `${input.topicPrefix}${topic}`;
    indexes.set(
      topic,
      new TopicIndex(broker, existing.has(broker) ? await reader.readAll(broker) : []),
    );
  }
  const deadLetters = [];
  for (const topic of contractTopics) {
    const broker = `${input.topicPrefix}${topic}.dlq`;
    if (existing.has(broker))
      deadLetters.push(...deadLettersOf(new TopicIndex(broker, await reader.readAll(broker))));
  }

  const databases = serviceDatabases(input.databaseUrls);
  const outboxes = {} as Record<ServiceName, OutboxRow[]>;
  const inboxes = {} as Record<ServiceName, InboxRow[]>;
  for (const service of services) {
    outboxes[service] = await databases[service].outbox();
    inboxes[service] = await databases[service].inbox();
  }

  for (const service of services)
    checkDelivery(service, outboxes[service], topicOf, ownTopics[service], findings);

  const applications = { due: 0, applied: 0, deadLettered: 0 };
  for (const consumer of expectedConsumers) {
    const inbox = inboxes[consumer.service].filter((row) => row.consumer === consumer.group);
    const figures = checkApplication(
      consumer,
      consumer.topics.map(topicOf),
      inbox,
      deadLetters,
      findings,
    );
    applications.due += figures.due;
    applications.applied += figures.applied;
    applications.deadLettered += figures.deadLettered.length;
  }
  const known = new Set(expectedConsumers.map((c) => c.group));
  for (const service of services)
    for (const group of new Set(inboxes[service].map((r) => r.consumer)))
      if (!known.has(group))
        findings.add(
          'checker-out-of-date',
          'consumers',
          `${service} has a consumer ${group} the checker does not know`,
        );

  const effects = await checkEffects(
    databases,
    outboxes,
    { marketing: topicOf(marketingTopic), lead: topicOf(ownTopics.lead) },
    input.acknowledgedLeads,
    findings,
  );
  const alerts = expectedConsumers.find((c) => c.group === 'notification.alerts')!;
  const notifications = checkNotifications(
    alerts.types,
    alerts.topics.map(topicOf),
    inboxes.notification.filter((row) => row.consumer === alerts.group),
    await storedNotifications(databases.notification),
    findings,
  );
  const totals = await checkTotals(databases, findings);
  const directories = await checkDirectories(databases, findings);
  const faults = checkFaultEvidence(
    input.injected,
    topicOf(marketingTopic),
    deadLetters,
    outboxes,
    topicOf,
    findings,
  );

  const byTopic: Record<string, number> = {};
  let distinct = 0;
  let records = 0;
  let redelivered = 0;
  for (const [topic, index] of indexes) {
    byTopic[topic] = index.byId.size;
    distinct += index.byId.size;
    records += index.records.length;
    redelivered += index.redelivered();
  }
  const counts = Object.fromEntries(
    (
      [
        'lost',
        'doubled',
        'out-of-order',
        'totals',
        'directory',
        'dead-letter',
        'parked',
        'checker-out-of-date',
      ] as const
    ).map((kind) => [kind, findings.count(kind)]),
  ) as Record<FindingKind, number>;
  return {
    passed: findings.all.length === 0,
    events: { distinct, records, redelivered, byTopic },
    applications,
    lost: counts.lost,
    doubled: counts.doubled,
    outOfOrder: counts['out-of-order'],
    counts,
    effects,
    notifications,
    totals,
    directories,
    faults,
    examples: findings.examples(),
  };
}
