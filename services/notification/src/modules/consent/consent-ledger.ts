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
  async learn(manager: EntityManager, fact: ConsentFact): Promise<void> {
    await manager.query(
      `INSERT INTO person_consent (subject_id, subject_type, contactable_by_sales, recorded_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (subject_id) DO UPDATE
         SET contactable_by_sales = EXCLUDED.contactable_by_sales, recorded_at = EXCLUDED.recorded_at
       WHERE person_consent.recorded_at <= EXCLUDED.recorded_at`,
      [fact.subjectId, fact.subjectType, fact.contactableBySales, fact.recordedAt],
    );
  }

  /** Whether the person withdrew consent to be approached by sales on every channel. */
  async withdrawn(manager: EntityManager, person: PersonRef): Promise<boolean> {
    const row = await manager.findOneBy(PersonConsent, { subjectId: person.subjectId });
    return row?.contactableBySales === false;
  }
}
