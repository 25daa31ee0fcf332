import {
  createKafkaBroker,
  silentLogger,
  type IncomingMessage,
  type MessageBroker,
} from '@salesgraph/messaging';
import { randomId } from './random-id';
import { testInfrastructure } from './test-env';

/** A broker client for tests, with helpers to publish raw messages and to collect what arrives. */
export function testBroker(): MessageBroker {
  return createKafkaBroker({
    clientId: `test-${randomId(6)}`,
    brokers: testInfrastructure().kafkaBrokers,
    logger: silentLogger,
  });
}

/**
 * A topic prefix of its own for one test file, so parallel files never see each
 * other's events. Inside `npm test` it starts with the run's own prefix
 * (SALESGRAPH_TEST_RUN), so the run can delete its topics when done.
 */
export function testTopicPrefix(label: string): string {
  const run = process.env.SALESGRAPH_TEST_RUN;
  const runPart = run && /^[a-z0-9]+$/.test(run) ? `${run}.` : '';
  return `t.${runPart}${label.replace(/[^a-zA-Z0-9]/g, '')}.${randomId(8)}.`;
}

/**
 * Reads a topic from the beginning into an array that fills as messages
 * arrive. Stop it with `close()`.
 */
export async function collectMessages(broker: MessageBroker, topic: string) {
  const messages: IncomingMessage[] = [];
  await broker.ensureTopics([{ topic }]);
  const consumer = broker.consumer(`test-collector-${randomId(8)}`);
  await consumer.run({
    topics: [topic],
    fromBeginning: true,
    handle: async (message) => {
      messages.push(message);
    },
  });
  return { messages, close: () => consumer.disconnect() };
}
