import type { EntityManager } from 'typeorm';
import { PersonConsent } from './person-consent.entity';

/** A person as a notification names them: the lead or contact it is about. */
export interface PersonRef {
  subjectType: 'Lead' | 'Contact';
  subjectId: string;
}

/** What a consent event says about a person. */
export interface ConsentFact extends PersonRef {
  contactableBySales: boolean;
  recordedAt: Date;
}

/**
 * The notification service's view of consent, kept in the transaction of the
 * event that tells it (so a follow-up reminder after a withdrawal on the same
 * topic always sees the withdrawal first: one aggregate, one partition).
 */
export class ConsentLedger {
  /** Upserts, keeping the latest decision: a redelivered or older event changes nothing. */
  learn(manager: EntityManager, fact: ConsentFact): Promise<void> {
    return this.learnMany(manager, [fact]);
  }

  /**
   * `learn` for many facts in one statement, as if learnt one after another: of one person's
   * facts the latest decision counts (of two recorded at the same moment, the later in the list).
   */
  async learnMany(manager: EntityManager, facts: readonly ConsentFact[]): Promise<void> {
    const latest = new Map<string, ConsentFact>();
    for (const fact of facts) {
      const known = latest.get(fact.subjectId);
      if (!known || known.recordedAt <= fact.recordedAt) latest.set(fact.subjectId, fact);
    }
    // One row per person: an upsert may not touch the same row twice.
    const rows = [...latest.values()];
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO person_consent (subject_id, subject_type, contactable_by_sales, recorded_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::boolean[], $4::timestamptz[])
       ON CONFLICT (subject_id) DO UPDATE
         SET contactable_by_sales = EXCLUDED.contactable_by_sales, recorded_at = EXCLUDED.recorded_at
       WHERE person_consent.recorded_at <= EXCLUDED.recorded_at`,
      [
        rows.map((r) => r.subjectId),
        rows.map((r) => r.subjectType),
        rows.map((r) => r.contactableBySales),
        rows.map((r) => r.recordedAt),
      ],
    );
  }

  /** Whether the person withdrew consent to be approached by sales on every channel. */
  async withdrawn(manager: EntityManager, person: PersonRef): Promise<boolean> {
    const row = await manager.findOneBy(PersonConsent, { subjectId: person.subjectId });
    return row?.contactableBySales === false;
  }
}
