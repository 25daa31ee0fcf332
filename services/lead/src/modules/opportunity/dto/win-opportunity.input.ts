import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OpportunityLineInput } from './opportunity-line.input';

@InputType()
export class WinOpportunityInput {
  @Field(() => [OpportunityLineInput], {
    nullable: true,
    description: 'What was sold; left out: the products of interest that have a quantity.',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  lines?: OpportunityLineInput[];
}
