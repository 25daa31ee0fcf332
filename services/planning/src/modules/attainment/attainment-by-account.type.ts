import { Field, ID, ObjectType } from 'type-graphql';
import { AccountRef } from '../account/account-ref.type';
import { AttainmentAmounts } from './attainment-amounts.type';

@ObjectType({ description: 'What one customer account contributed to an attainment.' })
export class AttainmentByAccount extends AttainmentAmounts {
  @Field(() => ID)
  accountId: string;

  @Field(() => AccountRef)
  account: AccountRef;
}
