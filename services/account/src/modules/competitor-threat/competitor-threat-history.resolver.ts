import { AccountCreated, CompetitorThreatUpdated } from '@salesgraph/events';
import { createHistoryResolver, type HistorySource } from '@salesgraph/service-kit';
import { CompetitorThreat } from './competitor-threat.entity';

/**
 * A threat's events are keyed by the threat. CompetitorThreatLogged was keyed
 * by the account before; those rows stay in the outbox and are found there by
 * the threat id they name.
 */
export const competitorThreatHistory: HistorySource = {
  aggregateType: CompetitorThreatUpdated.aggregateType,
  namedIn: { aggregateType: AccountCreated.aggregateType, dataKey: 'threatId' },
};

export const CompetitorThreatHistoryResolver = createHistoryResolver(
  CompetitorThreat,
  competitorThreatHistory,
  {
    description: 'Who logged and changed this threat, what and when.',
    parentOf: (threat) => threat.accountId,
  },
);
