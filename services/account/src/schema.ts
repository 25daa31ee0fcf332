import {
  buildSubgraphSchema,
  createMeResolver,
  instanceContainer,
  keyOnlyReference,
  type ServiceDeps,
} from '@salesgraph/service-kit';
import { TeamDirectory } from '@salesgraph/team-directory';
import type { GraphQLSchema } from 'graphql';
import type { AccountConfig } from './config';
import { accountReference } from './modules/account/account.reference';
import { AccountResolver } from './modules/account/account.resolver';
import { AccountService } from './modules/account/account.service';
import { User } from './modules/user/user.type';

const MeResolver = createMeResolver(User);

/** The account subgraph: resolvers wired by hand to their services. */
export function buildAccountSchema(deps: ServiceDeps<AccountConfig>): Promise<GraphQLSchema> {
  const accounts = new AccountService(deps.dataSource, deps.outbox, new TeamDirectory());
  return buildSubgraphSchema({
    resolvers: [AccountResolver, MeResolver],
    referenceResolvers: [accountReference(accounts), keyOnlyReference('User')],
    buildOptions: {
      container: instanceContainer([new AccountResolver(accounts), new MeResolver()]),
    },
  });
}
