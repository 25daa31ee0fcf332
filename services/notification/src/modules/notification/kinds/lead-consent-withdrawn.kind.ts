import { LeadConsentChanged } from '@salesgraph/events';
import { channelList } from './consent-channel-names';
import { notificationKind } from './notification-kind-mapping';

/**
 * The owner of an open lead hears of a withdrawal someone else recorded
 * (marketing, their manager): they are the one who would call. Every consent
 * event also tells the consent ledger, which then keeps reminders about the
 * person (FOLLOW_UP_OVERDUE, ACCOUNT_SIGNAL) from being raised.
 */
export const leadConsentWithdrawnKind = notificationKind(
  'LEAD_CONSENT_WITHDRAWN',
  LeadConsentChanged,
  "The contact of an open lead withdrew consent on one or more channels (one notification per decision): for the lead's owner, unless they recorded it.",
  (d) =>
    !d.given && d.openLead && d.ownerId && !d.withCapture && d.recordedBy !== d.ownerId
      ? [
          {
            recipientId: d.ownerId,
            title: `Consent withdrawn: ${d.company}`,
            body: d.contactableBySales
              ? `The contact of ${d.company} no longer agrees to be approached by ${channelList(d.channels)}.`
              : `The contact of ${d.company} withdrew consent to be approached by sales (e-mail, phone and visits): do not contact them; their follow-up reminders stop.`,
            subjectType: 'Lead',
            subjectId: d.leadId,
          },
        ]
      : [],
  {
    consentOf: (d) => ({
      subjectType: 'Lead',
      subjectId: d.leadId,
      contactableBySales: d.contactableBySales,
      recordedAt: new Date(d.recordedAt),
    }),
  },
);
