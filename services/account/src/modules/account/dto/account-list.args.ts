import { PageArgs } from '@salesgraph/service-kit';
import { IsOptional, Length } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { AccountStatus, AccountTier } from '../account-enums';

@ArgsType()
export class AccountListArgs extends PageArgs {
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

  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}
