import type { EntityManager } from 'typeorm';
import { Lead } from '../lead/lead.entity';
import { LeadDuplicateMatch } from './lead-duplicate-match';

export interface DuplicateKeys {
  externalId?: string | null;
  email?: string | null;
  companyDomain?: string | null;
  contactName: string;
}

export interface DuplicateMatch {
  lead: Lead;
  matchedOn: LeadDuplicateMatch;
}

/**
 * The normalised contact name, as the generated column `contact_name_key`
 * computes it (migration 1764100000001): both sides of a comparison must agree.
 */
const nameKey = (parameter: string) =>
  `lower(regexp_replace(btrim(${parameter}), '\\s+', ' ', 'g'))`;

/**
 * Finds the lead an arriving one duplicates, and inserts a new one only when
 * none does. The unique indexes are the real guard: an insert that races
 * another copy of the same lead does nothing, and the caller then finds and
 * merges into the copy that won.
 */
export class LeadDuplicates {
  /** The existing lead, locked for the rest of the transaction, and what matched; the strongest match wins. */
  async findMatch(manager: EntityManager, keys: DuplicateKeys): Promise<DuplicateMatch | null> {
    const rows: Array<{ id: string; rank: number }> = await manager.query(
      `SELECT id, CASE
                WHEN external_id IS NOT NULL AND external_id = $1 THEN 1
                WHEN email IS NOT NULL AND lower(email) = lower($2) THEN 2
                ELSE 3 END AS rank
         FROM lead
        WHERE (external_id IS NOT NULL AND external_id = $1)
           OR (superseded_by_id IS NULL
               AND ((email IS NOT NULL AND lower(email) = lower($2))
                 OR (company_domain IS NOT NULL AND lower(company_domain) = lower($3)
                     AND contact_name_key = ${nameKey('$4')})))
        ORDER BY rank, created_at
        LIMIT 1`,
      [keys.externalId ?? null, keys.email ?? null, keys.companyDomain ?? null, keys.contactName],
    );
    if (rows.length === 0) return null;
    const lead = await manager.findOne(Lead, {
      where: { id: rows[0].id },
      lock: { mode: 'pessimistic_write' },
    });
    // Superseded while we waited for the lock: the caller looks again and finds the successor.
    if (!lead || (lead.supersededById && Number(rows[0].rank) !== 1)) return null;
    const matchedOn = [
      LeadDuplicateMatch.EXTERNAL_ID,
      LeadDuplicateMatch.EMAIL,
      LeadDuplicateMatch.DOMAIN_AND_CONTACT,
    ][Number(rows[0].rank) - 1];
    return { lead, matchedOn };
  }

  /** Inserts the lead unless a unique index says it exists already; true when inserted. */
  async insertUnlessDuplicate(manager: EntityManager, lead: Lead): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Lead)
      .values(lead)
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** Whether another lead than `leadId` already holds this key, so it cannot be copied onto `leadId`. */
  async isTaken(manager: EntityManager, leadId: string, keys: DuplicateKeys): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM lead
        WHERE id <> $5
          AND ((external_id IS NOT NULL AND external_id = $1)
            OR (superseded_by_id IS NULL
                AND ((email IS NOT NULL AND lower(email) = lower($2))
                  OR (company_domain IS NOT NULL AND lower(company_domain) = lower($3)
                      AND contact_name_key = ${nameKey('$4')}))))
        LIMIT 1`,
      [
        keys.externalId ?? null,
        keys.email ?? null,
        keys.companyDomain ?? null,
        keys.contactName,
        leadId,
      ],
    );
    return rows.length > 0;
  }
}
