import { nameKey } from '../dedup/lead-duplicates';

/**
 * Which of a batch's leads match a stored lead by any of the keys
 * LeadDuplicates.findMatch compares, each key looked up on its unique index:
 * those take the one-at-a-time path, which merges, links a returning lead or
 * declines an erased person's lead. Written to open a statement that reads
 * more with it (`lookUpBatch`): rows `('stored', position from 1, NULL)`, the
 * batch's external ids, e-mails, company domains and contact names the text[]
 * parameters named.
 *
 * `OFFSET 0` keeps each EXISTS a look-up per lead of the batch: without it the
 * planner may join the batch to the whole lead table, and did while the table
 * grew faster than autovacuum analysed it (three scans of every stored lead
 * per batch, 48 ms a batch at 20,000 leads, more with every lead stored).
 */
export function storedDuplicateSql(
  externalIds: string,
  emails: string,
  domains: string,
  names: string,
): string {
  return `WITH k AS (
       SELECT * FROM unnest(${externalIds}::text[], ${emails}::text[], ${domains}::text[], ${names}::text[])
                     WITH ORDINALITY AS k(ext, email, domain, name, i))
     SELECT 'stored' AS kind, k.i::text AS key, NULL::json AS value FROM k
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
                         OFFSET 0))`;
}
