import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';

const tracer = trace.getTracer('@salesgraph/observability');

/**
 * Runs an HTTP request's work in a SERVER span that continues the caller's
 * trace (its W3C `traceparent` header): the gateway continues a front end's
 * trace, a subgraph the gateway's. The GraphQL plugin renames the span after
 * the operation. A no-op span when tracing is off.
 */
export function inServerSpan<T>(
  request: IncomingMessage,
  response: ServerResponse,
  attributes: Record<string, string>,
  work: () => Promise<T>,
): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, request.headers);
  const path = (request.url ?? '/').split('?')[0];
  return tracer.startActiveSpan(
    `${request.method ?? 'GET'} ${path}`,
    {
      kind: SpanKind.SERVER,
      attributes: {
        'http.request.method': request.method ?? 'GET',
        'url.path': path,
        ...attributes,
      },
    },
    parent,
    async (span) => {
      try {
        return await work();
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.setAttribute('http.response.status_code', response.statusCode);
        if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
    },
  );
}

/** Adds the active context's `traceparent` (and `tracestate`) to outgoing headers. */
export function injectTraceHeaders(set: (name: string, value: string) => void): void {
  propagation.inject(context.active(), undefined, {
    set: (_carrier, name, value) => set(name, value),
  });
}
