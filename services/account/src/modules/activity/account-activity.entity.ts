import { Stored } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { AccountActivityType } from './account-activity-type';

/** A call, e-mail, meeting or visit with a customer: the account team's own record. */
@ObjectType('AccountActivity', {
  description: 'A call, e-mail, meeting or visit with a customer, with notes or a visit report.',
})
@Entity({ name: 'account_activity' })
export class AccountActivity {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Stored.id()
  accountId: string;

  @Stored.id({ nullable: true, description: 'The contact met or spoken to.' })
  contactId: string | null;

  @Stored.enum(AccountActivityType)
  type: AccountActivityType;

  @Stored.text({ description: 'What it was about, in a line.' })
  subject: string;

  @Stored.text({ nullable: true })
  notes: string | null;

  @Stored.text({ nullable: true, description: 'Who was met and what was agreed; VISIT only.' })
  visitReport: string | null;

  @Stored.dateTime()
  occurredAt: Date;

  @Stored.userId()
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
