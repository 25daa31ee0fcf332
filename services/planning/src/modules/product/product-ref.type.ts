import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Product belongs to the order service; planning only points at it (targets
 * per product), so the stub needs no reference resolver here.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Product')
export class ProductRef {
  @Field(() => ID)
  id: string;
}
