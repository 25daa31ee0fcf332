import { randomUUID } from 'node:crypto';
import { findEventDefinition, type EventDefinition } from '@salesgraph/events';
import type { EntityManager } from 'typeorm';
import {
  erasePersonalFields,
  newSubjectKey,
  openPersonalData,
  sealedSubjectsIn,
  sealPersonalFields,
} from './personal-data-cipher';
import { positionLockSql } from '../outbox/position-lock';

/** The compacted topic that carries every person's key, keyed by the person; a tombstone erases. */
export const SUBJECT_KEYS_TOPIC = 'privacy.subject-keys';
export const SUBJECT_KEY_ISSUED = 'privacy.SubjectKeyIssued';
export const SUBJECT_KEY_ERASED = 'privacy.SubjectKeyErased';
const KEY_AGGREGATE = 'PrivacySubjectKey';

/** A key as the topic carries it (the value of a SubjectKeyIssued message). */
export interface SubjectKeyMessage {
  subjectId: string;
  owner: string;
  key: string;
}

/** Key per person: a Buffer, `null` when erased; people this database never heard of are absent. */
export async function lookupSubjectKeys(
  manager: EntityManager,
  subjectIds: string[],
): Promise<Map<string, Buffer | null>> {
  const found = new Map<string, Buffer | null>();
  if (subjectIds.length === 0) return found;
  const rows: Array<{ subject_id: string; key: Buffer | null }> = await manager.query(
    `SELECT subject_id, key FROM privacy_subject_key WHERE subject_id = ANY($1::text[])`,
    [subjectIds],
  );
  for (const row of rows) found.set(row.subject_id, row.key);
  return found;
}

/**
 * Events' data (many at once, one query) with their personal fields opened
 * by this database's keys, or as placeholders for erased people. Throws
 * SubjectKeyUnknownError for a person whose key has not arrived yet.
 */
export async function openStoredPersonalData<T>(
  manager: EntityManager,
  events: Array<{ eventType: string; data: T }>,
  /** Keys read already (e.g. joined to the rows by the caller's statement): not asked again. */
  known: ReadonlyMap<string, Buffer | null> = new Map(),
): Promise<T[]> {
  const subjects = new Set<string>();
  for (const event of events) sealedSubjectsIn(event.data, subjects);
  if (subjects.size === 0) return events.map((e) => e.data);
  const missing = [...subjects].filter((s) => !known.has(s));
  const keys = new Map([...known, ...(await lookupSubjectKeys(manager, missing))]);
  return events.map((e) =>
    openPersonalData(findEventDefinition(e.eventType), e.data, (s) => keys.get(s)),
  );
}

/**
 * One database's personal data keys (table privacy_subject_key). A producer
 * seals personal fields with the person's key, issuing the key on first use in
 * the same transaction (its own row, and an outbox row that publishes it on
 * the keys topic before the event that needs it). Readers open them; erasure
 * destroys the key here and tombstones it on the topic, so every copy of the
 * event, in the outbox and on every topic, only reads as the placeholder.
 */
export class SubjectKeys {
  constructor(
    /** The service name: owner of the keys it issues. */
    private readonly owner: string,
  ) {}

  /** The event's data with its personal fields sealed (or erased, for a person erased already). */
  async seal<T>(manager: EntityManager, definition: EventDefinition, data: T): Promise<T> {
    if (definition.personalFields.length === 0) return data;
    const subjectId = (definition.personOf ?? definition.subjectOf)(data as never);
    const key = await this.keyFor(manager, subjectId);
    return key
      ? sealPersonalFields(definition.personalFields, data, subjectId, key)
      : erasePersonalFields(definition.personalFields, data);
  }

  /**
   * `seal` for many events at once: the keys they need are issued or read in
   * one statement (`keysFor`), so a batch of new people costs no more round
   * trips than one.
   */
  async sealMany<T>(
    manager: EntityManager,
    events: ReadonlyArray<{ definition: EventDefinition; data: T }>,
  ): Promise<T[]> {
    const subjectOf = (e: { definition: EventDefinition; data: T }) =>
      (e.definition.personOf ?? e.definition.subjectOf)(e.data as never);
    const personal = events.filter((e) => e.definition.personalFields.length > 0);
    const keys = await this.keysFor(manager, [...new Set(personal.map(subjectOf))]);
    return events.map((e) => {
      if (e.definition.personalFields.length === 0) return e.data;
      const subjectId = subjectOf(e);
      const key = keys.get(subjectId);
      return key
        ? sealPersonalFields(e.definition.personalFields, e.data, subjectId, key)
        : erasePersonalFields(e.definition.personalFields, e.data);
    });
  }

