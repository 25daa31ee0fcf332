import { AccountCreated, Topics } from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import { eventCommand, type Clock, type SubscriberSpec } from '@salesgraph/service-kit';
import { leadServiceName } from '../../../config';
import type { ConversionService } from '../conversion.service';

/**
 * The account service answers LeadConverted with AccountCreated (origin
 * LEAD_CONVERSION, leadId set): the lead records that its account exists.
 * Other AccountCreated events are not about leads and change nothing.
 */
export function confirmConversionOnAccountCreated(
  conversions: ConversionService,
  clock: Clock,
): SubscriberSpec {
  return {
    groupId: 'lead.account-confirmations',
    topics: [Topics.account],
    handlers: [
      on(AccountCreated, (event, context) =>
        conversions.confirmAccount(eventCommand(leadServiceName, context, clock), event.data),
      ),
    ],
  };
}
