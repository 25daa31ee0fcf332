import { Input } from '@salesgraph/service-kit';
import { IsIn } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PriceApprovalSubject } from '../price-approval-status';

/** requestPriceApproval: the draft order or the contract under negotiation. */
@ArgsType()
export class PriceApprovalRequestArgs {
  @Field(() => PriceApprovalSubject)
  @IsIn(['ORDER', 'CONTRACT'])
  subjectType: PriceApprovalSubject;

  @Input.id({ description: 'The order or contract id.' })
  subjectId: string;
}
