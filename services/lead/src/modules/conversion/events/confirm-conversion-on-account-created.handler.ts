import { AccountCreated, Topics } from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import type { SubscriberSpec } from '@salesgraph/service-kit';
import type { ConversionService } from '../conversion.service';

/**
 * The account service answers LeadConverted with AccountCreated (origin
 * LEAD_CONVERSION, leadId set): the lead records that its account exists.
 * Other AccountCreated events are not about leads and change nothing.
 */
export function confirmConversionOnAccountCreated(conversions: ConversionService): SubscriberSpec {
  return {
    groupId: 'lead.account-confirmations',
    topics: [Topics.account],
    handlers: [
      on(AccountCreated, (event, { manager }) => conversions.confirmAccount(manager, event.data)),
    ],
  };
}
