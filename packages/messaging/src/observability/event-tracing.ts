import type { Envelope, EventTraceContext } from '@salesgraph/events';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
} from '@opentelemetry/api';
import type { IncomingMessage } from '../kafka/message';

/**
 * Traces across Kafka, with the OpenTelemetry API only (a no-op until a
 * process turns tracing on): the outbox writes the trace context of a
 * PRODUCER span into the envelope (`traceparent`, CloudEvents' tracing
 * extension); the relay's publish and every consumer's processing become
 * spans under it, and what a handler writes continues the same trace.
 */
const tracer = trace.getTracer('@salesgraph/messaging');

/** A "create" span for an event appended to the outbox, and the trace context to store with it. */
export function traceEventCreation(
  topic: string,
  eventType: string,
  id: string,
): EventTraceContext {
  if (!trace.getActiveSpan()) return {};
  const span = tracer.startSpan(`create ${topic}`, {
    kind: SpanKind.PRODUCER,
    attributes: {
      'messaging.system': 'kafka',
      'messaging.operation.type': 'create',
      'messaging.destination.name': topic,
      'messaging.message.id': id,
      'cloudevents.event_type': eventType,
    },
  });
  const carrier: EventTraceContext = {};
  propagation.inject(trace.setSpan(context.active(), span), carrier);
  span.end();
  return carrier;
}

/** The context an event's trace continues from; the root context when it carries none (or one unreadable). */
export function contextOfEvent(event: { traceparent?: unknown; tracestate?: unknown }): Context {
  if (typeof event.traceparent !== 'string' || !event.traceparent) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, {
    traceparent: event.traceparent,
    ...(typeof event.tracestate === 'string' ? { tracestate: event.tracestate } : {}),
  });
}

/** One PRODUCER span per published row, under the span that wrote it; ended by the caller. */
export function startPublishSpans(
  topic: string,
  rows: Array<{ id: string; traceparent: string | null; tracestate: string | null }>,
): Span[] {
  return rows.map((row) =>
    tracer.startSpan(
      `publish ${topic}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          'messaging.system': 'kafka',
          'messaging.operation.type': 'send',
          'messaging.destination.name': topic,
          'messaging.message.id': row.id,
        },
      },
      contextOfEvent(row),
    ),
  );
}

export function endSpans(spans: Span[], error?: unknown): void {
  for (const span of spans) {
    if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
    span.end();
  }
}

/** Runs a handler attempt in a CONSUMER span under the event's producer span. */
export function inConsumerSpan<T>(
  group: string,
  message: IncomingMessage,
  event: Envelope,
  work: () => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(
    `process ${message.topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': message.topic,
        'messaging.consumer.group.name': group,
        'messaging.destination.partition.id': String(message.partition),
        'messaging.kafka.offset': Number(message.offset),
        'messaging.message.id': event.id,
        'cloudevents.event_type': event.type,
        'salesgraph.correlation_id': event.correlationid,
      },
    },
    contextOfEvent(event),
    async (span) => {
      try {
        return await work();
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
