import { costAndMarginReaders } from '@salesgraph/access';
import { DecimalScalar } from '@salesgraph/service-kit';
import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A catalogue item. Prices are numeric in the database and decimal strings
 * everywhere else. It has no timestamps or version of its own (its history
 * is its ProductChanged events), so it is no TrackedEntity.
 */
@Directive('@key(fields: "id")')
@ObjectType({
  description: 'A product of the catalogue, with list price and unit cost so that margin is known.',
})
@Entity()
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
  @Column({ type: 'text' })
  productLine: string;

  @Field(() => DecimalScalar)
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  listPrice: string;

  @Authorized(...costAndMarginReaders)
  @Field(() => DecimalScalar)
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  unitCost: string;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
