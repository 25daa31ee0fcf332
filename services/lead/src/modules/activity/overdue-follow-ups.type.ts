import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('LeadOverdueFollowUps', { description: 'How far behind one rep is with follow-ups.' })
export class OverdueFollowUps {
  @Field(() => ID)
  ownerId: string;

  @Field(() => Int, { description: 'Open leads whose planned follow-up has passed.' })
  count: number;

  @Field(() => GraphQLISODateTime, { description: 'The follow-up that is most overdue.' })
  oldestDueAt: Date;
}
