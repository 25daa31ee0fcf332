import type { ConsentChannel, ConsentSource } from '@salesgraph/events';
import { Field, ID, ObjectType } from 'type-graphql';
import { PrimaryColumn } from 'typeorm';
import { Stored } from '../database/stored';
import { ConsentChannelEnum, ConsentSourceEnum } from './consent-enums';

/**
 * The columns and fields of one consent decision on one channel: given or
 * withdrawn, when, how and recorded by whom. A service's consent entity
 * extends it with the person it is about (`leadId`, `contactId`), its table
 * and its index. Append-only: the rows are the consent's history, the latest
 * per channel (`currentConsent` in @salesgraph/events) is in force.
 */
// @ObjectType() so that subclasses inherit the fields; the type itself is in no
// schema (no resolver returns it).
@ObjectType()
export abstract class ConsentRecordFields {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Stored.enum(ConsentChannelEnum)
  channel: ConsentChannel;

  @Stored.boolean({ description: 'true: consent given; false: withdrawn or refused.' })
  given: boolean;

  @Stored.enum(ConsentSourceEnum)
  source: ConsentSource;

  @Stored.userId({ description: 'Who recorded it: a user, or "marketing" for its forms.' })
  recordedBy: string;

  @Stored.dateTime({ description: 'When the person gave or withdrew it.' })
  effectiveAt: Date;

  @Stored.dateTime({ description: 'When it was recorded here.' })
  recordedAt: Date;

  @Stored.text({ nullable: true, description: 'What the person said, where it is written.' })
  note: string | null;
}
