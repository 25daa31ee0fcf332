import { Sensitive, Stored } from '@salesgraph/service-kit';
import { Directive, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';

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
  @Stored.id({ column: { primary: true } })
  id: string;

  @Stored.text({ column: { unique: true } })
  sku: string;

  @Stored.text()
  name: string;

  @Stored.text()
  productLine: string;

  @Stored.money({ column: { precision: 14, scale: 2 } })
  listPrice: string;

  @Sensitive('COST_AND_MARGIN')
  @Stored.money({ column: { precision: 14, scale: 2 } })
  unitCost: string;

  @Stored.boolean({ column: { default: true } })
  active: boolean;
}
