import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A relationship action for a plan: what, who and by when.' })
export class AddRelationshipActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'planId must be a UUID' })
  planId: string;

  @Field()
  @Length(1, 1000, { message: 'description must be 1 to 1000 characters' })
  description: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who does it; the plan’s account manager when left out.',
  })
  @IsOptional()
  @Length(1, 200)
  ownerId?: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be a date such as "2026-03-31"' })
  dueDate: string;
}
