import { ContactConsentChanged } from '@salesgraph/events';
import { channelList } from './consent-channel-names';
import { notificationKind } from './notification-kind-mapping';

/** The account's owner hears of a contact's withdrawal someone else recorded, and of the touchpoints it cancelled. */
export const contactConsentWithdrawnKind = notificationKind(
  'CONTACT_CONSENT_WITHDRAWN',
  ContactConsentChanged,
  "A contact withdrew consent on one or more channels (their planned touchpoints on them are cancelled; one notification per decision): for the account's owner, unless they recorded it.",
  (d) => {
    if (d.given || d.recordedBy === d.accountOwnerId) return [];
    const cancelled = d.cancelledTouchpointIds.length;
    return [
      {
        recipientId: d.accountOwnerId,
        title: 'Consent withdrawn by a contact',
        body:
          `A contact no longer agrees to be approached by ${channelList(d.channels)}` +
          (cancelled
            ? `; ${cancelled} planned touchpoint(s) on ${d.channels.length > 1 ? 'them' : 'it'} were cancelled.`
            : '.'),
        subjectType: 'Contact',
        subjectId: d.contactId,
        accountId: d.accountId,
      },
    ];
  },
  {
    consentOf: (d) => ({
      subjectType: 'Contact',
      subjectId: d.contactId,
      contactableBySales: d.contactableBySales,
      recordedAt: new Date(d.recordedAt),
    }),
  },
);
