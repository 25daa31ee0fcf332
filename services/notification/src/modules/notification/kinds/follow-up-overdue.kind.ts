import { FollowUpOverdue } from '@salesgraph/events';
import { notificationKind } from './notification-kind-mapping';

export const followUpOverdueKind = notificationKind(
  'FOLLOW_UP_OVERDUE',
  FollowUpOverdue,
  "A planned follow-up on an open lead has passed: for the lead's owner.",
  (d) => [
    {
      recipientId: d.ownerId,
      title: `Follow-up overdue: ${d.company}`,
      body: `The follow-up with ${d.contactName} (${d.company}) was due ${d.dueAt}.`,
      subjectType: 'Lead',
      subjectId: d.leadId,
    },
  ],
  { approaches: (d) => ({ subjectType: 'Lead', subjectId: d.leadId }) },
);
