import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Account belongs to the account service; planning adds `plan` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Account')
export class AccountRef {
  @Field(() => ID)
  id: string;
}
