import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The person behind a token; the order subgraph adds their orders. */
@Directive('@key(fields: "id")')
@ObjectType()
export class User {
  @Field(() => ID)
  id: string;
}
