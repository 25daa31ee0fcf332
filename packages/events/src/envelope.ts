import { z } from 'zod';

/**
 * The envelope every event travels in, in CloudEvents 1.0 structured mode:
 * the Kafka message value is this JSON object and the key is `subject`, the
 * aggregate id, so one aggregate's events stay in order on one partition.
 *
 * Extension attributes follow CloudEvents naming (lower-case, no separators):
 * - correlationid: the request or flow that started it all;
 * - causationid: the id of the event or request that directly caused this one;
 * - actorid / actortype: who acted (a user, a service reacting to an event, or
 *   an external system such as marketing's automation);
 * - traceparent / tracestate: the W3C trace context of the span that wrote the
 *   event (CloudEvents' distributed-tracing extension), so that a consumer's
 *   work joins the producer's trace. Optional; a value tracing cannot read is
 *   ignored, never a reason to refuse the event.
 */
export const ActorType = z.enum(['user', 'service', 'system']);
export type ActorType = z.infer<typeof ActorType>;

export const EnvelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.uuid(),
  source: z.string().min(1).max(200),
  type: z
    .string()
    .regex(/^[a-z]+\.[A-Za-z]+\.v\d+$/, 'must look like "<context>.<EventName>.v<version>"'),
  time: z.iso.datetime({ offset: true }),
  subject: z.string().min(1).max(200),
  datacontenttype: z.literal('application/json'),
  correlationid: z.string().min(1).max(200),
  causationid: z.string().min(1).max(200).optional(),
  actorid: z.string().min(1).max(200).optional(),
  actortype: ActorType,
  traceparent: z.string().max(256).optional(),
  tracestate: z.string().max(512).optional(),
  data: z.unknown(),
});

export type Envelope<TType extends string = string, TData = unknown> = Omit<
  z.infer<typeof EnvelopeSchema>,
  'type' | 'data'
> & { type: TType; data: TData };

/** Who caused an event: carried into the envelope's actor attributes. */
export interface Actor {
  id?: string;
  type: ActorType;
}

/** What a producer knows about the cause of an event beyond its data. */
export interface EventContext {
  correlationId: string;
  causationId?: string;
  actor: Actor;
}

/** The W3C trace context an event carries (CloudEvents distributed-tracing extension). */
export interface EventTraceContext {
  traceparent?: string;
  tracestate?: string;
}
