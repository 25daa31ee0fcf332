import { LoggedActivityRecord, Stored } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { AccountActivityType } from './account-activity-type';

/** A call, e-mail, meeting or visit with a customer: the account team's own record. */
@ObjectType('AccountActivity', {
  description: 'A call, e-mail, meeting or visit with a customer, with notes or a visit report.',
})
@Entity({ name: 'account_activity' })
export class AccountActivity extends LoggedActivityRecord {
  @Stored.id()
  accountId: string;

  @Stored.id({ nullable: true, description: 'The contact met or spoken to.' })
  contactId: string | null;

  @Stored.enum(AccountActivityType)
  type: AccountActivityType;

  @Stored.text({ description: 'What it was about, in a line.' })
  subject: string;
}
