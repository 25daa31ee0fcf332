import {
  companyDomainOfEmail,
  normaliseDomain,
  type AccountDirectory,
  type DomainAccount,
} from '@salesgraph/account-directory';
import type { AccountSignalDetectedData } from '@salesgraph/events';
import type { EntityManager } from 'typeorm';
import type { Lead } from '../lead/lead.entity';

/** The existing account an arriving lead belongs to, and what matched. */
export interface AccountMatch {
  account: DomainAccount;
  matchedOn: 'COMPANY_DOMAIN' | 'EMAIL_DOMAIN';
  domain: string;
}

/** The domains a lead may match on, in the order they count: its company's, then its e-mail's. */
function domainCandidates(lead: {
  companyDomain?: string | null;
  email?: string | null;
}): Array<[AccountMatch['matchedOn'], string | null]> {
  return [
    ['COMPANY_DOMAIN', normaliseDomain(lead.companyDomain)],
    ['EMAIL_DOMAIN', companyDomainOfEmail(lead.email)],
  ];
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
    for (const [matchedOn, domain] of domainCandidates(lead)) {
      if (!domain) continue;
      const account = (await this.directory.accountsWithDomain(manager, domain)).find(
        (a) => a.ownerId,
      );
      if (account) return { account, matchedOn, domain };
    }
    return null;
  }

  /** The domains `matchAmong` needs looked up (`accountsOfDomainsSql`) for these leads. */
  static domainsOf(
    leads: ReadonlyArray<{ companyDomain?: string | null; email?: string | null }>,
  ): string[] {
    return [
      ...new Set(
        leads.flatMap((lead) => domainCandidates(lead).flatMap(([, domain]) => domain ?? [])),
      ),
    ];
  }

  /** `match` for many leads, from the accounts of their domains (`domainsOf`) read beforehand. */
  static matchAmong(
    byDomain: ReadonlyMap<string, readonly DomainAccount[]>,
    leads: ReadonlyArray<{ companyDomain?: string | null; email?: string | null }>,
  ): Array<AccountMatch | null> {
    return leads.map((lead) => {
      for (const [matchedOn, domain] of domainCandidates(lead)) {
        if (!domain) continue;
        const account = (byDomain.get(domain) ?? []).find((a) => a.ownerId);
        if (account) return { account, matchedOn, domain };
      }
      return null;
    });
  }
}

/** AccountSignalDetected's data for a lead that matched an account: the one shape both intake paths publish. */
export function accountSignalDetectedData(
  lead: Pick<Lead, 'id' | 'company' | 'contactName' | 'source' | 'campaign'>,
  signal: AccountMatch,
  detectedAt: Date,
): AccountSignalDetectedData {
  return {
    leadId: lead.id,
    accountId: signal.account.accountId,
    accountName: signal.account.name,
    accountOwnerId: signal.account.ownerId,
    matchedOn: signal.matchedOn,
    domain: signal.domain,
    company: lead.company,
    contactName: lead.contactName,
    source: lead.source,
    ...(lead.campaign ? { campaign: lead.campaign } : {}),
    suggestedOpportunityName: `${signal.account.name}: ${lead.campaign ?? lead.source}`,
    detectedAt: detectedAt.toISOString(),
  };
}
