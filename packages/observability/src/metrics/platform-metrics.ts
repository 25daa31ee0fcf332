import { collectDefaultMetrics, Registry } from 'prom-client';
import { GraphQLMetrics } from './graphql-metrics';
import { MessagingMetrics } from './messaging-metrics';
import { StateMetrics } from './state-metrics';

export const DEFAULT_EVENT_LOOP_RESOLUTION_MS = 100;

/**
 * The metrics of one running process (or of one service started in-process
 * by a test): its own registry, so two services in one test never collide.
 * Every series carries `service` (gateway, lead, ...); Prometheus adds the
 * instance. Node's own metrics come with it, event-loop lag among them
 * (nodejs_eventloop_lag_seconds and its percentiles).
 *
 * The percentiles come from a native timer that fires every
 * `eventLoopResolutionMs`: prom-client's 10 ms woke every idle process a
 * hundred times a second. At 100 ms a stall of 100 ms or more is always seen
 * and a shorter one in proportion to its length, which is what the percentiles
 * are read for; nodejs_eventloop_lag_seconds is measured at each scrape and
 * does not depend on it.
 */
export class PlatformMetrics {
  readonly registry = new Registry();
  readonly graphql: GraphQLMetrics;
  readonly messaging: MessagingMetrics;
  readonly state: StateMetrics;

  constructor(
    readonly service: string,
    options: {
      onProbeError?: (probe: string, error: unknown) => void;
      /** The event-loop delay sampling period (default 100 ms); see above. */
      eventLoopResolutionMs?: number;
    } = {},
  ) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({
      register: this.registry,
      eventLoopMonitoringPrecision:
        options.eventLoopResolutionMs ?? DEFAULT_EVENT_LOOP_RESOLUTION_MS,
    });
    this.graphql = new GraphQLMetrics(this.registry);
    this.messaging = new MessagingMetrics(this.registry);
    this.state = new StateMetrics(this.registry, options.onProbeError ?? (() => undefined));
  }

  /** Prometheus' text exposition format. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
