import { createHash, randomUUID } from 'node:crypto';
import { findEventDefinition } from '@salesgraph/events';
import { erasePersonalFields, openStoredPersonalData, type Outbox } from '@salesgraph/messaging';
import type { DataSource, EntityManager } from 'typeorm';
import type { CommandContext } from '../command/command-context';
import { inTransaction } from '../command/unit-of-work';
import { BadInputError } from '../graphql/domain-error';
import type { IntakeTopicErasure } from './intake-topic-erasure';
import type { PersonalDataMap, PersonSubject } from './personal-data-map';

/** What one service holds about a person (export), or what it erased (erasure). */
export interface PersonalDataAnswer {
  service: string;
  requestId: string;
  /** The person's records here whose personal data keys are theirs (leads, contacts). */
  subjects: string[];
  /** The same person's records in other services, as this one knows them (a converted lead's contact). */
  related: string[];
  /** Export: the rows per location. Erasure: how many rows per location were anonymised. */
  records: Record<string, unknown>;
  /** Export: each subject's history, as read from the outbox. Erasure: empty. */
  history: Record<string, unknown>;
}

/**
 * A service's part of a person's export and erasure (docs/privacy.md), from
 * its PersonalDataMap. Erasure anonymises the rows in place (ids and amounts
 * stay, so orders, revenue and attainment do not move), destroys the personal
 * data keys of the person's records (outbox history and every topic then read
 * as erased) and scrubs any personal field still stored in clear in the
 * outbox (rows written before sealing). Every request is recorded without the
 * person's data: who, when, what was found.
 */
export class PrivacyDesk {
  constructor(
    private readonly service: string,
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly map: PersonalDataMap,
    /** Topics others publish into with people's data in clear, which this service consumes (lead: marketing's). */
    private readonly intakeTopics?: IntakeTopicErasure,
  ) {}

  export(command: CommandContext, subject: PersonSubject): Promise<PersonalDataAnswer> {
    const { email, ids } = checked(subject);
    return inTransaction(this.dataSource, command, async (manager) => {
      const records: Record<string, unknown> = {};
      const subjects = new Set<string>();
      const related = new Set<string>();
      for (const location of this.map) {
        const rows: Array<{ row: Record<string, unknown> }> = await manager.query(
          `SELECT to_jsonb(t) AS row FROM ${location.table} t, ${typedParams} WHERE ${location.where}`,
          [email, ids],
        );
        records[location.name] = rows.map((r) => r.row);
        for (const { row } of rows) {
          if (location.subject && row[location.subject])
            subjects.add(String(row[location.subject]));
          for (const column of location.related ?? [])
            if (row[column]) related.add(String(row[column]));
        }
      }
      const history = await this.historyOf(manager, [...subjects]);
      const requestId = await this.record(manager, command, 'EXPORT', email, [...subjects], {
        rows: countsOf(records),
      });
      return {
        service: this.service,
        requestId,
        subjects: [...subjects],
        related: [...related].filter((id) => !subjects.has(id)),
        records,
        history,
      };
    });
  }

  async erase(command: CommandContext, subject: PersonSubject): Promise<PersonalDataAnswer> {
    const { email, ids } = checked(subject);
    const answer = await this.eraseRows(command, email, ids);
    if (!this.intakeTopics) return answer;
    // After the commit: the intake's consumers must have read (and refused) what is cut.
    const topics = await this.intakeTopics.erase(email);
    await this.dataSource.query(
      `UPDATE privacy_request SET found = found || jsonb_build_object('topics', $2::jsonb) WHERE id = $1`,
      [answer.requestId, JSON.stringify(topics)],
    );
    return { ...answer, records: { ...answer.records, topics } };
  }

