import { IsOptional, Length } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { TouchpointCadence, TouchpointChannel } from '../touchpoint-enums';

@InputType({ description: 'A touchpoint with a decision maker, planned with marketing.' })
export class PlanTouchpointInput {
  @Input.id({ of: 'account' })
  accountId: string;

  @Input.id({ of: 'contact', description: 'A contact of that account.' })
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
