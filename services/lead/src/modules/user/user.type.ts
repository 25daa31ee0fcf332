import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The person behind a token; the lead subgraph adds their leads. */
@Directive('@key(fields: "id")')
@ObjectType()
export class User {
  @Field(() => ID)
  id: string;
}
