import {
  AccountPlanChanged,
  ExchangeRateSet,
  SalesTeamMemberRequested,
  SalesTeamUpdated,
  TargetSet,
  Topics,
} from '@salesgraph/events';
import {
  createHistoryResolver,
  createMeResolver,
  defineService,
  keyOnlyReference,
} from '@salesgraph/service-kit';
import { planningEntities, planningMigrations } from './data-source';
import { AccountPlanFieldResolver } from './modules/account/account-plan-field.resolver';
import { AccountAttainmentResolver } from './modules/attainment/account-attainment.resolver';
import { AttainmentResolver } from './modules/attainment/attainment.resolver';
import { ExchangeRate } from './modules/currency/exchange-rate.entity';
import { ExchangeRateResolver } from './modules/currency/exchange-rate.resolver';
import { ForecastResolver } from './modules/forecast/forecast.resolver';
import { AccountPlanWorkflowResolver } from './modules/plan/account-plan-workflow.resolver';
import { AccountPlan } from './modules/plan/account-plan.entity';
import { AccountPlanResolver } from './modules/plan/account-plan.resolver';
import { planOwnerSubscriber } from './modules/plan/events/plan-owner-on-account-owner-changed.handler';
import {
  relationshipActionHistory,
  relationshipActionHistoryOptions,
} from './modules/plan/relationship-action-history';
import { RelationshipAction } from './modules/plan/relationship-action.entity';
import { RelationshipActionResolver } from './modules/plan/relationship-action.resolver';
import { planningProjections, projectionSubscribers } from './modules/replay/planning-projections';
import { ShortfallMonitorJob } from './modules/shortfall/shortfall-monitor.job';
import { RevenueTarget } from './modules/target/revenue-target.entity';
import { RevenueTargetResolver } from './modules/target/revenue-target.resolver';
import { SalesTeam } from './modules/team/sales-team.entity';
import { SalesTeamResolver } from './modules/team/sales-team.resolver';
import { UserPlanningResolver } from './modules/user/user-planning.resolver';
import { User } from './modules/user/user.type';
import { SalesTeamMembershipRequest } from './modules/team/sales-team-membership-request.entity';
import { SalesTeamMembershipRequestResolver } from './modules/team/sales-team-membership-request.resolver';
import { planningComponents } from './planning-components';

/** The planning service; main.ts, the scripts and the tests start it from here. */
export const planningService = defineService({
  name: 'planning',
  ownTopic: Topics.planning,
  entities: planningEntities,
  migrations: planningMigrations,
  components: planningComponents,
  resolvers: (c) => [
    new SalesTeamResolver(c.teams, c.membership),
    new SalesTeamMembershipRequestResolver(c.membershipRequests),
    new RevenueTargetResolver(c.targets, c.targetQueries, c.attainment),
    new AttainmentResolver(c.attainment, c.breakdown),
    new AccountAttainmentResolver(c.breakdown),
    new ForecastResolver(c.forecasts),
    new AccountPlanResolver(c.plans, c.planQueries, c.actions, c.performance),
    new AccountPlanWorkflowResolver(c.workflow),
    new RelationshipActionResolver(c.actions),
    new AccountPlanFieldResolver(c.planQueries),
    new UserPlanningResolver(c.targetQueries, c.attainment),
    new (createHistoryResolver(SalesTeam, { aggregateType: SalesTeamUpdated.aggregateType }))(
      c.histories,
    ),
    new (createHistoryResolver(
      SalesTeamMembershipRequest,
      { aggregateType: SalesTeamMemberRequested.aggregateType },
      {
        description:
          'Who asked, who decided, when and why: the events about this request, oldest first.',
      },
    ))(c.histories),
    new (createHistoryResolver(RevenueTarget, { aggregateType: TargetSet.aggregateType }))(
      c.histories,
    ),
    new (createHistoryResolver(AccountPlan, { aggregateType: AccountPlanChanged.aggregateType }))(
      c.histories,
    ),
    new (createHistoryResolver(
      RelationshipAction,
      relationshipActionHistory,
      relationshipActionHistoryOptions,
    ))(c.histories),
    new ExchangeRateResolver(c.rates),
    new (createHistoryResolver(
      ExchangeRate,
      { aggregateType: ExchangeRateSet.aggregateType },
      {
        description:
          'Who set or corrected this rate, from which source, and what it replaced; oldest first.',
      },
    ))(c.histories),
    new (createMeResolver(User))(),
  ],
  // Account and User are entities this subgraph extends with fields: the key is all it needs.
  references: () => [keyOnlyReference('Account'), keyOnlyReference('User')],
  subscribers: (c) => [...projectionSubscribers(), planOwnerSubscriber(c.planOwners, c.clock)],
  projections: () => planningProjections(),
  jobs: (c, runtime) => [
    new ShortfallMonitorJob(
      c.shortfalls,
      c.clock,
      runtime.config.SHORTFALL_CHECK_INTERVAL_MS,
      runtime.logger,
    ),
  ],
});
