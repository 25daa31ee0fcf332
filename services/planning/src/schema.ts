import {
  buildSubgraphSchema,
  createMeResolver,
  instanceContainer,
  keyOnlyReference,
  type ServiceDeps,
} from '@salesgraph/service-kit';
import type { GraphQLSchema } from 'graphql';
import type { PlanningConfig } from './config';
import { SalesTeamResolver } from './modules/team/sales-team.resolver';
import { SalesTeamService } from './modules/team/sales-team.service';
import { User } from './modules/user/user.type';

const MeResolver = createMeResolver(User);

/** The planning subgraph: resolvers wired by hand to their services. */
export function buildPlanningSchema(deps: ServiceDeps<PlanningConfig>): Promise<GraphQLSchema> {
  const teams = new SalesTeamService(deps.dataSource);
  return buildSubgraphSchema({
    resolvers: [SalesTeamResolver, MeResolver],
    referenceResolvers: [keyOnlyReference('User')],
    buildOptions: {
      container: instanceContainer([new SalesTeamResolver(teams), new MeResolver()]),
    },
  });
}
