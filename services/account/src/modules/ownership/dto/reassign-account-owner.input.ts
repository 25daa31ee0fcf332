import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description: 'Give an account to another owner of the same kind (rep or account manager).',
})
export class ReassignAccountOwnerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id (UUID)' })
  accountId: string;

  @Field(() => ID)
  @Length(1, 200, { message: 'newOwnerId must be 1 to 200 characters' })
  newOwnerId: string;
}
