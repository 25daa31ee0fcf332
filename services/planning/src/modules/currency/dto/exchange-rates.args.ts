import { IsOptional, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class ExchangeRatesArgs {
  @Field(() => String, { nullable: true, description: 'Rates of pairs with this currency only.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as "EUR"' })
  currency?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only the rates in force on this day (one per pair), e.g. "2026-04-15".',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'on must be a date such as "2026-04-15"' })
  on?: string;
}
