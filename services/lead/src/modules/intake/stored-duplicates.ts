import type { EntityManager } from 'typeorm';
import type { LeadFacts } from '../lead/lead-facts';

/**
 * Which of a batch's leads match a stored lead by any of the keys
 * LeadDuplicates.findMatch compares (one statement, each branch on its unique
 * index): those take the one-at-a-time path, which merges, links a returning
 * lead or declines an erased person's lead.
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
     SELECT k.i FROM k WHERE k.ext IS NOT NULL
        AND EXISTS (SELECT 1 FROM lead l WHERE l.external_id IS NOT NULL AND l.external_id = k.ext)
     UNION
     SELECT k.i FROM k WHERE k.email IS NOT NULL
        AND EXISTS (SELECT 1 FROM lead l WHERE l.email IS NOT NULL AND lower(l.email) = lower(k.email)
                       AND l.superseded_by_id IS NULL)
     UNION
     SELECT k.i FROM k WHERE k.domain IS NOT NULL
        AND EXISTS (SELECT 1 FROM lead l WHERE l.company_domain IS NOT NULL
                       AND lower(l.company_domain) = lower(k.domain)
                       AND l.contact_name_key = lower(regexp_replace(btrim(k.name), '\\s+', ' ', 'g'))
                       AND l.superseded_by_id IS NULL)`,
    [
      facts.map((f) => f.externalId ?? null),
      facts.map((f) => f.email ?? null),
      facts.map((f) => f.companyDomain ?? null),
      facts.map((f) => f.contactName),
    ],
  );
  return new Set(rows.map((r) => Number(r.i) - 1));
}
