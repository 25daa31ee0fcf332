import type { EventDefinition } from './event-definition';
import { AccountTeamChanged } from './account/account-team-changed.event';
import { ContactUpdated } from './account/contact-updated.event';
import { CompetitorThreatUpdated } from './account/competitor-threat-updated.event';
import { TouchpointChanged } from './account/touchpoint-changed.event';
import { CustomisationProposalChanged } from './account/customisation-proposal-changed.event';
import { ServiceRequestChanged } from './account/service-request-changed.event';
import { ProductChanged } from './order/product-changed.event';
import { LeadAssignmentRuleChanged } from './lead/lead-assignment-rule-changed.event';
import { AccountAtRisk } from './account/account-at-risk.event';
import { AccountCreated } from './account/account-created.event';
import { AccountOwnerChanged } from './account/account-owner-changed.event';
import { AccountRecovered } from './account/account-recovered.event';
import { AccountLost } from './account/account-lost.event';
import { AccountReopened } from './account/account-reopened.event';
import { CompetitorThreatLogged } from './account/competitor-threat-logged.event';
import { ContactAdded } from './account/contact-added.event';
import { KeyAccountDesignated } from './account/key-account-designated.event';
import { LeadAssigned } from './lead/lead-assigned.event';
import { LeadCaptured } from './lead/lead-captured.event';
import { LeadContacted } from './lead/lead-contacted.event';
import { FollowUpOverdue } from './lead/follow-up-overdue.event';
import { LeadConverted } from './lead/lead-converted.event';
import { LeadDisqualified } from './lead/lead-disqualified.event';
import { LeadMerged } from './lead/lead-merged.event';
import { AccountSignalDetected } from './lead/account-signal-detected.event';
import { LeadQualified } from './lead/lead-qualified.event';
import { OpportunityLost } from './lead/opportunity-lost.event';
import { OpportunityStageChanged } from './lead/opportunity-stage-changed.event';
import { OpportunityWon } from './lead/opportunity-won.event';
import { MarketingLeadCaptured } from './marketing/marketing-lead-captured.event';
import { ContractExpired } from './order/contract-expired.event';
import { ContractExpiring } from './order/contract-expiring.event';
import { ContractProposed } from './order/contract-proposed.event';
import { ContractSigned } from './order/contract-signed.event';
import { ContractTerminated } from './order/contract-terminated.event';
import { ContractOwnerChanged } from './order/contract-owner-changed.event';
import { PriceApprovalRequested } from './order/price-approval-requested.event';
import { PriceApprovalDecided } from './order/price-approval-decided.event';
import { QuoteChanged } from './order/quote-changed.event';
import { QuoteAccepted } from './order/quote-accepted.event';
import { PriceListChanged } from './order/price-list-changed.event';
import { ContractUnderrunRisk } from './order/contract-underrun-risk.event';
import { OrderCancelled } from './order/order-cancelled.event';
import { OrderConfirmed } from './order/order-confirmed.event';
import { OrderDrafted } from './order/order-drafted.event';
import { OrderFulfilled } from './order/order-fulfilled.event';
import { OrderInvoiced } from './order/order-invoiced.event';
import { OrderPlaced } from './order/order-placed.event';
import { OrderServiceLevelBreached } from './order/order-service-level-breached.event';
import { AccountPlanApproved } from './planning/account-plan-approved.event';
import { AccountPlanChanged } from './planning/account-plan-changed.event';
import { PlanShortfallDetected } from './planning/plan-shortfall-detected.event';
import { SalesTeamUpdated } from './planning/sales-team-updated.event';
import { SalesTeamMemberRequested } from './planning/sales-team-member-requested.event';
import { SalesTeamMemberRequestDecided } from './planning/sales-team-member-request-decided.event';
import { TargetSet } from './planning/target-set.event';
import { ExchangeRateSet } from './planning/exchange-rate-set.event';
import { LeadUpdated } from './lead/lead-updated.event';
import { LeadFollowUpPlanned } from './lead/lead-follow-up-planned.event';
import { LeadActivityLogged } from './lead/lead-activity-logged.event';
import { OpportunityActivityLogged } from './lead/opportunity-activity-logged.event';
import { AccountUpdated } from './account/account-updated.event';
import { AccountActivityLogged } from './account/account-activity-logged.event';
import { ContactLeft } from './account/contact-left.event';
import { LeadConsentChanged } from './lead/lead-consent-changed.event';
import { ContactConsentChanged } from './account/contact-consent-changed.event';
import { NotificationPreferencesChanged } from './notification/notification-preferences-changed.event';

/** Every event contract, in the order the catalogue documents them. */
export const EventCatalog = [
  MarketingLeadCaptured,
  LeadCaptured,
  LeadMerged,
  AccountSignalDetected,
  LeadAssigned,
  LeadAssignmentRuleChanged,
  LeadUpdated,
  LeadConsentChanged,
  LeadContacted,
  LeadActivityLogged,
  LeadFollowUpPlanned,
  FollowUpOverdue,
  LeadQualified,
  LeadDisqualified,
  LeadConverted,
  OpportunityStageChanged,
  OpportunityWon,
  OpportunityLost,
  OpportunityActivityLogged,
  AccountCreated,
  AccountUpdated,
  KeyAccountDesignated,
  AccountOwnerChanged,
  AccountAtRisk,
  AccountRecovered,
  AccountLost,
  AccountReopened,
  AccountActivityLogged,
  ContactAdded,
  ContactUpdated,
  ContactLeft,
  ContactConsentChanged,
  CompetitorThreatLogged,
  CompetitorThreatUpdated,
  AccountTeamChanged,
  TouchpointChanged,
  CustomisationProposalChanged,
  ServiceRequestChanged,
  OrderDrafted,
  OrderPlaced,
  OrderServiceLevelBreached,
  OrderConfirmed,
  OrderFulfilled,
  OrderInvoiced,
  OrderCancelled,
  ContractProposed,
  ContractSigned,
  ContractExpiring,
  ContractUnderrunRisk,
  ProductChanged,
  ContractTerminated,
  ContractOwnerChanged,
  PriceApprovalRequested,
  PriceApprovalDecided,
  QuoteChanged,
  QuoteAccepted,
  PriceListChanged,
  ContractExpired,
  SalesTeamUpdated,
  SalesTeamMemberRequested,
  SalesTeamMemberRequestDecided,
  TargetSet,
  ExchangeRateSet,
  AccountPlanChanged,
  AccountPlanApproved,
  PlanShortfallDetected,
  NotificationPreferencesChanged,
] as const satisfies readonly EventDefinition[];

export type AnyEventDefinition = (typeof EventCatalog)[number];
export type EventType = AnyEventDefinition['type'];

const byType = new Map<string, EventDefinition>(EventCatalog.map((d) => [d.type, d]));

export function findEventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}
