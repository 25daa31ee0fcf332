import type { GraphQLContext } from '@salesgraph/service-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CommercialFigures } from './commercial-figures';
import type { CommercialsService } from './commercials.service';
import { MonthlyArgs } from './dto/monthly.args';
import { MonthlyFigures } from './monthly-figures';

/** AccountCommercials.monthly: the sales trend of one account in one currency. */
@Resolver(() => CommercialFigures)
export class CommercialFiguresResolver {
  constructor(private readonly commercials: CommercialsService) {}

  @FieldResolver(() => [MonthlyFigures], {
    description:
      'The sales trend: booked revenue and margin per month (the month each order was booked), oldest first.',
  })
  monthly(
    @Root() figures: CommercialFigures,
    @Args() args: MonthlyArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<MonthlyFigures[]> {
    return this.commercials.monthly(command, figures, args.months);
  }
}
