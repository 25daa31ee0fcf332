import { Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';

@InputType({
  description: 'Give an account to another owner of the same kind (rep or account manager).',
})
export class ReassignAccountOwnerInput {
  @Input.id({ of: 'account' })
  accountId: string;

  @Field(() => ID)
  @Length(1, 200, { message: 'newOwnerId must be 1 to 200 characters' })
  newOwnerId: string;
}
