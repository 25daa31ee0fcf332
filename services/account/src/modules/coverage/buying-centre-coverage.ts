import { wholeDaysBetween } from '@salesgraph/service-kit';
import { allBuyingRoles, type BuyingRole } from '../contact/buying-role';

/** Contacts with at least this influence are important: losing touch with them is a risk. */
export const IMPORTANT_INFLUENCE = 4;
/** An important contact without an interaction for this many days has gone cold. */
export const COLD_AFTER_DAYS = 90;

export interface CoverageContact {
  id: string;
  name: string;
  buyingRole: BuyingRole;
  influence: number;
  lastInteractionAt: Date | null;
  /** false once the person left the customer: they cover no role and cannot go cold. */
  active?: boolean;
}

export interface ColdContact<T extends CoverageContact> {
  contact: T;
  /** null when no interaction was ever recorded. */
  daysSinceInteraction: number | null;
}

export interface Coverage<T extends CoverageContact> {
  coveredRoles: BuyingRole[];
  missingRoles: BuyingRole[];
  coldContacts: Array<ColdContact<T>>;
}

/**
 * Which buying roles of the customer's buying centre have no contact, and
 * which important contacts have gone cold. Contacts who left the customer
 * count for neither. Pure: `now` is an argument.
 */
export function buyingCentreCoverage<T extends CoverageContact>(
  contacts: readonly T[],
  now: Date,
  options: { coldAfterDays?: number; minInfluence?: number } = {},
): Coverage<T> {
  const coldAfterDays = options.coldAfterDays ?? COLD_AFTER_DAYS;
  const minInfluence = options.minInfluence ?? IMPORTANT_INFLUENCE;
  const current = contacts.filter((c) => c.active !== false);
  const present = new Set(current.map((c) => c.buyingRole));
  const coldContacts = current
    .filter((c) => c.influence >= minInfluence)
    .map((contact) => ({
      contact,
      daysSinceInteraction: contact.lastInteractionAt
        ? wholeDaysBetween(contact.lastInteractionAt, now)
        : null,
    }))
    .filter(({ daysSinceInteraction }) => daysSinceInteraction === null || daysSinceInteraction > coldAfterDays)
    .sort((a, b) => (b.daysSinceInteraction ?? Number.MAX_SAFE_INTEGER) - (a.daysSinceInteraction ?? Number.MAX_SAFE_INTEGER));
  return {
    coveredRoles: allBuyingRoles.filter((role) => present.has(role)),
    missingRoles: allBuyingRoles.filter((role) => !present.has(role)),
    coldContacts,
  };
}
