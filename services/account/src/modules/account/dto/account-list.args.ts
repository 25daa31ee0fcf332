import { IsOptional, Length } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { AccountStatus, AccountTier } from '../account-enums';
import { accountListing } from '../account-listing';

@ArgsType()
export class AccountListArgs extends accountListing.Args {
  @Field(() => AccountTier, { nullable: true })
  tier?: AccountTier;

  @Field(() => AccountStatus, { nullable: true })
  status?: AccountStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'Only accounts of this owner (within what you may see).',
  })
  @IsOptional()
  @Length(1, 200)
  ownerId?: string;
}
