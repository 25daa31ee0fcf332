import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  type Envelope,
  type EventContext,
  type EventDefinition,
} from '@salesgraph/events';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { traceEventCreation } from '../observability/event-tracing';
import { SubjectKeys } from '../privacy/subject-keys';

/**
 * Records events in the outbox. Always call it with the EntityManager of the
 * transaction that makes the state change: either both are committed or
 * neither is, so a rolled-back change never publishes anything.
 */
export class Outbox {
  /** Seals the personal fields of each event with its person's key (docs/privacy.md). */
  readonly subjectKeys: SubjectKeys;

  constructor(
    /** CloudEvents `source` of this service, e.g. "salesgraph/lead". */
    private readonly source: string,
  ) {
    this.subjectKeys = new SubjectKeys(source.replace(/^salesgraph\//, ''));
  }

  async append<TType extends string, TSchema extends z.ZodType>(
    manager: EntityManager,
    definition: EventDefinition<TType, TSchema>,
    data: z.input<TSchema>,
    context: EventContext,
  ): Promise<Envelope<TType, z.infer<TSchema>>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`Outbox.append(${definition.type}) must run inside a transaction`);
    }
    const id = randomUUID();
    const envelope = createEnvelope(definition, data, {
      ...context,
      source: this.source,
      id,
      trace: traceEventCreation(definition.topic, definition.type, id),
    });
    // Validated in the clear above; stored and published with personal fields sealed.
    const stored = {
      ...envelope,
      data: await this.subjectKeys.seal(manager, definition, envelope.data),
    };
    await manager.query(
      `INSERT INTO outbox_message (id, aggregate_type, aggregate_id, event_type, topic, payload, actor_id, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        envelope.id,
        definition.aggregateType,
        envelope.subject,
        envelope.type,
        definition.topic,
        JSON.stringify(stored),
        envelope.actorid ?? null,
        envelope.correlationid,
      ],
    );
    return envelope;
  }
}
