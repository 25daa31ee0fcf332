import type { TopicName } from '@salesgraph/events';
import type {
  EventSubscriber,
  EventSubscriberOptions,
  MessageBroker,
  MessageProducer,
  Outbox,
  OutboxRelay,
  TopicNamespace,
} from '@salesgraph/messaging';
import type { PlatformMetrics } from '@salesgraph/observability';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { ServiceEnv } from '../config/service-env';
import type { Clock } from '../domain/clock';

/** What a service's schema and handlers are built from; all of it can exist before anything connects. */
export interface ServiceDeps<TConfig extends ServiceEnv = ServiceEnv> {
  config: TConfig;
  logger: Logger;
  dataSource: DataSource;
  outbox: Outbox;
  /** The time the service acts by: the system clock, or one a test or the seed controls. */
  clock: Clock;
}

/** What running consumers and background jobs additionally get. */
export interface RuntimeDeps<TConfig extends ServiceEnv = ServiceEnv> extends ServiceDeps<TConfig> {
  broker: MessageBroker;
  producer: MessageProducer;
  namespace: TopicNamespace;
}

export type SubscriberSpec = Pick<
  EventSubscriberOptions,
  'groupId' | 'topics' | 'handlers' | 'retry' | 'unknownTypes' | 'fromBeginning' | 'maxBatchSize'
>;

/** Something that runs beside the server, e.g. a periodic check; started last, stopped first. */
export interface BackgroundJob {
  name: string;
  start(): void;
  stop(): Promise<void>;
}

export interface SubgraphServiceSpec<
  TConfig extends ServiceEnv & { PORT: number } = ServiceEnv & { PORT: number },
> {
  /** "lead", "account", "order" or "planning": names logs, the event source and consumer groups. */
  name: string;
  config: TConfig;
  /** The time the service acts by; the system clock when left out. */
  clock?: Clock;
  /** The topic this service publishes to. */
  ownTopic: TopicName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  buildSchema(deps: ServiceDeps<TConfig>): Promise<GraphQLSchema>;
  subscribers?(deps: RuntimeDeps<TConfig>): SubscriberSpec[];
  jobs?(deps: RuntimeDeps<TConfig>): BackgroundJob[];
}

export interface RunningService<TConfig extends ServiceEnv = ServiceEnv> {
  name: string;
  url: string;
  port: number;
  /** Its metrics (also served at `metricsUrl` when METRICS_PORT is set). */
  metrics: PlatformMetrics;
  metricsUrl?: string;
  deps: RuntimeDeps<TConfig>;
  relay: OutboxRelay;
  /** The running consumers; their health is part of readiness. */
  subscribers: EventSubscriber[];
  stop(): Promise<void>;
}
