import { Input } from '@salesgraph/service-kit';
import { Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** setParentAccount: which account, at which version, under which parent (none: top of its group). */
@ArgsType()
export class SetParentAccountArgs {
  @Input.id({ of: 'account' })
  accountId: string;

  @Field(() => Int, { description: 'The version you last read.' })
  @Min(1)
  expectedVersion: number;

  @Input.id({
    of: 'account',
    nullable: true,
    description: 'The parent company, an account you can see; left out or null: none.',
  })
  parentAccountId?: string | null;
}
