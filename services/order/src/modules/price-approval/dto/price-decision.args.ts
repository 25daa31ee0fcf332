import { Input } from '@salesgraph/service-kit';
import { IsOptional, Length } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

/** approvePrices and rejectPrices: which request, and the manager's note. */
@ArgsType()
export class PriceDecisionArgs {
  @Input.id()
  approvalId: string;

  @Field(() => String, { nullable: true, description: 'Why; required to reject.' })
  @IsOptional()
  @Length(1, 2000, { message: 'note must be 1 to 2000 characters' })
  note?: string | null;
}
