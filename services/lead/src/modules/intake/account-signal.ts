import {
  companyDomainOfEmail,
  normaliseDomain,
  type AccountDirectory,
  type AccountOwner,
} from '@salesgraph/account-directory';
import type { EntityManager } from 'typeorm';

/** The existing account an arriving lead belongs to, and what matched. */
export interface AccountMatch {
  account: AccountOwner;
  matchedOn: 'COMPANY_DOMAIN' | 'EMAIL_DOMAIN';
  domain: string;
}

/**
 * Whether an arriving lead's company is a customer already, by the account
 * directory (fed by the account service's events): its company domain first,
 * else its e-mail's domain (never a public mailbox provider's). An account
 * without an owner does not count.
 */
export class AccountSignal {
  constructor(private readonly directory: AccountDirectory) {}

  async match(
    manager: EntityManager,
    lead: { companyDomain?: string | null; email?: string | null },
  ): Promise<AccountMatch | null> {
    const candidates: Array<[AccountMatch['matchedOn'], string | null]> = [
      ['COMPANY_DOMAIN', normaliseDomain(lead.companyDomain)],
      ['EMAIL_DOMAIN', companyDomainOfEmail(lead.email)],
    ];
    for (const [matchedOn, domain] of candidates) {
      if (!domain) continue;
      const account = (await this.directory.accountsWithDomain(manager, domain)).find(
        (a) => a.ownerId,
      );
      if (account) return { account, matchedOn, domain };
    }
    return null;
  }

  /** `match` for many leads with one look-up of every domain they name. */
  async matchMany(
    manager: EntityManager,
    leads: ReadonlyArray<{ companyDomain?: string | null; email?: string | null }>,
  ): Promise<Array<AccountMatch | null>> {
    const candidates = leads.map((lead): Array<[AccountMatch['matchedOn'], string | null]> => [
      ['COMPANY_DOMAIN', normaliseDomain(lead.companyDomain)],
      ['EMAIL_DOMAIN', companyDomainOfEmail(lead.email)],
    ]);
    const domains = [
      ...new Set(candidates.flatMap((c) => c.map(([, d]) => d)).filter((d): d is string => !!d)),
    ];
    const byDomain = await this.directory.accountsWithDomains(manager, domains);
    return candidates.map((pairs) => {
      for (const [matchedOn, domain] of pairs) {
        if (!domain) continue;
        const account = (byDomain.get(domain) ?? []).find((a) => a.ownerId);
        if (account) return { account, matchedOn, domain };
      }
      return null;
    });
  }
}
