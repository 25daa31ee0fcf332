import type { EntityManager } from 'typeorm';
import { nameKey } from '../dedup/lead-duplicates';
import type { LeadFacts } from '../lead/lead-facts';

/**
 * Which of a batch's leads match a stored lead by any of the keys
 * LeadDuplicates.findMatch compares (one statement, each key looked up on its
 * unique index): those take the one-at-a-time path, which merges, links a
 * returning lead or declines an erased person's lead.
 *
 * `OFFSET 0` keeps each EXISTS a look-up per lead of the batch: without it the
 * planner may join the batch to the whole lead table, and did while the table
 * grew faster than autovacuum analysed it (three scans of every stored lead
 * per batch, 48 ms a batch at 20,000 leads, more with every lead stored).
 */
export async function indexesMatchingStoredLeads(
  manager: EntityManager,
  facts: readonly LeadFacts[],
): Promise<Set<number>> {
  if (facts.length === 0) return new Set();
  const rows: Array<{ i: string }> = await manager.query(
    `WITH k AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
                     WITH ORDINALITY AS k(ext, email, domain, name, i))
     SELECT k.i FROM k
      WHERE (k.ext IS NOT NULL
             AND EXISTS (SELECT 1 FROM lead l WHERE l.external_id IS NOT NULL AND l.external_id = k.ext
                         OFFSET 0))
         OR (k.email IS NOT NULL
             AND EXISTS (SELECT 1 FROM lead l WHERE l.email IS NOT NULL AND lower(l.email) = lower(k.email)
                            AND l.superseded_by_id IS NULL
                         OFFSET 0))
         OR (k.domain IS NOT NULL
             AND EXISTS (SELECT 1 FROM lead l WHERE l.company_domain IS NOT NULL
                            AND lower(l.company_domain) = lower(k.domain)
                            AND l.contact_name_key = ${nameKey('k.name')}
                            AND l.superseded_by_id IS NULL
                         OFFSET 0))`,
    [
      facts.map((f) => f.externalId ?? null),
      facts.map((f) => f.email ?? null),
      facts.map((f) => f.companyDomain ?? null),
      facts.map((f) => f.contactName),
    ],
  );
  return new Set(rows.map((r) => Number(r.i) - 1));
}
