import { AccountDirectory } from '@salesgraph/account-directory';
import { type ServiceDeps, type Clock } from '@salesgraph/service-kit';
import type { PlanningConfig } from './config';
import { AccountAccess } from './modules/account/account-access';
import type { AccountOwnership } from './modules/account/account-ownership';
import { AttainmentBreakdownService } from './modules/attainment/attainment-breakdown.service';
import { AttainmentFigures } from './modules/attainment/attainment-figures';
import { SellerScope } from './modules/attainment/seller-scope';
import { AttainmentService } from './modules/attainment/attainment.service';
import { ForecastService } from './modules/forecast/forecast.service';
import { AccountPlanJournal } from './modules/plan/account-plan.journal';
import { AccountPlanQueries } from './modules/plan/account-plan.queries';
import { AccountPlanService } from './modules/plan/account-plan.service';
import { AccountPlanWorkflowService } from './modules/plan/account-plan-workflow.service';
import { PlanAccess } from './modules/plan/plan-access';
import { PlanPerformanceService } from './modules/plan/plan-performance.service';
import { RelationshipActionHistory } from './modules/plan/relationship-action.history';
import { RelationshipActionService } from './modules/plan/relationship-action.service';
import { ShortfallService } from './modules/shortfall/shortfall.service';
import { RevenueTargetQueries } from './modules/target/revenue-target.queries';
import { RevenueTargetService } from './modules/target/revenue-target.service';
import { SalesTeamPublisher } from './modules/team/sales-team-publisher';
import { SalesTeamService } from './modules/team/sales-team.service';
import { TeamAccess } from './modules/team/team-access';
import { TeamMembershipService } from './modules/team/team-membership.service';

export type PlanningServices = ReturnType<typeof createPlanningServices>;

/**
 * The service objects, wired by hand. The schema, the background job and the
 * seed each build them from the same deps; they hold no state of their own.
 */
export function createPlanningServices(
  deps: ServiceDeps<PlanningConfig>,
  clock: Clock,
  ownership?: AccountOwnership,
) {
  const { dataSource, outbox, config } = deps;
  const currency = config.PLANNING_CURRENCY;
  const teamAccess = new TeamAccess();
  const publisher = new SalesTeamPublisher(outbox);
  const teams = new SalesTeamService(dataSource, publisher);
  const membership = new TeamMembershipService(dataSource, teams, publisher);
  const targets = new RevenueTargetService(dataSource, outbox, teamAccess, currency);
  const targetQueries = new RevenueTargetQueries(dataSource, teamAccess);
  const figures = new AttainmentFigures();
  const directory = new AccountDirectory();
  const accountAccess = new AccountAccess(directory, teamAccess);
  const sellers = new SellerScope(teams, teamAccess);
  const attainment = new AttainmentService(
    dataSource,
    figures,
    targetQueries,
    sellers,
    accountAccess,
    clock,
    currency,
  );
  const breakdown = new AttainmentBreakdownService(dataSource, figures);
  const forecasts = new ForecastService(
    dataSource,
    figures,
    targetQueries,
    sellers,
    clock,
    currency,
  );
  const journal = new AccountPlanJournal(outbox);
  const planAccess = new PlanAccess(teamAccess);
  const plans = new AccountPlanService(
    dataSource,
    journal,
    planAccess,
    ownership ?? directory,
    currency,
  );
  const planQueries = new AccountPlanQueries(dataSource, planAccess);
  const workflow = new AccountPlanWorkflowService(dataSource, outbox, journal, planAccess);
  const actions = new RelationshipActionService(dataSource, journal, planAccess);
  const performance = new PlanPerformanceService(
    dataSource,
    figures,
    clock,
    config.SHORTFALL_THRESHOLD_PERCENT,
  );
  const shortfalls = new ShortfallService(dataSource, outbox, performance, actions, clock, {
    graceDays: config.SHORTFALL_GRACE_DAYS,
    actionDueDays: config.SHORTFALL_ACTION_DUE_DAYS,
  });
  return {
    teams,
    membership,
    targets,
    targetQueries,
    attainment,
    breakdown,
    forecasts,
    journal,
    plans,
    planQueries,
    workflow,
    actions,
    actionHistory: new RelationshipActionHistory(dataSource),
    performance,
    shortfalls,
  };
}
