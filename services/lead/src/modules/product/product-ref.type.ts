import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The order service's Product, only referenced here (products of interest); the order service resolves it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Product')
export class ProductRef {
  @Field(() => ID)
  id: string;
}
