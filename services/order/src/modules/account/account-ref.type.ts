import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The account service owns Account; this subgraph adds orders, contracts and
 * revenue to it. The stub carries the key only.
 */
@Directive('@key(fields: "id")')
@ObjectType('Account')
export class AccountRef {
  @Field(() => ID)
  id: string;
}
