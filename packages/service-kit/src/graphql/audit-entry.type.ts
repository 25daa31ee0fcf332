import { GraphQLJSONObject } from 'graphql-scalars';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

/**
 * One change to an entity: the event the owning service emitted. Shared by
 * every subgraph (hence @shareable): `history` fields return it.
 */
@Directive('@shareable')
@ObjectType({ description: 'A recorded change: which event, who acted and when.' })
export class AuditEntry {
  @Field(() => ID)
  eventId: string;

  @Field({ description: 'Versioned event type, e.g. lead.LeadQualified.v1' })
  eventType: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Who acted: a user id, or the name of the service that reacted to an event; null when an outside system (marketing automation) acted.',
  })
  actorId: string | null;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field()
  correlationId: string;

  @Field(() => GraphQLJSONObject, {
    description:
      'The event data as published, less the fields you may not see (named in `redacted`).',
  })
  data: Record<string, unknown>;

  @Field(() => [String], {
    description:
      'Fields of the data left out because you may not see them, e.g. "order.lines[].unitCost" or "order.margin" without access to costs and margins; empty when nothing was.',
  })
  redacted: string[];
}
