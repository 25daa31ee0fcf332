import type { LeadConversion } from '../lead/lead-conversion.embedded';
import type { Lead } from '../lead/lead.entity';

/**
 * What a lead's conversion shows, and when: the conversion once the lead is
 * converted; the customer account only once the account service has
 * confirmed it exists (until then the id names an account that may not be
 * there yet); the opportunity as soon as it was opened, with the conversion.
 */
export function conversionOf(lead: Lead): LeadConversion | null {
  return lead.conversion?.convertedAt ? lead.conversion : null;
}

export function confirmedAccountIdOf(lead: Lead): string | null {
  const { accountId, accountConfirmedAt } = lead.conversion ?? {};
  return accountId && accountConfirmedAt ? accountId : null;
}

export function opportunityIdOf(lead: Lead): string | null {
  return lead.conversion?.opportunityId ?? null;
}
