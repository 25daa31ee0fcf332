import { randomUUID } from 'node:crypto';
import { createEnvelope, type Envelope, type EventDefinition } from '@salesgraph/events';
import type { MessageBroker, MessageProducer } from '@salesgraph/messaging';
import type { Clock } from '@salesgraph/service-kit';
import { startServiceUnderTest, testBroker, type ServiceUnderTest } from '@salesgraph/testing';
import type { z } from 'zod';
import { loadNotificationConfig, type NotificationConfig } from '../../src/config';
import { notificationService } from '../../src/service-definition';

export type NotificationSut = ServiceUnderTest<NotificationConfig>;

/** The real notification service on its own database and topic prefix. */
export function startNotificationService(
  label: string,
  env: Record<string, string> = {},
  clock?: Clock,
): Promise<NotificationSut> {
  return startServiceUnderTest({
    label,
    loadConfig: loadNotificationConfig,
    definition: (config) => notificationService(config, clock ? { clock } : {}),
    env: { EMAIL_DISPATCH_INTERVAL_MS: '100', ...env },
  });
}

/** Publishes events to the producers' topics as they would. */
export class EventPublisher {
  private readonly broker: MessageBroker = testBroker();
  private producer?: MessageProducer;

  constructor(private readonly sut: NotificationSut) {}

  envelope<TType extends string, TSchema extends z.ZodType>(
    definition: EventDefinition<TType, TSchema>,
    data: z.input<TSchema>,
  ): Envelope {
    return createEnvelope(definition, data, {
      source: `salesgraph/${definition.producer}`,
      correlationId: randomUUID(),
      actor: { type: 'service', id: definition.producer },
    });
  }

  async send(definition: EventDefinition, ...envelopes: Array<Envelope | string>): Promise<void> {
    if (!this.producer) {
      this.producer = this.broker.producer();
      await this.producer.connect();
    }
    await this.producer.send(
      `${this.sut.topicPrefix}${definition.topic}`,
      envelopes.map((e) => ({
        key: typeof e === 'string' ? 'raw' : e.subject,
        value: typeof e === 'string' ? e : JSON.stringify(e),
      })),
    );
  }

  async close(): Promise<void> {
    await this.producer?.disconnect();
    await this.broker.disconnect();
  }
}
