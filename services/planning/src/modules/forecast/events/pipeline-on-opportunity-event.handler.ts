import {
  OpportunityLost,
  OpportunityStageChanged,
  OpportunityWon,
  Topics,
} from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import type { SubscriberSpec } from '@salesgraph/service-kit';
import { PipelineStore } from '../pipeline.store';

/**
 * The forecast's pipeline follows every opportunity event: each carries the
 * whole opportunity, so the latest one is all the projection needs. Won and
 * lost opportunities stay in the table but leave the weighted pipeline (a
 * won deal is counted once it is booked as an order).
 */
export function pipelineSubscriber(store = new PipelineStore()): SubscriberSpec {
  return {
    groupId: 'planning.pipeline',
    topics: [Topics.lead],
    handlers: [
      on(OpportunityStageChanged, (event, { manager }) =>
        store.apply(manager, event.data, event.data.changedAt),
      ),
      on(OpportunityWon, (event, { manager }) =>
        store.apply(manager, event.data, event.data.wonAt),
      ),
      on(OpportunityLost, (event, { manager }) =>
        store.apply(manager, event.data, event.data.lostAt),
      ),
    ],
  };
}
