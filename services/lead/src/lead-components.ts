import { AccessPolicy } from '@salesgraph/access';
import { AccountDirectory, OwnedAccountsCache } from '@salesgraph/account-directory';
import { Topics } from '@salesgraph/events';
import { sharedGroupOf } from '@salesgraph/messaging';
import {
  DeadLetterDesk,
  HistoryReader,
  IntakeTopicErasure,
  type ServiceDeps,
  PrivacyDesk,
} from '@salesgraph/service-kit';
import { TeamDirectory } from '@salesgraph/team-directory';
import type { LeadConfig } from './config';
import { ActivityService } from './modules/activity/activity.service';
import { LeadFollowUps } from './modules/activity/lead-follow-ups';
import { OpportunityActivityService } from './modules/activity/opportunity-activity.service';
import { AssignmentEngine } from './modules/assignment/assignment-engine';
import { AssignmentRuleService } from './modules/assignment/assignment-rule.service';
import { AssignmentService } from './modules/assignment/assignment.service';
import { ConversionService } from './modules/conversion/conversion.service';
import { LeadConsentService } from './modules/consent/lead-consent.service';
import { LeadDuplicates } from './modules/dedup/lead-duplicates';
import { LeadMergeService } from './modules/dedup/lead-merge.service';
import { FollowUpWatch } from './modules/activity/follow-up-watch';
import { AccountSignal } from './modules/intake/account-signal';
import { LeadIntakeService } from './modules/intake/lead-intake.service';
import { LeadAccess } from './modules/lead/lead-access';
import { LeadGuard } from './modules/lead/lead-guard';
import { LeadEditService } from './modules/lead/lead-edit.service';
import { LeadLifecycleService } from './modules/lead/lead-lifecycle.service';
import { LeadService } from './modules/lead/lead.service';
import { OpportunityAccess } from './modules/opportunity/opportunity-access';
import { OpportunityGuard } from './modules/opportunity/opportunity-guard';
import { OpportunityQueryService } from './modules/opportunity/opportunity-query.service';
import { OpportunityStageService } from './modules/opportunity/opportunity-stage.service';
import { OpportunityService } from './modules/opportunity/opportunity.service';
import { ErasedPeople } from './modules/privacy/erased-people';
import { leadPersonalData } from './modules/privacy/lead-personal-data';

/**
 * The composition root of the lead service: every object, built once. The
 * schema, the consumers and the seed all use this one set, so they share
 * one set of rules.
 */
export function leadComponents({
  dataSource,
  outbox,
  clock,
  config,
  logger,
}: ServiceDeps<LeadConfig>) {
  const teams = new TeamDirectory();
  // Sellers' scopes (opportunities) read the accounts their people own: kept between requests.
  const ownedAccounts = new OwnedAccountsCache(dataSource, logger);
  const accounts = new AccountDirectory(ownedAccounts);
  const policy = new AccessPolicy(dataSource, teams);
  const leadAccess = new LeadAccess(policy);
  const guard = new LeadGuard(leadAccess);
  const duplicates = new LeadDuplicates();
  const signals = new AccountSignal(accounts);
  const engine = new AssignmentEngine(outbox);
  const assignment = new AssignmentService(dataSource, engine, guard, leadAccess, policy, teams);
  const opportunityAccess = new OpportunityAccess(dataSource, policy, accounts);
  const opportunityGuard = new OpportunityGuard(opportunityAccess);
  const opportunities = new OpportunityService(
    dataSource,
    outbox,
    opportunityGuard,
    policy,
    accounts,
  );
  const consents = new LeadConsentService(dataSource, outbox, guard, engine);
  const merges = new LeadMergeService(dataSource, outbox, duplicates, consents);
  return {
    privacy: new PrivacyDesk(
      'lead',
      dataSource,
      outbox,
      leadPersonalData,
      // Marketing's records name people in clear: an erasure cuts what the intake has read
      // (the lead service's one consumer group: the intake is a lane of it).
      new IntakeTopicErasure(
        { brokers: config.KAFKA_BROKERS, topicPrefix: config.KAFKA_TOPIC_PREFIX },
        logger,
        [{ topic: Topics.marketingLeads, consumers: [sharedGroupOf('lead')] }],
      ),
    ),
    clock,
    teams,
    accounts,
    ownedAccounts,
    histories: new HistoryReader(dataSource),
    assignment,
    merges,
    consents,
    leads: new LeadService(dataSource, outbox, leadAccess, duplicates, engine, assignment),
    lifecycle: new LeadLifecycleService(dataSource, outbox, guard),
    intake: new LeadIntakeService(
      dataSource,
      outbox,
      duplicates,
      merges,
      engine,
      signals,
      config.LEAD_RETURN_QUIET_DAYS,
      new ErasedPeople(),
      consents,
    ),
    rules: new AssignmentRuleService(dataSource, outbox, policy, teams),
    activities: new ActivityService(
      dataSource,
      outbox,
      guard,
      leadAccess,
      new LeadFollowUps(outbox),
    ),
    edits: new LeadEditService(dataSource, outbox, guard, duplicates, consents),
    opportunityActivities: new OpportunityActivityService(
      dataSource,
      outbox,
      opportunityGuard,
      opportunityAccess,
    ),
    opportunities,
    opportunityQueries: new OpportunityQueryService(dataSource, opportunityAccess),
    opportunityStages: new OpportunityStageService(dataSource, outbox, opportunityGuard),
    followUpWatch: new FollowUpWatch(dataSource, outbox),
    conversions: new ConversionService(
      dataSource,
      outbox,
      guard,
      opportunities,
      accounts,
      signals,
      consents,
    ),
    // Every topic's dead letters, in one place of the graph (docs/operations.md says why here).
    deadLetters: new DeadLetterDesk(
      { brokers: config.KAFKA_BROKERS, topicPrefix: config.KAFKA_TOPIC_PREFIX },
      logger,
    ),
  };
}

export type LeadComponents = ReturnType<typeof leadComponents>;
