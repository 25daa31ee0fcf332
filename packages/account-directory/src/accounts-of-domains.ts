import type { AccountOwner } from './account-owner.entity';

/** An account as a look-up by domain answers it. */
export type DomainAccount = Pick<
  AccountOwner,
  'accountId' | 'name' | 'ownerId' | 'tier' | 'domain' | 'segment'
>;

/**
 * The accounts of some normalised domains (`normaliseDomain`), written to be
 * part of a statement that reads more with it (the lead intake's look-ups,
 * one round trip a batch): one row a domain, `domain` and `accounts` (JSON,
 * by name), the domains a text[] parameter (`param`, e.g. `$6`).
 */
export function accountsOfDomainsSql(param: string): string {
  return `SELECT a.domain,
                 json_agg(json_build_object(
                   'accountId', a.account_id, 'name', a.name, 'ownerId', a.owner_id,
                   'tier', a.tier, 'domain', a.domain, 'segment', a.segment) ORDER BY a.name) AS accounts
            FROM account_owner a
           WHERE a.domain = ANY(${param}::text[])
           GROUP BY a.domain`;
}
