import {
  createTestDatabase,
  testBroker,
  testTopicPrefix,
  type TestDatabase,
} from '@salesgraph/testing';
import { DataSource } from 'typeorm';
import {
  EventSubscriber,
  Outbox,
  OutboxRelay,
  TopicNamespace,
  messagingEntities,
  messagingMigrations,
  silentLogger,
  type EventHandlerRegistration,
  type MessageBroker,
  type MessageProducer,
  type MessagingObserver,
  type RetryPolicy,
} from '../../src';

/** Two service databases (a producer and a consumer side) on the real server, and a real broker. */
export class MessagingFixture {
  readonly databases: TestDatabase[] = [];
  readonly dataSources: DataSource[] = [];
  readonly stops: Array<() => Promise<unknown>> = [];
  readonly namespace = new TopicNamespace(testTopicPrefix('messaging'));
  broker!: MessageBroker;
  producer!: MessageProducer;

  async start(): Promise<void> {
    this.broker = testBroker();
    this.producer = this.broker.producer();
    await this.producer.connect();
  }

  async database(label: string, ddl: string[] = []): Promise<DataSource> {
    const database = await createTestDatabase(label);
    this.databases.push(database);
    const dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      entities: messagingEntities,
      migrations: messagingMigrations,
      logging: false,
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    for (const statement of ddl) await dataSource.query(statement);
    this.dataSources.push(dataSource);
    return dataSource;
  }

  relay(dataSource: DataSource, lockName: string): OutboxRelay {
    const relay = new OutboxRelay({
      dataSource,
      producer: this.producer,
      namespace: this.namespace,
      logger: silentLogger,
      lockName,
      pollIntervalMs: 50,
    });
    relay.start();
    this.stops.push(() => relay.stop());
    return relay;
  }

  async subscriber(
    dataSource: DataSource,
    groupId: string,
    topics: string[],
    handlers: EventHandlerRegistration[],
    retry: RetryPolicy = { attempts: 3, initialDelayMs: 20, maxDelayMs: 50 },
    observer?: MessagingObserver,
  ): Promise<EventSubscriber> {
    await this.broker.ensureTopics(topics.map((t) => ({ topic: this.namespace.resolve(t) })));
    const subscriber = new EventSubscriber({
      groupId,
      topics,
      handlers,
      broker: this.broker,
      dataSource,
      namespace: this.namespace,
      deadLetterProducer: this.producer,
      logger: silentLogger,
      serviceName: 'test',
      retry,
      observer,
    });
    await subscriber.start();
    this.stops.push(() => subscriber.stop());
    return subscriber;
  }

  outbox(source = 'salesgraph/test'): Outbox {
    return new Outbox(source);
  }

  async stop(): Promise<void> {
    for (const stop of this.stops.reverse()) await stop().catch(() => undefined);
    await this.broker?.disconnect();
    for (const dataSource of this.dataSources) await dataSource.destroy().catch(() => undefined);
    for (const database of this.databases) await database.drop().catch(() => undefined);
  }
}
