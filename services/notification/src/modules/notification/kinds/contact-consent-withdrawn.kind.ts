import { ContactConsentChanged } from '@salesgraph/events';
import { notificationKind } from './notification-kind-mapping';

const channelNames = { EMAIL: 'e-mail', PHONE: 'phone', VISIT: 'visits', MARKETING: 'marketing' };

/** The account's owner hears of a contact's withdrawal someone else recorded, and of the touchpoints it cancelled. */
export const contactConsentWithdrawnKind = notificationKind(
  'CONTACT_CONSENT_WITHDRAWN',
  ContactConsentChanged,
  "A contact withdrew consent on a channel (their planned touchpoints on it are cancelled): for the account's owner, unless they recorded it.",
  (d) => {
    if (d.given || d.recordedBy === d.accountOwnerId) return [];
    const cancelled = d.cancelledTouchpointIds.length;
    return [
      {
        recipientId: d.accountOwnerId,
        title: 'Consent withdrawn by a contact',
        body:
          `A contact no longer agrees to be approached by ${channelNames[d.channel]}` +
          (cancelled ? `; ${cancelled} planned touchpoint(s) on it were cancelled.` : '.'),
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
