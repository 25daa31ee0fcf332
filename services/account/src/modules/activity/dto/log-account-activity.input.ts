import { LoggedActivityInput } from '@salesgraph/service-kit';
import { IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AccountIdField } from '../../account/dto/account-id.field';
import { AccountActivityType } from '../account-activity-type';

/** When it happened, its notes and visit report are every logged activity's. */
@InputType({ description: 'A call, e-mail, meeting or visit with a customer.' })
export class LogAccountActivityInput extends LoggedActivityInput {
  @AccountIdField()
  accountId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The contact met or spoken to: it counts as an interaction with them.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'contactId must be a contact id (UUID)' })
  contactId?: string;

  @Field(() => AccountActivityType)
  @IsEnum(AccountActivityType)
  type: AccountActivityType;

  @Field({ description: 'What it was about, in a line.' })
  @Length(1, 300)
  @Matches(/\S/, { message: 'subject must not be blank' })
  subject: string;
}
