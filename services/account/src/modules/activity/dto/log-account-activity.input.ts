import { IsDate, IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { AccountIdField } from '../../account/dto/account-id.field';
import { AccountActivityType } from '../account-activity-type';

/** That a VISIT needs its report is checked by AccountActivityService (the fields depend on each other). */
@InputType({ description: 'A call, e-mail, meeting or visit with a customer.' })
export class LogAccountActivityInput {
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

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it happened; now when left out.',
  })
  @IsOptional()
  @IsDate()
  occurredAt?: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 5000)
  notes?: string;

  @Field(() => String, { nullable: true, description: 'Required for a VISIT, and only there.' })
  @IsOptional()
  @Length(1, 20000)
  @Matches(/\S/, { message: 'visitReport must not be blank' })
  visitReport?: string;
}
