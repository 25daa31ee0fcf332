import { randomUUID } from 'node:crypto';
import type { EventDefinition } from './event-definition';
import {
  EnvelopeSchema,
  type Envelope,
  type EventContext,
  type EventTraceContext,
} from './envelope';
import { findEventDefinition } from './catalog';
import { describeIssues, EventValidationError } from './validation-error';
import type { z } from 'zod';

export interface CreateEnvelopeOptions extends EventContext {
  /** CloudEvents `source`, e.g. "salesgraph/lead". */
  source: string;
  id?: string;
  time?: Date;
  /** The producing span's trace context, when tracing is on. */
  trace?: EventTraceContext;
}

/**
 * Builds the envelope for one event, validating the data against its contract
 * first: a producer never publishes what its consumers would reject.
 */
export function createEnvelope<TType extends string, TSchema extends z.ZodType>(
  definition: EventDefinition<TType, TSchema>,
  data: z.input<TSchema>,
  options: CreateEnvelopeOptions,
): Envelope<TType, z.infer<TSchema>> {
  const parsed = definition.schema.safeParse(data);
  if (!parsed.success)
    throw new EventValidationError(definition.type, describeIssues(parsed.error));
  const value = parsed.data as z.infer<TSchema>;
  return {
    specversion: '1.0',
    id: options.id ?? randomUUID(),
    source: options.source,
    type: definition.type,
    time: (options.time ?? new Date()).toISOString(),
    subject: definition.subjectOf(value),
    datacontenttype: 'application/json',
    correlationid: options.correlationId,
    ...(options.causationId ? { causationid: options.causationId } : {}),
    ...(options.actor.id ? { actorid: options.actor.id } : {}),
    actortype: options.actor.type,
    ...(options.trace?.traceparent ? { traceparent: options.trace.traceparent } : {}),
    ...(options.trace?.tracestate ? { tracestate: options.trace.tracestate } : {}),
    data: value,
  };
}

export type DecodeFailureKind =
  'MALFORMED_JSON' | 'INVALID_ENVELOPE' | 'UNKNOWN_TYPE' | 'INVALID_DATA';

export type DecodeResult =
  | { ok: true; envelope: Envelope; definition: EventDefinition }
  | { ok: false; kind: DecodeFailureKind; reason: string; type?: string };

/**
 * Parses and validates a message value as consumers see it. Never throws:
 * a failure says what was wrong, for the dead-letter topic.
 */
export function decodeEvent(value: Buffer | string | null | undefined): DecodeResult {
  if (value == null || value.length === 0)
    return { ok: false, kind: 'MALFORMED_JSON', reason: 'empty message value' };
  let json: unknown;
  try {
    json = JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
  } catch (error) {
    return {
      ok: false,
      kind: 'MALFORMED_JSON',
      reason: `value is not JSON: ${(error as Error).message}`,
    };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      kind: 'INVALID_ENVELOPE',
      reason: `envelope: ${describeIssues(envelope.error)}`,
    };
  }
  const definition = findEventDefinition(envelope.data.type);
  if (!definition) {
    return {
      ok: false,
      kind: 'UNKNOWN_TYPE',
      type: envelope.data.type,
      reason: `unknown event type ${envelope.data.type}`,
    };
  }
  const data = definition.schema.safeParse(envelope.data.data);
  if (!data.success) {
    return {
      ok: false,
      kind: 'INVALID_DATA',
      type: definition.type,
      reason: `data: ${describeIssues(data.error)}`,
    };
  }
  return { ok: true, definition, envelope: { ...envelope.data, data: data.data } };
}

/** Narrows a decoded envelope to one contract, for typed handlers. */
export function isEvent<TType extends string, TSchema extends z.ZodType>(
  envelope: Envelope,
  definition: EventDefinition<TType, TSchema>,
): envelope is Envelope<TType, z.infer<TSchema>> {
  return envelope.type === definition.type;
}
