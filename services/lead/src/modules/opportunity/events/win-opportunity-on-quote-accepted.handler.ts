import { QuoteAccepted, Topics } from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import { eventCommand, type Clock, type SubscriberSpec } from '@salesgraph/service-kit';
import { leadServiceName } from '../../../config';
import type { OpportunityStageService } from '../opportunity-stage.service';

/**
 * The order service reports an accepted quote (QuoteAccepted): the quote's
 * opportunity is won with the quote's real amount. Other order events are
 * not about opportunities.
 */
export function winOpportunityOnQuoteAccepted(
  stages: OpportunityStageService,
  clock: Clock,
): SubscriberSpec {
  return {
    groupId: 'lead.accepted-quotes',
    topics: [Topics.order],
    handlers: [
      on(QuoteAccepted, async (event, context) => {
        await stages.winFromQuote(eventCommand(leadServiceName, context, clock), event.data);
      }),
    ],
  };
}
