import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';

@InputType()
export class AssignLeadInput {
  @Input.userId({ description: 'A sales rep in a team you manage.' })
  ownerId: string;

  @Field(() => String, { nullable: true, description: 'Why; recorded in LeadAssigned.' })
  @IsOptional()
  @Length(1, 500)
  reason?: string;
}
