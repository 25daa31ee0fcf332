import { PriceApprovalDecided } from '@salesgraph/events';
import {
  approvalSubjectName,
  distinctRecipients,
  notificationKind,
} from './notification-kind-mapping';

export const approvalDecidedKind = notificationKind(
  'APPROVAL_DECIDED',
  PriceApprovalDecided,
  'A price approval was decided or withdrawn: for the seller and whoever asked.',
  (d) =>
    distinctRecipients(d.sellerId, d.requestedBy)
      .filter((recipientId) => recipientId !== d.decidedBy)
      .map((recipientId) => ({
        recipientId,
        title: `Prices of ${d.subjectNumber} ${d.decision.toLowerCase()}`,
        body: `The price approval of ${approvalSubjectName(d.subjectType)} ${d.subjectNumber} was ${d.decision.toLowerCase()}${d.note ? `: ${d.note}` : '.'}`,
        subjectType: 'PriceApproval',
        subjectId: d.approvalId,
        accountId: d.accountId,
      })),
);