  private eraseRows(
    command: CommandContext,
    email: string | null,
    ids: string[],
  ): Promise<PersonalDataAnswer> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const counts: Record<string, number> = {};
      const subjects = new Set<string>();
      const related = new Set<string>();
      for (const location of this.map) {
        const returned = [location.subject, ...(location.related ?? [])].filter((c): c is string =>
          Boolean(c),
        );
        const set = Object.entries(location.erase)
          .map(([column, value]) => `${column} = ${value}`)
          .join(', ');
        const rows: Array<Record<string, unknown>> = await manager.query(
          `WITH erased AS (UPDATE ${location.table} t SET ${set} FROM ${typedParams} WHERE ${location.where}
             RETURNING ${returned.length ? returned.map((c) => `t.${c}`).join(', ') : '1 AS one'})
           SELECT * FROM erased`,
          [email, ids],
        );
        counts[location.name] = rows.length;
        for (const row of rows) {
          if (location.subject && row[location.subject])
            subjects.add(String(row[location.subject]));
          for (const column of location.related ?? [])
            if (row[column]) related.add(String(row[column]));
        }
      }
      const erasedKeys = await this.outbox.subjectKeys.erase(manager, [...subjects]);
      const scrubbed = await this.scrubClearOutbox(manager, [...subjects]);
      const requestId = await this.record(manager, command, 'ERASURE', email, [...subjects], {
        rows: counts,
        keysDestroyed: erasedKeys.length,
        outboxRowsScrubbed: scrubbed,
      });
      return {
        service: this.service,
        requestId,
        subjects: [...subjects],
        related: [...related].filter((id) => !subjects.has(id)),
        records: { ...counts, keysDestroyed: erasedKeys.length, outboxRowsScrubbed: scrubbed },
        history: {},
      };
    });
  }

  /** Whether an e-mail belongs to a person erased here (intake must not re-create them). */
  async wasErased(manager: EntityManager, email: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM privacy_request WHERE kind = 'ERASURE' AND email_sha256 = $1 LIMIT 1`,
      [emailHash(email)],
    );
    return rows.length > 0;
  }

  private async historyOf(manager: EntityManager, subjects: string[]) {
    const rows: Array<{
      aggregate_id: string;
      event_type: string;
      occurred_at: Date;
      actor_id: string | null;
      data: Record<string, unknown>;
    }> = await manager.query(
      `SELECT aggregate_id, event_type, occurred_at, actor_id, payload -> 'data' AS data
         FROM outbox_message WHERE aggregate_id = ANY($1::text[])
          AND aggregate_type <> 'PrivacySubjectKey' ORDER BY position`,
      [subjects],
    );
    const data = await openStoredPersonalData(
      manager,
      rows.map((r) => ({ eventType: r.event_type, data: r.data })),
    );
    const history: Record<string, unknown[]> = {};
    rows.forEach((row, i) =>
      (history[row.aggregate_id] ??= []).push({
        eventType: row.event_type,
        occurredAt: row.occurred_at,
        actorId: row.actor_id,
        data: data[i],
      }),
    );
    return history;
  }

  /** Personal fields stored in clear (outbox rows from before sealing) become the placeholders. */
  private async scrubClearOutbox(manager: EntityManager, subjects: string[]): Promise<number> {
    const rows: Array<{ id: string; event_type: string; data: Record<string, unknown> }> =
      await manager.query(
        `SELECT id, event_type, payload -> 'data' AS data FROM outbox_message
          WHERE aggregate_id = ANY($1::text[]) AND aggregate_type <> 'PrivacySubjectKey'`,
        [subjects],
      );
    let scrubbed = 0;
    for (const row of rows) {
      const fields = findEventDefinition(row.event_type)?.personalFields ?? [];
      const clear = withoutSealed(row.data);
      if (fields.length === 0) continue;
      const erased = erasePersonalFields(fields, clear);
      if (JSON.stringify(erased) === JSON.stringify(clear)) continue;
      await manager.query(
        `UPDATE outbox_message SET payload = jsonb_set(payload, '{data}', $2::jsonb) WHERE id = $1`,
        [row.id, JSON.stringify(mergeSealed(row.data, erased))],
      );
      scrubbed += 1;
    }
    return scrubbed;
  }

  private async record(
    manager: EntityManager,
    command: CommandContext,
    kind: 'EXPORT' | 'ERASURE',
    email: string | null,
    subjects: string[],
    found: object,
  ): Promise<string> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO privacy_request (id, kind, requested_by, requested_at, correlation_id, email_sha256, subject_ids, found)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        kind,
        command.user.id,
        command.clock.now(),
        command.correlationId,
        email ? emailHash(email) : null,
        subjects,
        JSON.stringify(found),
      ],
    );
    return id;
  }
}

/** Types both parameters, which a location may leave unused (the order's map names no e-mail). */
const typedParams = '(SELECT $1::text AS email, $2::text[] AS ids) AS request';

/** SHA-256 of an e-mail in lower case: how requests name a person without keeping their address. */
export function emailHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

function checked(subject: PersonSubject): { email: string | null; ids: string[] } {
  const email = subject.email?.trim().toLowerCase() || null;
  const ids = [...new Set((subject.ids ?? []).map((id) => id.trim()).filter(Boolean))];
  if (!email && ids.length === 0)
    throw new BadInputError('Name the person by e-mail, by the ids of their records, or both.');
  if (email && !/^[^@\s]+@[^@\s]+$/.test(email))
    throw new BadInputError(`"${subject.email}" is not an e-mail address.`);
  return { email, ids };
}

function countsOf(records: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(records).map(([name, rows]) => [name, (rows as unknown[]).length]),
  );
}

/** Sealed values are left alone by the scrub (their key erasure covers them): stand-ins while comparing. */
function withoutSealed(data: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(data, (_key, value) =>
      typeof value === 'string' && value.startsWith('pd1:') ? undefined : value,
    ),
  ) as Record<string, unknown>;
}

function mergeSealed(
  original: Record<string, unknown>,
  erased: Record<string, unknown>,
): Record<string, unknown> {
  const merge = (a: unknown, b: unknown): unknown => {
    if (typeof a === 'string' && a.startsWith('pd1:')) return a;
    if (Array.isArray(a) && Array.isArray(b)) return b.map((item, i) => merge(a[i], item));
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      const out: Record<string, unknown> = { ...(b as Record<string, unknown>) };
      for (const [k, v] of Object.entries(a as Record<string, unknown>))
        if (typeof v === 'string' && v.startsWith('pd1:')) out[k] = v;
        else if (k in out) out[k] = merge(v, out[k]);
      return out;
    }
    return b;
  };
  return merge(original, erased) as Record<string, unknown>;
}
