import { IsBoolean, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DecimalScalar, Input } from '@salesgraph/service-kit';
import { catalogueMoney } from './create-product.input';

/**
 * A change to a catalogue item. Orders keep the prices and costs they were
 * written with: a change here affects only lines written afterwards.
 */
@InputType({
  description: 'Fields to change on a catalogue item; omitted fields stay as they are.',
})
export class UpdateProductInput {
  @Input.id()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  productLine?: string;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @Matches(catalogueMoney, { message: 'listPrice must be an amount such as "249.90"' })
  listPrice?: string;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @Matches(catalogueMoney, { message: 'unitCost must be an amount such as "131.45"' })
  unitCost?: string;

  @Field({ nullable: true, description: 'false takes the product out of sale.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
