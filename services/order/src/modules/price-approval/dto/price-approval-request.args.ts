import { IsIn, IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { PriceApprovalSubject } from '../price-approval-status';

/** requestPriceApproval: the draft order or the contract under negotiation. */
@ArgsType()
export class PriceApprovalRequestArgs {
  @Field(() => PriceApprovalSubject)
  @IsIn(['ORDER', 'CONTRACT'])
  subjectType: PriceApprovalSubject;

  @Field(() => ID, { description: 'The order or contract id.' })
  @IsUUID('all', { message: 'subjectId must be a UUID' })
  subjectId: string;
}
