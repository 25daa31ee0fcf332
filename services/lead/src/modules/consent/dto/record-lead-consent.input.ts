import { Input } from '@salesgraph/service-kit';
import { ArrayMaxSize, ArrayNotEmpty, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Field, GraphQLISODateTime, InputType } from 'type-graphql';
import { ConsentChannel, ConsentSource } from '../consent-enums';

@InputType({
  description:
    "A consent given or withdrawn by a lead's contact, on one or more channels alike (one record each).",
})
export class RecordLeadConsentInput {
  @Input.id({ of: 'lead' })
  leadId: string;

  @Field(() => [ConsentChannel])
  @ArrayNotEmpty({ message: 'channels must name at least one channel' })
  @ArrayMaxSize(4)
  @IsEnum(ConsentChannel, { each: true })
  channels: ConsentChannel[];

  @Field({ description: 'true: consent given; false: withdrawn (or refused).' })
  given: boolean;

  @Field(() => ConsentSource, { description: 'How the person told us.' })
  @IsEnum(ConsentSource)
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
