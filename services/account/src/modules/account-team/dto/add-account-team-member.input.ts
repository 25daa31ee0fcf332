import { Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { InternalDepartment } from '../department';

@InputType({ description: 'Someone inside the company who serves the account.' })
export class AddAccountTeamMemberInput {
  @Input.id({ of: 'account' })
  accountId: string;

  @Field(() => ID, { description: 'Their user id at the identity provider.' })
  @Length(1, 200, { message: 'userId must be 1 to 200 characters' })
  userId: string;

  @Field()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name: string;

  @Field(() => InternalDepartment)
  department: InternalDepartment;

  @Field({ description: 'Their role for this account, e.g. "Application engineer".' })
  @Length(1, 200, { message: 'role must be 1 to 200 characters' })
  role: string;
}
