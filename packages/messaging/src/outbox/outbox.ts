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
import { positionLockSql } from './position-lock';

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
      `INSERT INTO outbox_message (id, aggregate_type, aggregate_id, event_type, topic, payload, actor_id, correlation_id, position_final)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, ${positionLockSql('$2::text', '$3::text')})`,
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

  /**
   * `append` for many events in one statement (plus one for their people's
   * keys), in the order given: the relay publishes each aggregate's events in
   * the order of this list.
   */
  async appendMany(
    manager: EntityManager,
    entries: ReadonlyArray<{ definition: EventDefinition; data: unknown; context: EventContext }>,
  ): Promise<Envelope[]> {
    if (entries.length === 0) return [];
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Outbox.appendMany must run inside a transaction');
    }
    const envelopes = entries.map(({ definition, data, context }) => {
      const id = randomUUID();
      return createEnvelope(definition, data, {
        ...context,
        source: this.source,
        id,
        trace: traceEventCreation(definition.topic, definition.type, id),
      });
    });
    const sealed = await this.subjectKeys.sealMany(
      manager,
      envelopes.map((envelope, i) => ({ definition: entries[i].definition, data: envelope.data })),
    );
    // One JSON parameter for all rows: as text arrays, every payload was escaped element by
    // element by pg (3 to 6 % of the lead service's CPU during an ingest) and parsed twice by
    // PostgreSQL (the array literal, then the payload as jsonb).
    const rows = envelopes.map((envelope, i) => ({
      id: envelope.id,
      aggregate_type: entries[i].definition.aggregateType,
      aggregate_id: envelope.subject,
      event_type: envelope.type,
      topic: entries[i].definition.topic,
      payload: { ...envelope, data: sealed[i] },
      actor_id: envelope.actorid ?? null,
      correlation_id: envelope.correlationid,
    }));
    await manager.query(
      `INSERT INTO outbox_message (id, aggregate_type, aggregate_id, event_type, topic, payload, actor_id, correlation_id, position_final)
       SELECT id, aggregate_type, aggregate_id, event_type, topic, payload, actor_id, correlation_id,
              ${positionLockSql('aggregate_type', 'aggregate_id')}
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb)
                AS (id uuid, aggregate_type text, aggregate_id text, event_type text, topic text,
                    payload jsonb, actor_id text, correlation_id text)) WITH ORDINALITY
              AS m(id, aggregate_type, aggregate_id, event_type, topic, payload, actor_id, correlation_id, n)
        ORDER BY n`,
      [JSON.stringify(rows)],
    );
    return envelopes;
  }
}
