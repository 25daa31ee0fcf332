import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
} from '@opentelemetry/sdk-trace-base';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { keyValueList, tracesEndpointOf, type ObservabilityEnv } from '../config/observability-env';

export interface Tracing {
  /** Where spans are exported, or undefined when tracing is off. */
  endpoint?: string;
  /** Exports what is left and stops; the last step of a shutdown. */
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

/**
 * Turns tracing on for this process when its configuration asks for it (see
 * `tracesEndpointOf`): W3C trace context in and out, spans batched to an OTLP
 * collector over HTTP. Off, the OpenTelemetry API stays a no-op and costs
 * nothing. Once per process: a second call (a test that starts two services
 * in one process) shares the first one's provider.
 */
export function startTracing(service: string, env: ObservabilityEnv): Tracing {
  const endpoint = tracesEndpointOf(env);
  if (!endpoint) return { shutdown: async () => undefined };
  if (active) return { endpoint: active.endpoint, shutdown: async () => undefined };
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      ...keyValueList(env.OTEL_RESOURCE_ATTRIBUTES),
      [ATTR_SERVICE_NAME]: env.OTEL_SERVICE_NAME ?? service,
    }),
    sampler: samplerOf(env),
    spanProcessors: [
      new BatchSpanProcessor(
        new OTLPTraceExporter({
          url: endpoint,
          headers: keyValueList(env.OTEL_EXPORTER_OTLP_HEADERS),
        }),
        { scheduledDelayMillis: env.OTEL_BSP_SCHEDULE_DELAY },
      ),
    ],
  });
  // The global tracer provider, AsyncLocalStorage context and the W3C traceparent propagator.
  provider.register();
  const tracing: Tracing = {
    endpoint,
    shutdown: async () => {
      active = undefined;
      await provider.shutdown();
    },
  };
  active = tracing;
  return tracing;
}

function samplerOf(env: ObservabilityEnv): Sampler {
  const ratio = new TraceIdRatioBasedSampler(env.OTEL_TRACES_SAMPLER_ARG);
  switch (env.OTEL_TRACES_SAMPLER) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio;
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio });
    default:
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}
