import { DecimalScalar, Input } from '@salesgraph/service-kit';
import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { discountPattern, unitPricePattern } from '../../order/order-line-patterns';

@InputType({ description: 'A product’s price in a price list.' })
export class PriceListEntryInput {
  @Input.id({ of: 'product' })
  productId: string;

  @Field(() => DecimalScalar)
  @Matches(unitPricePattern, { message: 'unitPrice must be zero or more, with at most 4 decimals' })
  unitPrice: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent off; 0 when omitted.' })
  @IsOptional()
  @Matches(discountPattern, {
    message: 'discountPercent must be between 0 and 100, with at most 2 decimals',
  })
  discountPercent?: string;
}

@InputType({ description: 'Creates a price list, or replaces one (id given) whole.' })
export class SetPriceListInput {
  @Input.id({
    nullable: true,
    of: 'price list',
    description: 'The list to replace; a new one when left out.',
  })
  id?: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Input.id({ nullable: true, of: 'account', description: 'For this account (or give a segment).' })
  accountId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'SMALL, MEDIUM or LARGE (or give an account).',
  })
  @IsOptional()
  @IsIn(['SMALL', 'MEDIUM', 'LARGE'])
  segment?: string;

  @Field({ description: 'ISO 4217: every price of the list is in it.' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as "EUR"' })
  currency: string;

  @Field({ description: 'The first day it applies, e.g. "2026-04-01".' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validFrom must be a date such as "2026-04-01"' })
  validFrom: string;

  @Field(() => String, {
    nullable: true,
    description: 'The last day it applies; open when left out.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validTo must be a date such as "2026-12-31"' })
  validTo?: string;

  @Field(() => [PriceListEntryInput])
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  entries: PriceListEntryInput[];
}
