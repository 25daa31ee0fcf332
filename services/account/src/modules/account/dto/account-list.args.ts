import { Input, PageArgs } from '@salesgraph/service-kit';
import { IsOptional, Length } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { AccountStatus, AccountTier } from '../account-enums';

@ArgsType()
export class AccountListArgs extends PageArgs {
  @Field(() => AccountTier, { nullable: true })
  tier?: AccountTier;

  @Field(() => AccountStatus, { nullable: true })
  status?: AccountStatus;

  @Input.userId({
    nullable: true,
    description: 'Only accounts of this owner (within what you may see).',
  })
  ownerId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}
