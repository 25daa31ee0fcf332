import { GraphQLLocalDate } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { OverrunPolicy } from '../contract-status';
import { CommitmentInput } from './commitment.input';

@InputType({
  description:
    'Changes to a contract under negotiation; commitments, when given, replace all of them.',
})
export class UpdateContractInput {
  @Input.id()
  contractId: string;

  @Field(() => Int, { description: 'The contract version you saw.' })
  @Min(1)
  expectedVersion: number;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  startDate?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  endDate?: string;

  @Field(() => OverrunPolicy, { nullable: true })
  @IsOptional()
  overrunPolicy?: OverrunPolicy;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(730)
  noticeDays?: number;

  @Field(() => [CommitmentInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  commitments?: CommitmentInput[];
}
