import { GraphQLLocalDate } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { OverrunPolicy } from '../contract-status';
import { CommitmentInput } from './commitment.input';

@InputType({
  description: 'A supply contract to negotiate (status NEGOTIATING) for an account you manage.',
})
export class CreateContractInput {
  @Input.id()
  accountId: string;

  @Field({
    nullable: true,
    description:
      'ISO 4217: every commitment price is in it; the catalogue’s currency when left out.',
  })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as "EUR"' })
  currency?: string;

  @Field(() => GraphQLLocalDate)
  startDate: string;

  @Field(() => GraphQLLocalDate, { description: 'The last day of the term.' })
  endDate: string;

  @Field(() => OverrunPolicy, { defaultValue: OverrunPolicy.REFUSE })
  overrunPolicy: OverrunPolicy = OverrunPolicy.REFUSE;

  @Field(() => Int, {
    defaultValue: 60,
    description: 'ContractExpiring is raised this many days before the end.',
  })
  @Min(0)
  @Max(730)
  noticeDays: number = 60;

  @Field(() => [CommitmentInput], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  commitments: CommitmentInput[];
}
