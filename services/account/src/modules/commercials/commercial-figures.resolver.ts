import type { DataSource } from 'typeorm';
import { Args, FieldResolver, Resolver, Root } from 'type-graphql';
import { CommercialFigures } from './commercial-figures';
import type { CommercialsService } from './commercials.service';
import { MonthlyArgs } from './dto/monthly.args';
import { MonthlyFigures } from './monthly-figures';

/** AccountCommercials.monthly: the sales trend of one account in one currency. */
@Resolver(() => CommercialFigures)
export class CommercialFiguresResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly commercials: CommercialsService,
  ) {}

  @FieldResolver(() => [MonthlyFigures], {
    description: 'The sales trend: booked revenue and margin per month, oldest first.',
  })
  monthly(
    @Root() figures: CommercialFigures,
    @Args() args: MonthlyArgs,
  ): Promise<MonthlyFigures[]> {
    return this.commercials.monthly(
      this.dataSource.manager,
      figures.accountId,
      figures.currency,
      args.months,
      figures.asOf,
    );
  }
}
