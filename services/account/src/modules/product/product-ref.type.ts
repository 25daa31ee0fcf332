import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A product of the order service's catalogue, referenced by threats and
 * proposals. This subgraph adds no fields, so the reference is not resolvable
 * here: the gateway fetches sku, name and prices from the order subgraph.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Product')
export class ProductRef {
  @Field(() => ID)
  id: string;
}
