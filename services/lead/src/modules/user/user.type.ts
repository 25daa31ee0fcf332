import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The person behind a token; the lead subgraph adds their leads, opportunities and overdue follow-ups. */
@Directive('@key(fields: "id")')
@ObjectType()
export class User {
  @Field(() => ID)
  id: string;
}
