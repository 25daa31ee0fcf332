import {
  AccountCreated,
  AccountTeamChanged,
  CompetitorThreatUpdated,
  ContactUpdated,
  CustomisationProposalChanged,
  ServiceRequestChanged,
  TouchpointChanged,
} from '@salesgraph/events';

/**
 * Where the events about one kind of entity are in the outbox: under the
 * entity's own id (its aggregate) and, for contacts and threats, also in the
 * events of their account that name them: ContactAdded and
 * CompetitorThreatLogged were keyed by the account before they were keyed
 * by the contact or threat itself, and those rows stay in the outbox.
 */
export interface HistorySource {
  aggregateType: string;
  /** Events keyed by the entity's account that name the entity in a data field. */
  namedIn?: { aggregateType: string; dataKey: 'contactId' | 'threatId' };
}

export const HistorySources = {
  account: { aggregateType: AccountCreated.aggregateType },
  contact: {
    aggregateType: ContactUpdated.aggregateType,
    namedIn: { aggregateType: AccountCreated.aggregateType, dataKey: 'contactId' },
  },
  threat: {
    aggregateType: CompetitorThreatUpdated.aggregateType,
    namedIn: { aggregateType: AccountCreated.aggregateType, dataKey: 'threatId' },
  },
  teamMember: { aggregateType: AccountTeamChanged.aggregateType },
  touchpoint: { aggregateType: TouchpointChanged.aggregateType },
  proposal: { aggregateType: CustomisationProposalChanged.aggregateType },
  serviceRequest: { aggregateType: ServiceRequestChanged.aggregateType },
} satisfies Record<string, HistorySource>;
