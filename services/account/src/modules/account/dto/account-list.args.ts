import { Input } from '@salesgraph/service-kit';
import { ArgsType, Field } from 'type-graphql';
import { AccountStatus, AccountTier } from '../account-enums';
import { accountListing } from '../account-listing';

@ArgsType()
export class AccountListArgs extends accountListing.Args {
  @Field(() => AccountTier, { nullable: true })
  tier?: AccountTier;

  @Field(() => AccountStatus, { nullable: true })
  status?: AccountStatus;

  @Input.userId({
    nullable: true,
    description: 'Only accounts of this owner (within what you may see).',
  })
  ownerId?: string;
}
