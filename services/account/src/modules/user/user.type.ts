import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The person behind a token; the account subgraph adds their accounts. */
@Directive('@key(fields: "id")')
@ObjectType()
export class User {
  @Field(() => ID)
  id: string;
}
