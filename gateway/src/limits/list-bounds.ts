/**
 * How many items each list field of the graph may really return, so that the
 * cost estimate multiplies by what the services would send, not by a guess.
 *
 * - A paged list (`limit` or `first`) returns at most the page asked for, and
 *   never more than its service's ceiling: `PageArgs` caps `limit` at 200
 *   (packages/service-kit), `QueueBatchArgs` at 500 (lead's assignment run).
 * - A list without a page argument is bounded by what its service validates or
 *   stores: lines and commitments at 200 per order, contract or opportunity
 *   (`@ArrayMaxSize(200)`), a year of months at 36, the buying roles by their
 *   enum. Lists that grow with use (history, contacts, activities) are taken at
 *   the page ceiling, the most any one response of the platform lists.
 */
export interface ListBounds {
  pageArguments: readonly string[];
  /** The ceiling of a page argument, by `Type.field`; `defaultPageMax` otherwise. */
  pageMax: Readonly<Record<string, number>>;
  defaultPageMax: number;
  /**
   * Items of a list without a page argument, by `Type.field`; `defaultUnpaged`
   * otherwise. Also for a list whose page argument pages something below it.
   */
  unpaged: Readonly<Record<string, number>>;
  defaultUnpaged: number;
}

export const PAGE_CEILING = 200;
const CURRENCIES_IN_USE = 30;

export const platformListBounds: ListBounds = {
  pageArguments: ['limit', 'first'],
  pageMax: { 'Mutation.applyLeadAssignmentRules': 500 },
  defaultPageMax: PAGE_CEILING,
  unpaged: {
    // One queue per waiting status (DRAFT, PLACED, CONFIRMED, FULFILLED); the page bounds each queue's entries.
    'Query.orderQueues': 4,
    'AccountCommercials.monthly': 36,
    'BuyingCentreCoverage.coveredRoles': 5,
    'BuyingCentreCoverage.missingRoles': 5,
    'LeadAssignmentRule.segments': 3,
    'Query.opportunityStageProbabilities': 6,
    // The CloudEvents headers of the event plus the dead-letter ones: about 15.
    'DeadLetter.headers': 24,
    // One entry per currency the figures' orders or deals are in: the currencies a company trades in (its
    // price lists and rate table), a few dozen at most, though ISO 4217 names about 180.
    'SalesAttainment.conversions': CURRENCIES_IN_USE,
    'AccountAttainment.conversions': CURRENCIES_IN_USE,
    'SalesForecast.conversions': CURRENCIES_IN_USE,
    'SalesForecast.pipelineConversions': CURRENCIES_IN_USE,
    'AccountRevenue.conversions': CURRENCIES_IN_USE,
  },
  defaultUnpaged: PAGE_CEILING,
};
