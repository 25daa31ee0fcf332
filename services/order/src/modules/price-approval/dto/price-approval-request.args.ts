import { Input } from '@salesgraph/service-kit';
import { IsIn } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PriceApprovalSubject } from '../price-approval-status';

/** requestPriceApproval: the draft order, the contract under negotiation or the draft quote. */
@ArgsType()
export class PriceApprovalRequestArgs {
  @Field(() => PriceApprovalSubject)
  @IsIn(['ORDER', 'CONTRACT', 'QUOTE'])
  subjectType: PriceApprovalSubject;

  @Input.id({ description: 'The order, contract or quote id.' })
  subjectId: string;
}
