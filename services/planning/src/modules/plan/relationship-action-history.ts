import { AccountPlanChanged } from '@salesgraph/events';
import type { HistorySource } from '@salesgraph/service-kit';
import type { RelationshipAction } from './relationship-action.entity';

/**
 * Where an action's history is. An action has no events of its own: its
 * changes are events of its plan. AccountPlanChanged names it one level down
 * (`action.actionId`), and the PlanShortfallDetected that created a
 * shortfall action names it at the top (`actionId`).
 */
export const relationshipActionHistory: HistorySource = {
  aggregateType: 'RelationshipAction',
  namedIn: {
    aggregateType: AccountPlanChanged.aggregateType,
    dataPaths: [['action', 'actionId'], ['actionId']],
  },
};

/** How the `history` field of an action finds its subject and says where it comes from. */
export const relationshipActionHistoryOptions = {
  parentOf: (action: RelationshipAction) => action.planId,
  description:
    'Who added and changed this action (its plan’s events about it, or the shortfall that created it), what and when; oldest first.',
};
