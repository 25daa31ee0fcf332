import { ContractUnderrunRisk } from '@salesgraph/events';
import { notificationKind } from './notification-kind-mapping';

export const contractBehindPaceKind = notificationKind(
  'CONTRACT_BEHIND_PACE',
  ContractUnderrunRisk,
  'Call-offs against a contract commitment are behind pace: for its account manager.',
  (d) => [
    {
      recipientId: d.ownerId,
      title: 'Contract behind pace',
      body: `Call-offs of a committed product are behind pace: ${d.consumed} of ${d.committed} consumed, ${d.expectedByNow} expected by now (${d.measure.toLowerCase()}).`,
      subjectType: 'SupplyContract',
      subjectId: d.contractId,
      accountId: d.accountId,
    },
  ],
);
