import { AccessPolicy } from '@salesgraph/access';
import { AccountDirectory } from '@salesgraph/account-directory';
import { HistoryReader, type ServiceDeps } from '@salesgraph/service-kit';
import { TeamDirectory } from '@salesgraph/team-directory';
import type { PlanningConfig } from './config';
import { AccountAccess } from './modules/account/account-access';
import type { AccountOwnership } from './modules/account/account-ownership';
import { AttainmentBreakdownService } from './modules/attainment/attainment-breakdown.service';
import { AttainmentFigures } from './modules/attainment/attainment-figures';
import { AttainmentService } from './modules/attainment/attainment.service';
import { SellerScope } from './modules/attainment/seller-scope';
import { ExchangeRateService } from './modules/currency/exchange-rate.service';
import { ForecastService } from './modules/forecast/forecast.service';
import { AccountPlanOwnerService } from './modules/plan/account-plan-owner.service';
import { AccountPlanWorkflowService } from './modules/plan/account-plan-workflow.service';
import { AccountPlanJournal } from './modules/plan/account-plan.journal';
import { AccountPlanQueries } from './modules/plan/account-plan.queries';
import { AccountPlanService } from './modules/plan/account-plan.service';
import { PlanAccess } from './modules/plan/plan-access';
import { PlanPerformanceService } from './modules/plan/plan-performance.service';
import { RelationshipActionService } from './modules/plan/relationship-action.service';
import { ShortfallService } from './modules/shortfall/shortfall.service';
import { RevenueTargetQueries } from './modules/target/revenue-target.queries';
import { RevenueTargetService } from './modules/target/revenue-target.service';
import { SalesTeamPublisher } from './modules/team/sales-team-publisher';
import { SalesTeamService } from './modules/team/sales-team.service';
import { TeamMembershipRequestService } from './modules/team/team-membership-request.service';
import { TeamMembershipService } from './modules/team/team-membership.service';

export type PlanningComponents = ReturnType<typeof planningComponents>;

/**
 * The composition root: every object of the planning service, built once
 * and shared by the schema, the consumers, the job and the seed. The seed
 * alone passes `accountOwnership`: it runs before the account service has
 * published the demo accounts (see seed/demo-account-ownership.ts).
 */
export function planningComponents(
  deps: ServiceDeps<PlanningConfig>,
  options: { accountOwnership?: AccountOwnership } = {},
) {
  const { dataSource, outbox, config, clock } = deps;
  const currency = config.PLANNING_CURRENCY;
  const teamDirectory = new TeamDirectory();
  const accountDirectory = new AccountDirectory();
  const access = new AccessPolicy(dataSource, teamDirectory);
  const histories = new HistoryReader(dataSource);

  const publisher = new SalesTeamPublisher(outbox, teamDirectory);
  const teams = new SalesTeamService(dataSource, access, publisher);
  const membership = new TeamMembershipService(dataSource, access, teams, publisher);
  const membershipRequests = new TeamMembershipRequestService(
    dataSource,
    outbox,
    access,
    teams,
    membership,
  );
  const targets = new RevenueTargetService(dataSource, outbox, access, teamDirectory, currency);
  const targetQueries = new RevenueTargetQueries(dataSource, access);

  const figures = new AttainmentFigures();
  const sellers = new SellerScope(dataSource, access, teams, teamDirectory);
  const accountAccess = new AccountAccess(dataSource, access, accountDirectory);
  const attainment = new AttainmentService(
    dataSource,
    figures,
    targetQueries,
    sellers,
    accountAccess,
    currency,
  );
  const breakdown = new AttainmentBreakdownService(dataSource, figures);
  const forecasts = new ForecastService(dataSource, figures, targetQueries, sellers, currency);

  const journal = new AccountPlanJournal(outbox);
  const planAccess = new PlanAccess(access);
  const ownership = options.accountOwnership ?? accountDirectory;
  const plans = new AccountPlanService(dataSource, journal, planAccess, ownership, currency);
  const planQueries = new AccountPlanQueries(dataSource, planAccess);
  const planOwners = new AccountPlanOwnerService(dataSource, journal);
  const workflow = new AccountPlanWorkflowService(dataSource, outbox, journal, planAccess);
  const actions = new RelationshipActionService(dataSource, journal, planAccess);
  const performance = new PlanPerformanceService(
    dataSource,
    figures,
    config.SHORTFALL_THRESHOLD_PERCENT,
  );
  const shortfalls = new ShortfallService(dataSource, outbox, performance, actions, {
    graceDays: config.SHORTFALL_GRACE_DAYS,
    actionDueDays: config.SHORTFALL_ACTION_DUE_DAYS,
  });
  return {
    clock,
    histories,
    rates: new ExchangeRateService(dataSource, outbox),
    teams,
    membership,
    membershipRequests,
    targets,
    targetQueries,
    attainment,
    breakdown,
    forecasts,
    plans,
    planQueries,
    planOwners,
    workflow,
    actions,
    performance,
    shortfalls,
  };
}
