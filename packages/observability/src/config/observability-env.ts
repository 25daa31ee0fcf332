import { z } from 'zod';

const optionalUrl = z.url().optional();

/**
 * What every process reads about its metrics and traces. The OTEL_* names are
 * OpenTelemetry's standard variables, so an operator configures SalesGraph as
 * any other instrumented program; they are read here, once, with the rest of
 * the process' configuration.
 */
export const observabilityEnvShape = {
  /**
   * The port of the metrics listener (GET /metrics, Prometheus' text format),
   * apart from the port clients call. Unset: no listener. 0: a free port.
   */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Where the metrics listener binds; the process' HOST when unset. */
  METRICS_HOST: z.string().min(1).optional(),
  /**
   * How often the event-loop delay histogram is sampled (its percentiles in
   * /metrics). Each sample wakes the process; unset, 100 ms: ten wake-ups a
   * second (PlatformMetrics).
   */
  METRICS_EVENT_LOOP_RESOLUTION_MS: z.coerce.number().int().min(1).max(10_000).optional(),
  /** "true" turns tracing off whatever else is set (the SDK's standard switch). */
  OTEL_SDK_DISABLED: z.enum(['true', 'false']).default('false'),
  /** "otlp" exports spans; "none" does not. Unset: export when an OTLP endpoint is set. */
  OTEL_TRACES_EXPORTER: z.enum(['otlp', 'none']).optional(),
  /** The collector's base URL; traces go to <endpoint>/v1/traces (OTLP over HTTP, JSON). */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  /** The full traces URL, when it is not <endpoint>/v1/traces. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optionalUrl,
  /** Extra request headers for the collector: "name=value,name2=value2" (e.g. an API key). */
  OTEL_EXPORTER_OTLP_HEADERS: z.string().optional(),
  /** The service.name of every span; the process' own name when unset. */
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  /** always_on, always_off, traceidratio, or parentbased_ of these (the default: parentbased_always_on). */
  OTEL_TRACES_SAMPLER: z
    .enum([
      'always_on',
      'always_off',
      'traceidratio',
      'parentbased_always_on',
      'parentbased_always_off',
      'parentbased_traceidratio',
    ])
    .default('parentbased_always_on'),
  /** The ratio of the *traceidratio samplers, 0 to 1. */
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
  /** Milliseconds between two exports of finished spans (the SDK's default is 5000). */
  OTEL_BSP_SCHEDULE_DELAY: z.coerce.number().int().min(1).default(5_000),
  /** Comma-separated resource attributes, e.g. "deployment.environment=prod,k8s.pod.name=lead-0". */
  OTEL_RESOURCE_ATTRIBUTES: z.string().optional(),
};

export const ObservabilityEnv = z.object(observabilityEnvShape);
export type ObservabilityEnv = z.infer<typeof ObservabilityEnv>;

/**
 * Where spans go, or undefined when tracing is off: off unless an OTLP
 * endpoint or OTEL_TRACES_EXPORTER=otlp is configured (so development, which
 * sets neither, traces nothing), and off whenever OTEL_SDK_DISABLED or
 * OTEL_TRACES_EXPORTER=none says so.
 */
export function tracesEndpointOf(env: ObservabilityEnv): string | undefined {
  if (env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none') return undefined;
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT)
    return `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`;
  // Asked for by name without an address: the specification's default, a collector beside the process.
  return env.OTEL_TRACES_EXPORTER === 'otlp' ? 'http://localhost:4318/v1/traces' : undefined;
}

/** "a=1,b=2" as a record; empty entries are ignored, values are URL-decoded as the spec says. */
export function keyValueList(text: string | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of (text ?? '').split(',')) {
    const at = entry.indexOf('=');
    if (at <= 0) continue;
    result[entry.slice(0, at).trim()] = decodeURIComponent(entry.slice(at + 1).trim());
  }
  return result;
}
