import {
  EventSubscriber,
  type Logger,
  type MessageBroker,
  type MessageProducer,
  type TopicNamespace,
} from '@salesgraph/messaging';
import type { DataSource } from 'typeorm';
import type { SubscriberSpec } from '../app/service-spec';

// Events that failed validation were dead-lettered when they first arrived; a replay does not send them twice.
const discardingProducer: MessageProducer = {
  connect: async () => undefined,
  send: async () => undefined,
  sendMany: async () => undefined,
  disconnect: async () => undefined,
};

/**
 * The projection consumers as the replay drives them: the live service's
 * handlers, inbox names, validation and retries, fed message by message
 * (never started, so they join no consumer group), by broker topic.
 */
export function replayHandlersByTopic(options: {
  serviceName: string;
  subscribers: SubscriberSpec[];
  broker: MessageBroker;
  dataSource: DataSource;
  namespace: TopicNamespace;
  logger: Logger;
}): Map<string, EventSubscriber[]> {
  const byTopic = new Map<string, EventSubscriber[]>();
  for (const spec of options.subscribers) {
    const subscriber = new EventSubscriber({
      ...spec,
      broker: options.broker,
      dataSource: options.dataSource,
      namespace: options.namespace,
      deadLetterProducer: discardingProducer,
      logger: options.logger,
      serviceName: options.serviceName,
    });
    for (const topic of spec.topics.map((t) => options.namespace.resolve(t)))
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), subscriber]);
  }
  return byTopic;
}
