import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The account service's Account, which this subgraph extends with `opportunities`. */
@Directive('@key(fields: "id")')
@ObjectType('Account')
export class AccountRef {
  @Field(() => ID)
  id: string;
}
