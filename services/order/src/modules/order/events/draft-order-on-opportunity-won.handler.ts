import { OpportunityWon } from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import { eventCommand, type Clock } from '@salesgraph/service-kit';
import type { OpportunityDraftingService } from '../opportunity-drafting.service';

/** OpportunityWon: a draft order for the opportunity's owner, in the inbox transaction. */
export function draftOrderOnOpportunityWon(drafting: OpportunityDraftingService, clock: Clock) {
  return on(OpportunityWon, async (event, context) => {
    await drafting.draftFor(eventCommand('order', context, clock), event.data);
  });
}
