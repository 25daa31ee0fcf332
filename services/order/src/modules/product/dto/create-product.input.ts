import { IsBoolean, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DecimalScalar } from '@salesgraph/service-kit';

/** Money in the catalogue: at most two decimals, never negative. */
export const catalogueMoney = /^\d{1,12}(\.\d{1,2})?$/;

@InputType({ description: 'A new catalogue item.' })
export class CreateProductInput {
  @Field()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, {
    message: 'sku must be 2 to 40 upper-case letters, digits or dashes, e.g. VAL-100',
  })
  sku: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Field()
  @Length(1, 100)
  productLine: string;

  @Field(() => DecimalScalar)
  @Matches(catalogueMoney, { message: 'listPrice must be an amount such as "249.90"' })
  listPrice: string;

  @Field(() => DecimalScalar)
  @Matches(catalogueMoney, { message: 'unitCost must be an amount such as "131.45"' })
  unitCost: string;

  @Field({ defaultValue: true })
  @IsOptional()
  @IsBoolean()
  active: boolean = true;
}
