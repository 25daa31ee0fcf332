import { DecimalScalar } from '@salesgraph/service-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A catalogue item. Prices are numeric in the database and decimal strings everywhere else. */
@Directive('@key(fields: "id")')
@ObjectType({
  description: 'A product of the catalogue, with list price and unit cost so that margin is known.',
})
@Entity({ name: 'product' })
export class Product {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text', unique: true })
  sku: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ name: 'product_line', type: 'text' })
  productLine: string;

  @Field(() => DecimalScalar)
  @Column({ name: 'list_price', type: 'numeric', precision: 14, scale: 2 })
  listPrice: string;

  @Field(() => DecimalScalar)
  @Column({ name: 'unit_cost', type: 'numeric', precision: 14, scale: 2 })
  unitCost: string;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
