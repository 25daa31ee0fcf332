import { PlanShortfallDetected } from '@salesgraph/events';
import { notificationKind } from './notification-kind-mapping';

export const planShortfallKind = notificationKind(
  'PLAN_SHORTFALL',
  PlanShortfallDetected,
  "A product of an account plan fell behind pace: for the plan's account manager.",
  (d) => [
    {
      recipientId: d.accountManagerId,
      title: `Account plan short by ${d.shortfallPercent}%`,
      body: `A product of the account plan is behind pace: ${d.actual} booked of ${d.expectedByNow} expected by now (target ${d.target}). A relationship action was created for you.`,
      subjectType: 'AccountPlan',
      subjectId: d.planId,
      accountId: d.accountId,
    },
  ],
);
