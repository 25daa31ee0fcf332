import { AccountAtRisk } from '@salesgraph/events';
import { notificationKind } from './notification-kind-mapping';

export const accountAtRiskKind = notificationKind(
  'ACCOUNT_AT_RISK',
  AccountAtRisk,
  "An account's health crossed into at risk: for its owner.",
  (d) => [
    {
      recipientId: d.ownerId,
      title: `Account at risk (health ${d.score})`,
      body: `The account's health fell to ${d.score}${
        d.reasons.length ? `: ${d.reasons.map((r) => r.message).join('; ')}` : ''
      }.`,
      subjectType: 'Account',
      subjectId: d.accountId,
      accountId: d.accountId,
    },
  ],
);
