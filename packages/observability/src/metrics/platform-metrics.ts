import { collectDefaultMetrics, Registry } from 'prom-client';
import { GraphQLMetrics } from './graphql-metrics';
import { MessagingMetrics } from './messaging-metrics';
import { StateMetrics } from './state-metrics';

/**
 * The metrics of one running process (or of one service started in-process
 * by a test): its own registry, so two services in one test never collide.
 * Every series carries `service` (gateway, lead, ...); Prometheus adds the
 * instance. Node's own metrics come with it, event-loop lag among them
 * (nodejs_eventloop_lag_seconds and its percentiles).
 */
export class PlatformMetrics {
  readonly registry = new Registry();
  readonly graphql: GraphQLMetrics;
  readonly messaging: MessagingMetrics;
  readonly state: StateMetrics;

  constructor(
    readonly service: string,
    options: { onProbeError?: (probe: string, error: unknown) => void } = {},
  ) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
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
