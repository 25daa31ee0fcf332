import { Ctx, Directive, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from './graphql-context';

/**
 * `me`: the user behind the token, as this subgraph's User entity. Every
 * subgraph declares it (@shareable), so the query planner can start from
 * whichever subgraph owns the fields asked for next.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createMeResolver<T extends { id: string }>(userType: new (...args: any[]) => T) {
  @Resolver(() => userType)
  class MeResolver {
    @Directive('@shareable')
    @Query(() => userType, { description: 'The user behind the token.' })
    me(@Ctx() context: GraphQLContext): { id: string } {
      return { id: context.user.id };
    }
  }
  return MeResolver;
}
