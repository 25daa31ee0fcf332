import { ContractExpiring } from '@salesgraph/events';
import { notificationKind } from './notification-kind-mapping';

export const contractExpiringKind = notificationKind(
  'CONTRACT_EXPIRING',
  ContractExpiring,
  'A supply contract ends within its notice window: for its account manager.',
  (d) => [
    {
      recipientId: d.ownerId,
      title: `Contract expires in ${d.daysLeft} day${d.daysLeft === 1 ? '' : 's'}`,
      body: `A supply contract ends on ${d.endDate}: time to renegotiate.`,
      subjectType: 'SupplyContract',
      subjectId: d.contractId,
      accountId: d.accountId,
    },
  ],
);
