import { AccountDirectory } from '@salesgraph/account-directory';
import type { ServiceDeps } from '@salesgraph/service-kit';
import { TeamDirectory } from '@salesgraph/team-directory';
import type { LeadConfig } from './config';
import { ActivityService } from './modules/activity/activity.service';
import { AssignmentEngine } from './modules/assignment/assignment-engine';
import { AssignmentRuleService } from './modules/assignment/assignment-rule.service';
import { AssignmentService } from './modules/assignment/assignment.service';
import { ConversionService } from './modules/conversion/conversion.service';
import { LeadDuplicates } from './modules/dedup/lead-duplicates';
import { LeadMergeService } from './modules/dedup/lead-merge.service';
import { LeadIntakeService } from './modules/intake/lead-intake.service';
import { LeadAccess } from './modules/lead/lead-access';
import { LeadGuard } from './modules/lead/lead-guard';
import { LeadLifecycleService } from './modules/lead/lead-lifecycle.service';
import { LeadService } from './modules/lead/lead.service';
import { OpportunityAccess } from './modules/opportunity/opportunity-access';
import { OpportunityGuard } from './modules/opportunity/opportunity-guard';
import { OpportunityQueryService } from './modules/opportunity/opportunity-query.service';
import { OpportunityStageService } from './modules/opportunity/opportunity-stage.service';
import { OpportunityService } from './modules/opportunity/opportunity.service';

/**
 * The lead service's objects, wired by hand: the schema, the consumers and the
 * seed all build them here, so they share one set of rules.
 */
export function leadComponents({
  dataSource,
  outbox,
}: Pick<ServiceDeps<LeadConfig>, 'dataSource' | 'outbox'>) {
  const teams = new TeamDirectory();
  const accounts = new AccountDirectory();
  const access = new LeadAccess(dataSource);
  const guard = new LeadGuard(access);
  const duplicates = new LeadDuplicates();
  const engine = new AssignmentEngine(outbox, teams);
  const assignment = new AssignmentService(dataSource, engine, guard, access);
  const opportunityAccess = new OpportunityAccess(teams, accounts);
  const opportunityGuard = new OpportunityGuard(opportunityAccess);
  const opportunities = new OpportunityService(
    dataSource,
    outbox,
    opportunityGuard,
    teams,
    accounts,
  );
  const merges = new LeadMergeService(dataSource, outbox, duplicates);
  return {
    teams,
    accounts,
    access,
    engine,
    assignment,
    merges,
    leads: new LeadService(dataSource, outbox, access, duplicates, engine, assignment),
    lifecycle: new LeadLifecycleService(dataSource, outbox, guard),
    intake: new LeadIntakeService(outbox, duplicates, merges, engine),
    rules: new AssignmentRuleService(dataSource, outbox),
    activities: new ActivityService(dataSource, guard, access),
    opportunities,
    opportunityQueries: new OpportunityQueryService(dataSource, opportunityAccess),
    opportunityStages: new OpportunityStageService(dataSource, outbox, opportunityGuard),
    conversions: new ConversionService(dataSource, outbox, guard, opportunities),
  };
}

export type LeadComponents = ReturnType<typeof leadComponents>;
