import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ExchangeRatesArgs } from './dto/exchange-rates.args';
import { SetExchangeRateInput } from './dto/set-exchange-rate.input';
import { ExchangeRate } from './exchange-rate.entity';
import type { ExchangeRateService } from './exchange-rate.service';

/** Thin: authorize, map input, call the service. */
@Resolver(() => ExchangeRate)
export class ExchangeRateResolver {
  constructor(private readonly rates: ExchangeRateService) {}

  @Authorized()
  @Query(() => [ExchangeRate], {
    description: 'The exchange-rate table (converted figures show the rate they used).',
  })
  exchangeRates(
    @Args() args: ExchangeRatesArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<ExchangeRate[]> {
    return this.rates.list(command, args);
  }

  @Authorized('ADMIN')
  @Mutation(() => ExchangeRate, {
    description:
      'Set or correct the rate of a currency pair from a date on (a whole file: npm run rates:import -w @salesgraph/planning).',
  })
  setExchangeRate(
    @Arg('input') input: SetExchangeRateInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<ExchangeRate> {
    return this.rates.set(command, input);
  }
}
