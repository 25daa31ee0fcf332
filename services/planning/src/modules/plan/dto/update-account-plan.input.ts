import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'Changes the objectives or competitor-defence notes of a draft plan; what you leave out stays.',
})
export class UpdateAccountPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'planId must be a UUID' })
  planId: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 500, { each: true, message: 'each objective must be 1 to 500 characters' })
  objectives?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  competitorDefenceNotes?: string;
}
