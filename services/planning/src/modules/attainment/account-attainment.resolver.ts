import type { GraphQLContext } from '@salesgraph/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AccountAttainment } from './account-attainment.type';
import { AttainmentByProduct } from './attainment-by-product.type';
import type { AttainmentBreakdownService } from './attainment-breakdown.service';

@Resolver(() => AccountAttainment)
export class AccountAttainmentResolver {
  constructor(private readonly breakdown: AttainmentBreakdownService) {}

  @FieldResolver(() => [AttainmentByProduct], { description: 'Per product, from the order lines.' })
  byProduct(
    @Root() attainment: AccountAttainment,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AttainmentByProduct[]> {
    return this.breakdown.accountByProduct(command, attainment);
  }
}
