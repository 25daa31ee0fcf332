import { AccountSignalDetected } from '@salesgraph/events';
import { notificationKind } from './notification-kind-mapping';

export const accountSignalKind = notificationKind(
  'ACCOUNT_SIGNAL',
  AccountSignalDetected,
  "A lead from marketing matched an existing account: for the account's owner, with a suggested opportunity.",
  (d) => [
    {
      recipientId: d.accountOwnerId,
      title: `Signal on ${d.accountName}`,
      body: `${d.contactName} (${d.company}) came in from ${d.source}${d.campaign ? ` / ${d.campaign}` : ''}, matched on ${d.domain}. Suggested opportunity: ${d.suggestedOpportunityName}.`,
      subjectType: 'Lead',
      subjectId: d.leadId,
      accountId: d.accountId,
    },
  ],
  { approaches: (d) => ({ subjectType: 'Lead', subjectId: d.leadId }) },
);
