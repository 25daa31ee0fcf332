import {
  buildSubgraphSchema,
  createMeResolver,
  instanceContainer,
  keyOnlyReference,
  type ServiceDeps,
  type Clock,
} from '@salesgraph/service-kit';
import type { GraphQLSchema } from 'graphql';
import type { PlanningConfig } from './config';
import { AccountPlanFieldResolver } from './modules/account/account-plan-field.resolver';
import { AccountAttainmentResolver } from './modules/attainment/account-attainment.resolver';
import { AttainmentResolver } from './modules/attainment/attainment.resolver';
import { ForecastResolver } from './modules/forecast/forecast.resolver';
import { AccountPlanWorkflowResolver } from './modules/plan/account-plan-workflow.resolver';
import { AccountPlanResolver } from './modules/plan/account-plan.resolver';
import { RelationshipActionResolver } from './modules/plan/relationship-action.resolver';
import { RevenueTargetResolver } from './modules/target/revenue-target.resolver';
import { SalesTeamResolver } from './modules/team/sales-team.resolver';
import { UserPlanningResolver } from './modules/user/user-planning.resolver';
import { User } from './modules/user/user.type';
import { createPlanningServices } from './planning-services';

const MeResolver = createMeResolver(User);

/** The planning subgraph: resolvers wired by hand to their services. */
export function buildPlanningSchema(
  deps: ServiceDeps<PlanningConfig>,
  clock: Clock,
): Promise<GraphQLSchema> {
  const s = createPlanningServices(deps, clock);
  return buildSubgraphSchema({
    resolvers: [
      SalesTeamResolver,
      RevenueTargetResolver,
      AttainmentResolver,
      AccountAttainmentResolver,
      ForecastResolver,
      AccountPlanResolver,
      AccountPlanWorkflowResolver,
      RelationshipActionResolver,
      AccountPlanFieldResolver,
      UserPlanningResolver,
      MeResolver,
    ],
    // Account and User are entities this subgraph extends with fields: the key is all it needs.
    referenceResolvers: [keyOnlyReference('Account'), keyOnlyReference('User')],
    buildOptions: {
      container: instanceContainer([
        new SalesTeamResolver(s.teams, s.membership),
        new RevenueTargetResolver(s.targets, s.targetQueries, s.attainment),
        new AttainmentResolver(s.attainment, s.breakdown),
        new AccountAttainmentResolver(s.breakdown),
        new ForecastResolver(s.forecasts),
        new AccountPlanResolver(s.plans, s.planQueries, s.actions, s.performance),
        new AccountPlanWorkflowResolver(s.workflow),
        new RelationshipActionResolver(s.actions, s.actionHistory),
        new AccountPlanFieldResolver(s.planQueries, clock),
        new UserPlanningResolver(s.targetQueries, s.attainment),
        new MeResolver(),
      ]),
    },
  });
}
