import type { GraphQLContext } from '@salesgraph/service-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { BuyingCentreCoverage } from './buying-centre-coverage.type';
import type { CoverageService } from './coverage.service';
import { CoverageArgs } from './dto/coverage.args';

/** Account.coverage: computed on read from the contacts, as of now. */
@Resolver(() => Account)
export class CoverageResolver {
  constructor(private readonly coverageService: CoverageService) {}

  @FieldResolver(() => BuyingCentreCoverage)
  coverage(
    @Root() account: Account,
    @Args() args: CoverageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<BuyingCentreCoverage> {
    return this.coverageService.of(command, account, args);
  }
}
