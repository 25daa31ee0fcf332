import { Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';

@InputType({ description: 'Make a standard account a key account, owned by an account manager.' })
export class DesignateKeyAccountInput {
  @Input.id({ of: 'account' })
  accountId: string;

  @Field(() => ID, { description: 'The account manager who will own it (a member of your team).' })
  @Length(1, 200, { message: 'accountManagerId must be 1 to 200 characters' })
  accountManagerId: string;
}
