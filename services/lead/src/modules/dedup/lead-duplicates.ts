import { In, type EntityManager } from 'typeorm';
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

/** What matched, by the rank the look-ups give a match. */
const matchedOnRank = [
  LeadDuplicateMatch.EXTERNAL_ID,
  LeadDuplicateMatch.EMAIL,
  LeadDuplicateMatch.DOMAIN_AND_CONTACT,
];

/**
 * The normalised contact name, as the generated column `contact_name_key`
 * computes it (migration 1764100000001): both sides of a comparison must agree.
 */
export const nameKey = (parameter: string) =>
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
    const [match] = await this.findMatches(manager, [keys]);
    return match;
  }

  /**
   * `findMatch` for many arrivals at once (two statements): per arrival, the
   * lead it duplicates, locked, or null when none matches or when the match
   * was superseded while we waited for its lock (the caller looks again and
   * finds the successor). Arrivals that match the same lead share one Lead
   * object.
   */
  async findMatches(
    manager: EntityManager,
    keys: readonly DuplicateKeys[],
  ): Promise<Array<DuplicateMatch | null>> {
    if (keys.length === 0) return [];
    const rows: Array<{ i: string; id: string; rank: number }> = await manager.query(
      `SELECT k.i, m.id, m.rank
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
              WITH ORDINALITY AS k(ext, email, domain, name, i)
         CROSS JOIN LATERAL (
           SELECT id, CASE
                    WHEN external_id IS NOT NULL AND external_id = k.ext THEN 1
                    WHEN email IS NOT NULL AND lower(email) = lower(k.email) THEN 2
                    ELSE 3 END AS rank
             FROM lead
            WHERE (external_id IS NOT NULL AND external_id = k.ext)
               OR (superseded_by_id IS NULL
                   AND ((email IS NOT NULL AND lower(email) = lower(k.email))
                     OR (company_domain IS NOT NULL AND lower(company_domain) = lower(k.domain)
                         AND contact_name_key = ${nameKey('k.name')})))
            ORDER BY rank, created_at
            LIMIT 1) m`,
      [
        keys.map((k) => k.externalId ?? null),
        keys.map((k) => k.email ?? null),
        keys.map((k) => k.companyDomain ?? null),
        keys.map((k) => k.contactName),
      ],
    );
    const ids = [...new Set(rows.map((r) => r.id))].sort();
    // Locked in id order: two consumers locking overlapping sets never wait on each other in a cycle.
    const leads =
      ids.length === 0
        ? []
        : await manager.find(Lead, {
            where: { id: In(ids) },
            order: { id: 'ASC' },
            lock: { mode: 'pessimistic_write' },
          });
    const byId = new Map(leads.map((lead) => [lead.id, lead]));
    const matches: Array<DuplicateMatch | null> = keys.map(() => null);
    for (const row of rows) {
      const lead = byId.get(row.id);
      const rank = Number(row.rank);
      if (!lead || (lead.supersededById && rank !== 1)) continue;
      matches[Number(row.i) - 1] = { lead, matchedOn: matchedOnRank[rank - 1] };
    }
    return matches;
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
