import { randomUUID } from 'node:crypto';
import { createEnvelope, type Envelope, type EventDefinition } from '@salesgraph/events';
import type { MessageBroker, MessageProducer } from '@salesgraph/messaging';
import type { z } from 'zod';
import { testBroker } from './kafka-test-client';

/**
 * Publishes events to a service under test's topics (its topic prefix) as
 * their producers would: a valid envelope from the producing service, or any
 * raw string (a poison record).
 */
export class EventPublisher {
  private readonly broker: MessageBroker = testBroker();
  private producer?: MessageProducer;

  constructor(private readonly sut: { topicPrefix: string }) {}

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

  /** A valid event of `definition` with `data`, sent; the envelope, for asserting on its id. */
  async publish<TType extends string, TSchema extends z.ZodType>(
    definition: EventDefinition<TType, TSchema>,
    data: z.input<TSchema>,
  ): Promise<Envelope> {
    const envelope = this.envelope(definition, data);
    await this.send(definition, envelope);
    return envelope;
  }

  async close(): Promise<void> {
    await this.producer?.disconnect();
    await this.broker.disconnect();
  }
}