  lookup(manager: EntityManager, subjectIds: string[]): Promise<Map<string, Buffer | null>> {
    return lookupSubjectKeys(manager, subjectIds);
  }

  /**
   * Records keys learnt from the keys topic (`key: null`: its tombstone),
   * idempotently; an erasure is final. What one fetch returned goes in two
   * statements at most: every person's first key, then every tombstone. The
   * order inside the fetch does not matter: a key never replaces one already
   * held and a tombstone always wins, so keys-then-tombstones ends where one
   * at a time would (each new person costs every service a key, issue 17).
   */
  async learnMany(
    manager: EntityManager,
    learnt: ReadonlyArray<{ subjectId: string; key: SubjectKeyMessage | null }>,
  ): Promise<void> {
    const issued = learnt.filter((l) => l.key !== null);
    // Distinct: ON CONFLICT DO UPDATE refuses to touch one row twice in a statement.
    const erased = [...new Set(learnt.filter((l) => l.key === null).map((l) => l.subjectId))];
    if (issued.length > 0)
      await manager.query(
        `INSERT INTO privacy_subject_key (subject_id, owner, key)
         SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[])
         ON CONFLICT (subject_id) DO NOTHING`,
        [
          issued.map((l) => l.subjectId),
          issued.map((l) => l.key!.owner),
          issued.map((l) => Buffer.from(l.key!.key, 'base64')),
        ],
      );
    if (erased.length > 0)
      await manager.query(
        `INSERT INTO privacy_subject_key (subject_id, owner, key, erased_at)
         SELECT subject_id, '?', NULL, now() FROM unnest($1::text[]) AS e(subject_id)
         ON CONFLICT (subject_id) DO UPDATE SET key = NULL, erased_at = COALESCE(privacy_subject_key.erased_at, now())`,
        [erased],
      );
  }

  /**
   * Destroys the keys of these people here, and, for those this service
   * issued, publishes their tombstones and forgets the published key in its
   * own outbox. Returns the people erased now (not those erased before).
   */
  async erase(manager: EntityManager, subjectIds: string[]): Promise<string[]> {
    if (subjectIds.length === 0) return [];
    // In a CTE: TypeORM answers a bare UPDATE ... RETURNING with [rows, count].
    const erased: Array<{ subject_id: string; owner: string }> = await manager.query(
      `WITH erased AS (
         UPDATE privacy_subject_key SET key = NULL, erased_at = now()
          WHERE subject_id = ANY($1::text[]) AND erased_at IS NULL RETURNING subject_id, owner)
       SELECT * FROM erased`,
      [subjectIds],
    );
    // People with no key yet: a ledger row, so that an event about them written later is erased too.
    await manager.query(
      `INSERT INTO privacy_subject_key (subject_id, owner, key, erased_at)
       SELECT s, $2, NULL, now() FROM unnest($1::text[]) s ON CONFLICT (subject_id) DO NOTHING`,
      [subjectIds, this.owner],
    );
    const own = erased.filter((row) => row.owner === this.owner).map((row) => row.subject_id);
    await manager.query(
      `UPDATE outbox_message SET payload = '{}'::jsonb
        WHERE aggregate_type = $1 AND aggregate_id = ANY($2::text[]) AND event_type = $3`,
      [KEY_AGGREGATE, own, SUBJECT_KEY_ISSUED],
    );
    for (const subjectId of own)
      await this.appendKeyRow(manager, subjectId, SUBJECT_KEY_ERASED, {});
    return erased.map((row) => row.subject_id);
  }

