import { DecimalScalar } from '@salesgraph/service-kit';
import {
  ArrayMaxSize,
  IsISO8601,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { moneyPattern, OpportunityProductInput } from './opportunity-product.input';

/** What an opportunity is about: shared by creating one, changing one and converting a lead. */
@InputType({
  description: 'The terms of a deal: every field left out stays as it is (or its default).',
})
export class OpportunityTermsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Expected deal value, e.g. "25000.00".',
  })
  @IsOptional()
  @Matches(moneyPattern, {
    message: 'amount must be a non-negative amount with at most 2 decimals, e.g. "25000.00"',
  })
  amount?: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217; "EUR" when left out on creation.',
  })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as "EUR"' })
  currency?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, {
    message: 'expectedCloseDate must be a date such as "2026-06-30"',
  })
  @IsISO8601({ strict: true }, { message: 'expectedCloseDate must be a real calendar date' })
  expectedCloseDate?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Percent, within the band of the stage (see opportunityStageProbabilities).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number;

  @Field(() => [OpportunityProductInput], {
    nullable: true,
    description: 'Replaces the products of interest.',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  products?: OpportunityProductInput[];
}
