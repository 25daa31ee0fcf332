import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { UserIdField } from '../../user/dto/user-id.field';

@InputType()
export class AssignLeadInput {
  @UserIdField({ description: 'A sales rep in a team you manage.' })
  ownerId: string;

  @Field(() => String, { nullable: true, description: 'Why; recorded in LeadAssigned.' })
  @IsOptional()
  @Length(1, 500)
  reason?: string;
}
