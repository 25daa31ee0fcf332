import type { ConsentChannel, ConsentSource } from '@salesgraph/events';
import { ArrayMaxSize, ArrayNotEmpty, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Field, GraphQLISODateTime, InputType } from 'type-graphql';
import { ConsentChannelEnum, ConsentSourceEnum } from './consent-enums';

/**
 * What a user says about a person's consent, on one or more channels alike.
 * A service's input extends it with the person (`leadId`, `contactId`).
 */
// @InputType() so that subclasses inherit the fields; no argument takes it itself.
@InputType()
export abstract class ConsentDecisionInput {
  @Field(() => [ConsentChannelEnum])
  @ArrayNotEmpty({ message: 'channels must name at least one channel' })
  @ArrayMaxSize(4)
  @IsEnum(ConsentChannelEnum, { each: true })
  channels: ConsentChannel[];

  @Field({ description: 'true: consent given; false: withdrawn (or refused).' })
  given: boolean;

  @Field(() => ConsentSourceEnum, { description: 'How the person told us.' })
  @IsEnum(ConsentSourceEnum)
  source: ConsentSource;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the person gave or withdrew it (default: now); never in the future.',
  })
  @IsOptional()
  effectiveAt?: Date;

  @Field({ nullable: true, description: 'What the person said, or where it is written.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}
