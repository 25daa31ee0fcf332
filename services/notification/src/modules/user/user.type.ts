import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The person behind a token; the notification subgraph adds their notifications. */
@Directive('@key(fields: "id")')
@ObjectType()
export class User {
  @Field(() => ID)
  id: string;
}
