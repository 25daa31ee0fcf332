/**
 * Who must apply which events, written down from the architecture and the
 * event catalogue (packages/events/docs/EVENTS.md), not read from the
 * services' code: if a service stops consuming an event it should, the checker
 * notices, and if one starts consuming an event this list does not name, the
 * checker says its list is out of date.
 */
export type ServiceName = 'lead' | 'account' | 'order' | 'planning' | 'notification';

/**
 * The one Kafka consumer group of a service's consumers (docs/architecture.md):
 * each consumer below is a lane of it, named by its inbox.
 */
export function kafkaGroupOf(service: ServiceName): string {
  return `${service}.consumers`;
}

export interface ExpectedConsumer {
  service: ServiceName;
  /** The inbox consumer name (and the Kafka consumer group it had before the service's were one). */
  group: string;
  /**
   * Contract topic names: one group may read several topics (notification.alerts
   * reads every topic that carries a warning), its inbox shared by all of them.
   */
  topics: string[];
  /** The event types the group applies, over all its topics. */
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

/**
 * What the notification service warns of, by topic (one kind of notification
 * per event type, see EVENTS.md): whatever a user must act on.
 */
const alerts = [
  'lead.FollowUpOverdue.v1',
  'lead.AccountSignalDetected.v1',
  'account.AccountAtRisk.v1',
  'order.OrderServiceLevelBreached.v1',
  'order.ContractExpiring.v1',
  'order.ContractUnderrunRisk.v1',
  'order.PriceApprovalRequested.v1',
  'order.PriceApprovalDecided.v1',
  'planning.PlanShortfallDetected.v1',
  // Consent: withdrawals suppress reminders about the person and tell the owner.
  'lead.LeadConsentChanged.v1',
  'account.ContactConsentChanged.v1',
];

export const expectedConsumers: ExpectedConsumer[] = [
  {
    service: 'lead',
    group: 'lead.marketing-intake',
    topics: ['marketing.leads.v1'],
    types: ['marketing.LeadCaptured.v1'],
  },
  { service: 'lead', group: 'lead.team-directory', topics: ['planning.events.v1'], types: teams },
  {
    service: 'lead',
    group: 'lead.account-directory',
    topics: ['account.events.v1'],
    types: accountDirectory,
  },
  {
    service: 'lead',
    group: 'lead.account-confirmations',
    topics: ['account.events.v1'],
    types: ['account.AccountCreated.v1'],
  },
  {
    service: 'lead',
    group: 'lead.accepted-quotes',
    topics: ['order.events.v1'],
    types: ['order.QuoteAccepted.v1'],
  },
  {
    service: 'account',
    group: 'account.team-directory',
    topics: ['planning.events.v1'],
    types: teams,
  },
  {
    service: 'account',
    group: 'account.lead-conversions',
    topics: ['lead.events.v1'],
    types: ['lead.LeadConverted.v1'],
  },
  {
    service: 'account',
    group: 'account.order-commercials',
    topics: ['order.events.v1'],
    types: orderChanges,
  },
  { service: 'order', group: 'order.team-directory', topics: ['planning.events.v1'], types: teams },
  {
    service: 'order',
    group: 'order.account-directory',
    topics: ['account.events.v1'],
    types: accountDirectory,
  },
  {
    service: 'order',
    group: 'order.contract-owners',
    topics: ['account.events.v1'],
    types: accountHandOver,
  },
  {
    service: 'order',
    group: 'order.won-opportunities',
    topics: ['lead.events.v1'],
    types: ['lead.OpportunityWon.v1'],
  },
  {
    service: 'order',
    group: 'order.exchange-rates',
    topics: ['planning.events.v1'],
    types: ['planning.ExchangeRateSet.v1'],
  },
  {
    service: 'planning',
    group: 'planning.attainment',
    topics: ['order.events.v1'],
    types: orderChanges,
  },
  {
    service: 'planning',
    group: 'planning.pipeline',
    topics: ['lead.events.v1'],
    types: ['lead.OpportunityStageChanged.v1', 'lead.OpportunityWon.v1', 'lead.OpportunityLost.v1'],
  },
  {
    service: 'planning',
    group: 'planning.account-directory',
    topics: ['account.events.v1'],
    types: accountDirectory,
  },
  {
    service: 'planning',
    group: 'planning.account-plans',
    topics: ['account.events.v1'],
    types: accountHandOver,
  },
  {
    service: 'notification',
    group: 'notification.team-directory',
    topics: ['planning.events.v1'],
    types: teams,
  },
  {
    service: 'notification',
    group: 'notification.alerts',
    topics: ['lead.events.v1', 'account.events.v1', 'order.events.v1', 'planning.events.v1'],
    types: alerts,
  },
];

/** The topic each service publishes its own events to. */
export const ownTopics: Record<ServiceName, string> = {
  lead: 'lead.events.v1',
  account: 'account.events.v1',
  order: 'order.events.v1',
  planning: 'planning.events.v1',
  /** Preference changes only: no other service consumes it, but its outbox must reach it all the same. */
  notification: 'notification.events.v1',
};

export const marketingTopic = 'marketing.leads.v1';

/**
 * Where every service's outbox publishes the keys of the persons whose data
 * its events carry (crypto-shredding, docs/privacy.md): compacted, keyed by
 * the person, shared by all services; their delivery is checked as any event's.
 */
export const subjectKeysTopic = 'privacy.subject-keys';