  /**
   * The person's key, issued now if they have none (with the outbox row that
   * publishes it), or null once erased. One statement either way: it runs in
   * the transaction of every event that carries personal data.
   */
  private async keyFor(manager: EntityManager, subjectId: string): Promise<Buffer | null> {
    const fresh = newSubjectKey();
    const message: SubjectKeyMessage = {
      subjectId,
      owner: this.owner,
      key: fresh.toString('base64'),
    };
    const rows: Array<{ key: Buffer | null }> = await manager.query(
      `WITH issued AS (
         INSERT INTO privacy_subject_key (subject_id, owner, key) VALUES ($1, $2, $3)
         ON CONFLICT (subject_id) DO NOTHING RETURNING key
       ), published AS (
         INSERT INTO outbox_message (id, aggregate_type, aggregate_id, event_type, topic, payload, actor_id, correlation_id, position_final)
         SELECT $4::uuid, $5, $1, $6, $7, $8::jsonb, NULL, $4, ${positionLockSql('$5::text', '$1::text')} FROM issued
       )
       SELECT key FROM issued
       UNION ALL
       SELECT key FROM privacy_subject_key WHERE subject_id = $1 AND NOT EXISTS (SELECT 1 FROM issued)`,
      [
        subjectId,
        this.owner,
        fresh,
        randomUUID(),
        KEY_AGGREGATE,
        SUBJECT_KEY_ISSUED,
        SUBJECT_KEYS_TOPIC,
        JSON.stringify(message),
      ],
    );
    // No row: issued by a concurrent transaction not yet committed; the conflict waited for it.
    if (rows.length === 0) {
      const again = (await this.lookup(manager, [subjectId])).get(subjectId);
      if (again === undefined) throw new Error(`no personal data key for ${subjectId}`);
      return again;
    }
    return rows[0].key;
  }

  /** `keyFor` of many people in one statement: keys issued (and published) for those who have none. */
  private async keysFor(
    manager: EntityManager,
    subjectIds: string[],
  ): Promise<Map<string, Buffer | null>> {
    if (subjectIds.length === 0) return new Map();
    const fresh = subjectIds.map(() => newSubjectKey());
    const outboxIds = subjectIds.map(() => randomUUID());
    const messages = subjectIds.map((subjectId, i) =>
      JSON.stringify({
        subjectId,
        owner: this.owner,
        key: fresh[i].toString('base64'),
      } satisfies SubjectKeyMessage),
    );
    const rows: Array<{ subject_id: string; key: Buffer | null }> = await manager.query(
      `WITH wanted AS (
         SELECT * FROM unnest($1::text[], $2::bytea[], $3::uuid[], $4::text[])
                       WITH ORDINALITY AS w(subject_id, key, outbox_id, message, n)
       ), issued AS (
         INSERT INTO privacy_subject_key (subject_id, owner, key)
         SELECT subject_id, $5, key FROM wanted ORDER BY n
         ON CONFLICT (subject_id) DO NOTHING RETURNING subject_id, key
       ), published AS (
         INSERT INTO outbox_message (id, aggregate_type, aggregate_id, event_type, topic, payload, actor_id, correlation_id, position_final)
         SELECT w.outbox_id, $6, w.subject_id, $7, $8, w.message::jsonb, NULL, w.outbox_id,
                ${positionLockSql('$6::text', 'w.subject_id')}
           FROM wanted w JOIN issued i USING (subject_id) ORDER BY w.n
       )
       SELECT subject_id, key FROM issued
       UNION ALL
       SELECT subject_id, key FROM privacy_subject_key
        WHERE subject_id = ANY($1::text[]) AND subject_id NOT IN (SELECT subject_id FROM issued)`,
      [
        subjectIds,
        fresh,
        outboxIds,
        messages,
        this.owner,
        KEY_AGGREGATE,
        SUBJECT_KEY_ISSUED,
        SUBJECT_KEYS_TOPIC,
      ],
    );
    const keys = new Map(rows.map((row) => [row.subject_id, row.key]));
    // Issued by a concurrent transaction not yet committed: the conflict waited for it.
    const late = subjectIds.filter((s) => !keys.has(s));
    for (const [subjectId, key] of await this.lookup(manager, late)) keys.set(subjectId, key);
    for (const subjectId of late)
      if (!keys.has(subjectId)) throw new Error(`no personal data key for ${subjectId}`);
    return keys;
  }

  private async appendKeyRow(
    manager: EntityManager,
    subjectId: string,
    eventType: string,
    payload: object,
  ): Promise<void> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO outbox_message (id, aggregate_type, aggregate_id, event_type, topic, payload, actor_id, correlation_id, position_final)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, ${positionLockSql('$2::text', '$3::text')})`,
      [id, KEY_AGGREGATE, subjectId, eventType, SUBJECT_KEYS_TOPIC, JSON.stringify(payload), id],
    );
  }
}
