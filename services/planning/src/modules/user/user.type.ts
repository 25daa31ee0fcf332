import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The person behind a token; the planning subgraph adds their targets and attainment. */
@Directive('@key(fields: "id")')
@ObjectType()
export class User {
  @Field(() => ID)
  id: string;
}
