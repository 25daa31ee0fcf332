import { Field, InputType } from 'type-graphql';

/** Checked by rates-file.rule's problemOf, the same checks an imported file's lines pass. */
@InputType({ description: 'Sets (or corrects) a rate: 1 baseCurrency = rate quoteCurrency.' })
export class SetExchangeRateInput {
  @Field({ description: 'ISO 4217, e.g. "CHF".' })
  baseCurrency: string;

  @Field({ description: 'ISO 4217, e.g. "EUR".' })
  quoteCurrency: string;

  @Field({ description: 'The first day (UTC) the rate applies, e.g. "2026-04-01".' })
  effectiveFrom: string;

  @Field({ description: 'Positive, at most 10 decimals, e.g. "1.0412".' })
  rate: string;
}
