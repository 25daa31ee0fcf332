import { type EnumValue, graphqlEnum } from '@salesgraph/service-kit';
import { accountAtRiskKind } from './account-at-risk.kind';
import { accountSignalKind } from './account-signal.kind';
import { approvalDecidedKind } from './approval-decided.kind';
import { approvalWaitingKind } from './approval-waiting.kind';
import { contractBehindPaceKind } from './contract-behind-pace.kind';
import { contractExpiringKind } from './contract-expiring.kind';
import { contactConsentWithdrawnKind } from './contact-consent-withdrawn.kind';
import { followUpOverdueKind } from './follow-up-overdue.kind';
import { leadConsentWithdrawnKind } from './lead-consent-withdrawn.kind';
import { orderOverServiceLevelKind } from './order-over-service-level.kind';
import { planShortfallKind } from './plan-shortfall.kind';

/** Every kind of notification; a new kind is a mapping file and a line here. */
export const notificationKinds = [
  accountAtRiskKind,
  contractExpiringKind,
  contractBehindPaceKind,
  planShortfallKind,
  followUpOverdueKind,
  orderOverServiceLevelKind,
  approvalWaitingKind,
  approvalDecidedKind,
  accountSignalKind,
  leadConsentWithdrawnKind,
  contactConsentWithdrawnKind,
] as const;

type KindName = (typeof notificationKinds)[number]['kind'];

export const NotificationKind = graphqlEnum(
  'NotificationKind',
  notificationKinds.map((k) => k.kind) as unknown as readonly KindName[],
  {
    description: 'What a notification warns of; each kind is raised by one event.',
    valueDescriptions: Object.fromEntries(notificationKinds.map((k) => [k.kind, k.description])),
  },
);
export type NotificationKind = EnumValue<typeof NotificationKind>;

export const allNotificationKinds: readonly NotificationKind[] = notificationKinds.map(
  (k) => k.kind,
);

export function isNotificationKind(value: string): value is NotificationKind {
  return (allNotificationKinds as readonly string[]).includes(value);
}
