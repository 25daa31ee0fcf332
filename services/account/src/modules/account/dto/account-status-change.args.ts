import { Input } from '@salesgraph/service-kit';
import { Length } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

/** closeAccountAsLost and reopenAccount: which account, and why. */
@ArgsType()
export class AccountStatusChangeArgs {
  @Input.id()
  accountId: string;

  @Field({ description: 'Why: kept on the account and in its history.' })
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason: string;
}
