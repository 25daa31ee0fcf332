import {
  accountDirectoryEntities,
  accountDirectoryMigrations,
} from '@salesgraph/account-directory';
import { teamDirectoryEntities, teamDirectoryMigrations } from '@salesgraph/team-directory';
import { LeadTables1764100000000 } from './migrations/1764100000000-lead-tables';
import { LeadPipeline1764100000001 } from './migrations/1764100000001-lead-pipeline';
import { AssignmentRules1764100000002 } from './migrations/1764100000002-assignment-rules';
import { Opportunities1764100000003 } from './migrations/1764100000003-opportunities';
import { ReturningLeads1764100000004 } from './migrations/1764100000004-returning-leads';
import { FollowUpOverdue1764100000005 } from './migrations/1764100000005-follow-up-overdue';
import { EditingActivitiesSearch1764100000006 } from './migrations/1764100000006-editing-activities-search';
import { LeadConsent1764300000100 } from './migrations/1764300000100-lead-consent';
import { DropRedundantOwnerIndex1797000000000 } from './migrations/1797000000000-drop-redundant-owner-index';
import { ConsentDecisionRows1797200000000 } from './migrations/1797200000000-consent-decision-rows';
import { OpenLeadTally1797400000000 } from './migrations/1797400000000-open-lead-tally';
import { LeadActivity } from './modules/activity/lead-activity.entity';
import { OpportunityActivity } from './modules/activity/opportunity-activity.entity';
import { AssignmentCursor } from './modules/assignment/assignment-cursor.entity';
import { AssignmentRule } from './modules/assignment/assignment-rule.entity';
import { LeadConsentRow } from './modules/consent/lead-consent-row.entity';
import { LeadMerge } from './modules/dedup/lead-merge.entity';
import { Lead } from './modules/lead/lead.entity';
import { Opportunity } from './modules/opportunity/opportunity.entity';

/** Everything the lead database holds, and the migrations that build it. */
export const leadEntities = [
  ...teamDirectoryEntities,
  ...accountDirectoryEntities,
  Lead,
  LeadMerge,
  LeadConsentRow,
  LeadActivity,
  AssignmentRule,
  AssignmentCursor,
  Opportunity,
  OpportunityActivity,
];
export const leadMigrations = [
  ...teamDirectoryMigrations,
  ...accountDirectoryMigrations,
  LeadTables1764100000000,
  LeadPipeline1764100000001,
  AssignmentRules1764100000002,
  Opportunities1764100000003,
  ReturningLeads1764100000004,
  FollowUpOverdue1764100000005,
  EditingActivitiesSearch1764100000006,
  LeadConsent1764300000100,
  DropRedundantOwnerIndex1797000000000,
  ConsentDecisionRows1797200000000,
  OpenLeadTally1797400000000,
];
