import { IsBoolean, IsEnum, IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { LeadOrigin } from '../lead-origin';
import { LeadStatus } from '../lead-status';

@InputType({ description: 'Narrows a list of leads; every condition given must hold.' })
export class LeadFilterInput {
  @Field(() => [LeadStatus], { nullable: true })
  @IsOptional()
  @IsEnum(LeadStatus, { each: true })
  status?: LeadStatus[];

  @Field(() => LeadOrigin, { nullable: true })
  @IsOptional()
  @IsEnum(LeadOrigin)
  origin?: LeadOrigin;

  @Input.userId({ nullable: true })
  ownerId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  campaign?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only the unassigned queue.' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only open leads whose planned follow-up is past.',
  })
  @IsOptional()
  @IsBoolean()
  overdueFollowUp?: boolean;
}
