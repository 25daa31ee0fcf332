import { Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';

@InputType({ description: 'A relationship action for a plan: what, who and by when.' })
export class AddRelationshipActionInput {
  @Input.id()
  planId: string;

  @Field()
  @Length(1, 1000, { message: 'description must be 1 to 1000 characters' })
  description: string;

  @Input.userId({
    nullable: true,
    description: 'Who does it; the plan’s account manager when left out.',
  })
  ownerId?: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be a date such as "2026-03-31"' })
  dueDate: string;
}
