import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('DeadLetterHeader', { description: 'One Kafka header of a dead letter.' })
export class DeadLetterHeaderView {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType('DeadLetterRedrive', {
  description: 'Who sent a dead letter back to its topic, and when.',
})
export class DeadLetterRedriveView {
  @Field({ description: 'The user id of the admin who decided it.' })
  by: string;

  @Field({ description: 'RFC 3339.' })
  at: string;
}

@ObjectType('DeadLetter', {
  description:
    'An event a consumer gave up on, kept byte for byte in <topic>.dlq with why, by whom and where it came from.',
})
export class DeadLetterView {
  @Field({ description: '"<partition>:<offset>" in the dead-letter topic: how it is named.' })
  position: string;

  @Field({ description: 'The event topic it came from, e.g. "lead.events.v1".' })
  topic: string;

  @Field({ nullable: true, description: 'The original Kafka key (the aggregate id).' })
  key?: string;

  @Field({ nullable: true })
  eventId?: string;

  @Field({ nullable: true })
  eventType?: string;

  @Field({
    nullable: true,
    description:
      'MALFORMED_JSON, INVALID_ENVELOPE, UNKNOWN_TYPE, INVALID_DATA, HANDLER_FAILED, INFRASTRUCTURE_UNAVAILABLE or REJECTED.',
  })
  kind?: string;

  @Field({ nullable: true })
  reason?: string;

  @Field({ nullable: true, description: 'The consumer group that gave up on it.' })
  consumer?: string;

  @Field(() => Int, { nullable: true })
  attempts?: number;

  @Field({ nullable: true, description: 'RFC 3339.' })
  failedAt?: string;

  @Field(() => [DeadLetterRedriveView], { description: 'Every redrive, oldest first.' })
  redrives: DeadLetterRedriveView[];

  @Field(() => [DeadLetterHeaderView])
  headers: DeadLetterHeaderView[];

  @Field({ nullable: true, description: 'The original message value as text (possibly not JSON).' })
  payload?: string;

  @Field({ description: 'Whether `payload` was cut at 100,000 characters.' })
  payloadTruncated: boolean;
}

@ObjectType('DeadLetterPage', { description: 'One page of a topic’s dead letters.' })
export class DeadLetterPageView {
  @Field(() => Int, { description: 'Dead letters of the topic that match, on every page.' })
  total: number;

  @Field(() => Int, { description: 'Of the topic’s dead letters, those never redriven.' })
  notRedriven: number;

  @Field(() => [DeadLetterView], { description: 'Oldest first, per partition.' })
  letters: DeadLetterView[];
}
