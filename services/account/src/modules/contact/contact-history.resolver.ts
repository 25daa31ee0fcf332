import { AccountCreated, ContactUpdated } from '@salesgraph/events';
import { createHistoryResolver, type HistorySource } from '@salesgraph/service-kit';
import { Contact } from './contact.entity';

/**
 * A contact's events are keyed by the contact. ContactAdded was keyed by the
 * account before; those rows stay in the outbox and are found there by the
 * contact id they name.
 */
export const contactHistory: HistorySource = {
  aggregateType: ContactUpdated.aggregateType,
  namedIn: { aggregateType: AccountCreated.aggregateType, dataKey: 'contactId' },
};

export const ContactHistoryResolver = createHistoryResolver(Contact, contactHistory, {
  description: 'Who added and changed this contact (and recorded interactions), what and when.',
  parentOf: (contact) => contact.accountId,
});
