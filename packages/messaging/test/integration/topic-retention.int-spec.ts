import { randomId, testInfrastructure } from '@salesgraph/testing';
import { Kafka, ConfigResourceTypes } from 'kafkajs';
import { createKafkaTopicAdmin, silentLogger, type TopicAdmin } from '../../src';
import { MessagingFixture } from './messaging-fixture';

/** Event topics keep their history: replays and new consumer groups read from the start. */
describe('topic retention', () => {
  const fixture = new MessagingFixture();
  let admin: TopicAdmin;
  const kafka = new Kafka({
    clientId: 'retention-test',
    brokers: testInfrastructure().kafkaBrokers,
  });
  const raw = kafka.admin();

  beforeAll(async () => {
    await fixture.start();
    await raw.connect();
    admin = createKafkaTopicAdmin({
      clientId: 'retention-test',
      brokers: testInfrastructure().kafkaBrokers,
      logger: silentLogger,
    });
  });
  afterAll(async () => {
    await admin.disconnect();
    await raw.disconnect();
    await fixture.stop();
  });

  it('creates topics that keep their events for ever', async () => {
    const topic = fixture.namespace.resolve(`retention.new.${randomId(6)}`);
    await fixture.broker.ensureTopics([{ topic }]);
    expect(await admin.retentionMs(topic)).toBe(-1);
  });

  it('sets unlimited retention on a topic made with the broker default, keeping its other overrides', async () => {
    const topic = fixture.namespace.resolve(`retention.old.${randomId(6)}`);
    await raw.createTopics({
      topics: [
        { topic, numPartitions: 1, configEntries: [{ name: 'segment.ms', value: '3600000' }] },
      ],
    });
    expect(await admin.retentionMs(topic)).not.toBe(-1); // the broker default (7 days on a stock broker)

    await fixture.broker.ensureTopics([{ topic }]);

    expect(await admin.retentionMs(topic)).toBe(-1);
    const { resources } = await raw.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['segment.ms'] }],
    });
    expect(resources[0].configEntries[0].configValue).toBe('3600000');
  });
});
