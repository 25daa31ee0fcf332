import { winOpportunityOnQuoteAccepted } from './modules/opportunity/events/win-opportunity-on-quote-accepted.handler';
import {
  accountDirectoryProjection,
  accountDirectorySubscriber,
} from '@salesgraph/account-directory';
import {
  LeadAssignmentRuleChanged,
  LeadCaptured,
  OpportunityStageChanged,
  Topics,
} from '@salesgraph/events';
import {
  createHistoryResolver,
  createMeResolver,
  DeadLetterResolver,
  defineService,
  keyOnlyReference,
  createPrivacyResolver,
} from '@salesgraph/service-kit';
import { teamDirectoryProjection, teamDirectorySubscriber } from '@salesgraph/team-directory';
import { leadServiceName } from './config';
import { leadEntities, leadMigrations } from './data-source';
import { leadComponents } from './lead-components';
import { AccountOpportunitiesResolver } from './modules/account/account-opportunities.resolver';
import { ActivityResolver } from './modules/activity/activity.resolver';
import { OpportunityActivityResolver } from './modules/activity/opportunity-activity.resolver';
import { AssignmentRule } from './modules/assignment/assignment-rule.entity';
import { AssignmentRuleResolver } from './modules/assignment/assignment-rule.resolver';
import { LeadAssignmentResolver } from './modules/assignment/lead-assignment.resolver';
import { ConversionResolver } from './modules/conversion/conversion.resolver';
import { confirmConversionOnAccountCreated } from './modules/conversion/events/confirm-conversion-on-account-created.handler';
import { FollowUpWatchJob } from './modules/activity/follow-up-watch.job';
import { LeadMergesResolver } from './modules/dedup/lead-merges.resolver';
import { captureLeadOnMarketingLeadCaptured } from './modules/intake/events/capture-lead-on-marketing-lead-captured.handler';
import { LeadConsentResolver } from './modules/consent/lead-consent.resolver';
import { LeadEditResolver } from './modules/lead/lead-edit.resolver';
import { LeadLifecycleResolver } from './modules/lead/lead-lifecycle.resolver';
import { Lead } from './modules/lead/lead.entity';
import { leadReference } from './modules/lead/lead.reference';
import { LeadResolver } from './modules/lead/lead.resolver';
import { OpportunityProductResolver } from './modules/opportunity/opportunity-product.resolver';
import { OpportunityStageResolver } from './modules/opportunity/opportunity-stage.resolver';
import { Opportunity } from './modules/opportunity/opportunity.entity';
import { opportunityReference } from './modules/opportunity/opportunity.reference';
import { OpportunityResolver } from './modules/opportunity/opportunity.resolver';
import { ProductRef } from './modules/product/product-ref.type';
import { User } from './modules/user/user.type';
import { UserPipelineResolver } from './modules/user/user-pipeline.resolver';

/** The lead service: what main.ts, the scripts and the tests start. */
export const leadService = defineService({
  name: leadServiceName,
  ownTopic: Topics.lead,
  entities: leadEntities,
  migrations: leadMigrations,
  components: leadComponents,
  resolvers: (c) => [
    new (createPrivacyResolver('lead'))(c.privacy),
    new LeadResolver(c.leads),
    new LeadEditResolver(c.edits),
    new LeadConsentResolver(c.consents),
    new LeadLifecycleResolver(c.lifecycle),
    new LeadMergesResolver(c.merges),
    new LeadAssignmentResolver(c.assignment, c.leads),
    new AssignmentRuleResolver(c.rules),
    new ActivityResolver(c.activities, c.leads),
    new ConversionResolver(c.conversions, c.opportunityQueries),
    new OpportunityResolver(c.opportunityQueries, c.opportunities),
    new OpportunityStageResolver(c.opportunityStages),
    new OpportunityActivityResolver(c.opportunityActivities),
    new OpportunityProductResolver(),
    new AccountOpportunitiesResolver(c.opportunityQueries),
    new UserPipelineResolver(c.leads, c.opportunityQueries),
    new (createHistoryResolver(
      Lead,
      { aggregateType: LeadCaptured.aggregateType },
      { description: 'Who changed this lead, what and when.' },
    ))(c.histories),
    new (createHistoryResolver(
      Opportunity,
      { aggregateType: OpportunityStageChanged.aggregateType },
      { description: 'Who changed this opportunity, what and when.' },
    ))(c.histories),
    // The same role as every way to reach a rule: its queries and mutations.
    new (createHistoryResolver(
      AssignmentRule,
      { aggregateType: LeadAssignmentRuleChanged.aggregateType },
      {
        description: 'Who created, changed or deleted this rule, what and when; oldest first.',
        roles: ['SALES_MANAGER'],
      },
    ))(c.histories),
    new (createMeResolver(User))(),
    new DeadLetterResolver(c.deadLetters),
  ],
  orphanedTypes: [ProductRef],
  references: (c) => [
    leadReference(c.leads),
    opportunityReference(c.opportunityQueries),
    keyOnlyReference('Account'),
    keyOnlyReference('User'),
  ],
  subscribers: (c) => [
    teamDirectorySubscriber(leadServiceName, c.teams),
    accountDirectorySubscriber(leadServiceName, c.accounts),
    captureLeadOnMarketingLeadCaptured(c.intake, c.clock),
    confirmConversionOnAccountCreated(c.conversions, c.clock),
    winOpportunityOnQuoteAccepted(c.opportunityStages, c.clock),
  ],
  jobs: (c, runtime) => [
    // Not a job, but started and stopped as one: its listener lives as long as the service.
    c.ownedAccounts,
    new FollowUpWatchJob(
      c.followUpWatch,
      runtime.config.LEAD_FOLLOW_UP_WATCH_INTERVAL_MS,
      c.clock,
      runtime.logger,
    ),
  ],
  // What access checks rely on; leads and conversions are the service's own state.
  projections: (c) => [
    teamDirectoryProjection(leadServiceName, c.teams),
    accountDirectoryProjection(leadServiceName, c.accounts),
  ],
});
