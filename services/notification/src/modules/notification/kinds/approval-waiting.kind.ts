import { PriceApprovalRequested } from '@salesgraph/events';
import {
  approvalSubjectName,
  distinctRecipients,
  notificationKind,
} from './notification-kind-mapping';

/** For every manager who may decide; unit costs stay out of the text (not every reader may see them). */
export const approvalWaitingKind = notificationKind(
  'APPROVAL_WAITING',
  PriceApprovalRequested,
  "Prices of an order, contract or quote wait for the seller's sales manager: for each manager who may decide.",
  (d) =>
    distinctRecipients(...d.approverIds).map((recipientId) => ({
      recipientId,
      title: `Price approval waiting: ${approvalSubjectName(d.subjectType)} ${d.subjectNumber}`,
      body: `${d.breaches.length} price${d.breaches.length === 1 ? '' : 's'} of ${d.subjectNumber} need your approval (${[
        ...new Set(
          d.breaches.map((b) =>
            b.kind === 'BELOW_COST'
              ? 'below cost'
              : b.kind === 'NO_EXCHANGE_RATE'
                ? 'cost not convertible'
                : 'discount over threshold',
          ),
        ),
      ].join(', ')}).`,
      subjectType: 'PriceApproval',
      subjectId: d.approvalId,
      accountId: d.accountId,
    })),
);
