import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';

@InputType({
  description:
    'Changes the objectives or competitor-defence notes of a draft plan; what you leave out stays.',
})
export class UpdateAccountPlanInput {
  @Input.id()
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
