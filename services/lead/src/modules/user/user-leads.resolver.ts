import { ForbiddenError, PageArgs, type GraphQLContext } from '@salesgraph/service-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Lead } from '../lead/lead.entity';
import type { LeadService } from '../lead/lead.service';
import { User } from './user.type';

@Resolver(() => User)
export class UserLeadsResolver {
  constructor(private readonly leadService: LeadService) {}

  @FieldResolver(() => [Lead], { description: 'Leads this user owns, when you may see them.' })
  async leads(
    @Root() user: User,
    @Args() page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<Lead[]> {
    if (user.id !== context.user.id)
      throw new ForbiddenError('You may only list your own leads here.');
    return this.leadService.list(context.user, page);
  }
}
