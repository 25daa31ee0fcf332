import { Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { AccountIdField } from './account-id.field';

/** setParentAccount: which account, at which version, under which parent (none: top of its group). */
@ArgsType()
export class SetParentAccountArgs {
  @AccountIdField()
  accountId: string;

  @Field(() => Int, { description: 'The version you last read.' })
  @Min(1)
  expectedVersion: number;

  @AccountIdField({
    nullable: true,
    description: 'The parent company, an account you can see; left out or null: none.',
  })
  parentAccountId?: string | null;
}
