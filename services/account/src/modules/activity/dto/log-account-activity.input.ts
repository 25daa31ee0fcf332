import { Input, LoggedActivityInput } from '@salesgraph/service-kit';
import { IsEnum, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { AccountActivityType } from '../account-activity-type';

/** When it happened, its notes and visit report are every logged activity's. */
@InputType({ description: 'A call, e-mail, meeting or visit with a customer.' })
export class LogAccountActivityInput extends LoggedActivityInput {
  @Input.id({ of: 'account' })
  accountId: string;

  @Input.id({
    of: 'contact',
    nullable: true,
    description: 'The contact met or spoken to: it counts as an interaction with them.',
  })
  contactId?: string;

  @Field(() => AccountActivityType)
  @IsEnum(AccountActivityType)
  type: AccountActivityType;

  @Field({ description: 'What it was about, in a line.' })
  @Length(1, 300)
  @Matches(/\S/, { message: 'subject must not be blank' })
  subject: string;
}
