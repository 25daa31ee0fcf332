import { IsUUID, Length } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

/** closeAccountAsLost and reopenAccount: which account, and why. */
@ArgsType()
export class AccountStatusChangeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be a UUID' })
  accountId: string;

  @Field({ description: 'Why: kept on the account and in its history.' })
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason: string;
}
