/**
 * Who must apply which events, written down from the architecture and the
 * event catalogue (packages/events/docs/EVENTS.md), not read from the
 * services' code: if a service stops consuming an event it should, the checker
 * notices, and if one starts consuming an event this list does not name, the
 * checker says its list is out of date.
 */
export type ServiceName = 'lead' | 'account' | 'order' | 'planning';

export interface ExpectedConsumer {
  service: ServiceName;
  /** The consumer group and inbox consumer name. */
  group: string;
  /** Contract topic name. */
  topic: string;
  types: string[];
}

const teams = ['planning.SalesTeamUpdated.v1'];
/** What the account directories follow: owners, tiers, and names (for searching by customer). */
const accountDirectory = [
  'account.AccountCreated.v1',
  'account.AccountOwnerChanged.v1',
  'account.AccountUpdated.v1',
  'account.KeyAccountDesignated.v1',
];
/** Plans and supply contracts follow their account to its new owner. */
const accountHandOver = ['account.AccountOwnerChanged.v1', 'account.KeyAccountDesignated.v1'];
const orderChanges = [
  'order.OrderPlaced.v1',
  'order.OrderConfirmed.v1',
  'order.OrderFulfilled.v1',
  'order.OrderInvoiced.v1',
  'order.OrderCancelled.v1',
];

export const expectedConsumers: ExpectedConsumer[] = [
  {
    service: 'lead',
    group: 'lead.marketing-intake',
    topic: 'marketing.leads.v1',
    types: ['marketing.LeadCaptured.v1'],
  },
  { service: 'lead', group: 'lead.team-directory', topic: 'planning.events.v1', types: teams },
  {
    service: 'lead',
    group: 'lead.account-directory',
    topic: 'account.events.v1',
    types: accountDirectory,
  },
  {
    service: 'lead',
    group: 'lead.account-confirmations',
    topic: 'account.events.v1',
    types: ['account.AccountCreated.v1'],
  },
  {
    service: 'lead',
    group: 'lead.accepted-quotes',
    topic: 'order.events.v1',
    types: ['order.QuoteAccepted.v1'],
  },
  {
    service: 'account',
    group: 'account.team-directory',
    topic: 'planning.events.v1',
    types: teams,
  },
  {
    service: 'account',
    group: 'account.lead-conversions',
    topic: 'lead.events.v1',
    types: ['lead.LeadConverted.v1'],
  },
  {
    service: 'account',
    group: 'account.order-commercials',
    topic: 'order.events.v1',
    types: orderChanges,
  },
  { service: 'order', group: 'order.team-directory', topic: 'planning.events.v1', types: teams },
  {
    service: 'order',
    group: 'order.account-directory',
    topic: 'account.events.v1',
    types: accountDirectory,
  },
  {
    service: 'order',
    group: 'order.contract-owners',
    topic: 'account.events.v1',
    types: accountHandOver,
  },
  {
    service: 'order',
    group: 'order.won-opportunities',
    topic: 'lead.events.v1',
    types: ['lead.OpportunityWon.v1'],
  },
  {
    service: 'planning',
    group: 'planning.attainment',
    topic: 'order.events.v1',
    types: orderChanges,
  },
  {
    service: 'planning',
    group: 'planning.pipeline',
    topic: 'lead.events.v1',
    types: ['lead.OpportunityStageChanged.v1', 'lead.OpportunityWon.v1', 'lead.OpportunityLost.v1'],
  },
  {
    service: 'planning',
    group: 'planning.account-directory',
    topic: 'account.events.v1',
    types: accountDirectory,
  },
  {
    service: 'planning',
    group: 'planning.account-plans',
    topic: 'account.events.v1',
    types: accountHandOver,
  },
];

/** The topic each service publishes its own events to. */
export const ownTopics: Record<ServiceName, string> = {
  lead: 'lead.events.v1',
  account: 'account.events.v1',
  order: 'order.events.v1',
  planning: 'planning.events.v1',
};

export const marketingTopic = 'marketing.leads.v1';
