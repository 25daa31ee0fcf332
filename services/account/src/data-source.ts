import { teamDirectoryEntities, teamDirectoryMigrations } from '@salesgraph/team-directory';
import { AccountTables1764200000000 } from './migrations/1764200000000-account-tables';
import { AccountDetails1764200000100 } from './migrations/1764200000100-account-details';
import { ContactsAndTeam1764200000200 } from './migrations/1764200000200-contacts-and-team';
import { ThreatsAndOrders1764200000300 } from './migrations/1764200000300-threats-and-orders';
import { PlansProposalsRequests1764200000400 } from './migrations/1764200000400-plans-proposals-requests';
import { BookedOrders1764200000500 } from './migrations/1764200000500-booked-orders';
import { ThreatCreatedAt1764200000600 } from './migrations/1764200000600-threat-created-at';
import { AccountLost1764200000700 } from './migrations/1764200000700-account-lost';
import { AccountDomainUnique1764200000800 } from './migrations/1764200000800-account-domain-unique';
import { EditingHierarchyActivitiesSearch1764200000900 } from './migrations/1764200000900-editing-hierarchy-activities-search';
import { Account } from './modules/account/account.entity';
import { AccountActivity } from './modules/activity/account-activity.entity';
import { AccountTeamMember } from './modules/account-team/account-team-member.entity';
import { AccountOrder } from './modules/commercials/account-order.entity';
import { Touchpoint } from './modules/communication-plan/touchpoint.entity';
import { ContactConsent } from './modules/consent/contact-consent.entity';
import { ContactConsent1764300000200 } from './migrations/1764300000200-contact-consent';
import { CompetitorThreat } from './modules/competitor-threat/competitor-threat.entity';
import { Contact } from './modules/contact/contact.entity';
import { CustomisationProposal } from './modules/proposal/customisation-proposal.entity';
import { ServiceRequest } from './modules/service-request/service-request.entity';

/** Everything the account database holds, and the migrations that build it. */
export const accountEntities = [
  ...teamDirectoryEntities,
  Account,
  Contact,
  AccountTeamMember,
  CompetitorThreat,
  AccountOrder,
  Touchpoint,
  ContactConsent,
  CustomisationProposal,
  ServiceRequest,
  AccountActivity,
];
export const accountMigrations = [
  ...teamDirectoryMigrations,
  AccountTables1764200000000,
  AccountDetails1764200000100,
  ContactsAndTeam1764200000200,
  ThreatsAndOrders1764200000300,
  PlansProposalsRequests1764200000400,
  BookedOrders1764200000500,
  ThreatCreatedAt1764200000600,
  AccountLost1764200000700,
  AccountDomainUnique1764200000800,
  EditingHierarchyActivitiesSearch1764200000900,
  ContactConsent1764300000200,
];
