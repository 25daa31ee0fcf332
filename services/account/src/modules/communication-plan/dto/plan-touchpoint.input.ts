import { IsOptional, IsUUID, Length } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { TouchpointCadence, TouchpointChannel } from '../touchpoint-enums';
import { AccountIdField } from '../../account/dto/account-id.field';

@InputType({ description: 'A touchpoint with a decision maker, planned with marketing.' })
export class PlanTouchpointInput {
  @AccountIdField()
  accountId: string;

  @Field(() => ID, { description: 'A contact of that account.' })
  @IsUUID('all', { message: 'contactId must be a contact id (UUID)' })
  contactId: string;

  @Field(() => TouchpointChannel)
  channel: TouchpointChannel;

  @Field(() => TouchpointCadence)
  cadence: TouchpointCadence;

  @Field()
  @Length(1, 500, { message: 'purpose must be 1 to 500 characters' })
  purpose: string;

  @Field(() => GraphQLLocalDate, { description: 'First due date, today or later.' })
  nextDate: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who carries it out, e.g. someone in marketing; yourself by default.',
  })
  @IsOptional()
  @Length(1, 200, { message: 'ownerId must be 1 to 200 characters' })
  ownerId?: string;
}
