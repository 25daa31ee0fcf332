import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class AssignLeadInput {
  @Field(() => ID, { description: 'A sales rep in a team you manage.' })
  @Length(1, 200)
  ownerId: string;

  @Field(() => String, { nullable: true, description: 'Why; recorded in LeadAssigned.' })
  @IsOptional()
  @Length(1, 500)
  reason?: string;
}
