import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { SetPriceListInput } from './dto/set-price-list.input';
import { PriceList } from './price-list.entity';
import type { PriceListService } from './price-list.service';

/** Thin: authorize, map input, call the service. */
@Resolver(() => PriceList)
export class PriceListResolver {
  constructor(private readonly service: PriceListService) {}

  @Authorized()
  @Query(() => [PriceList], {
    description: 'Price lists: of one account (its own and its segment’s), or all; newest first.',
  })
  priceLists(
    @Arg('accountId', () => ID, { nullable: true }) accountId: string | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<PriceList[]> {
    return this.service.list(command, accountId ?? undefined);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => PriceList, {
    description: 'Create a price list for an account or a segment, or replace one whole (id).',
  })
  setPriceList(
    @Arg('input') input: SetPriceListInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<PriceList> {
    return this.service.set(command, input);
  }
}
