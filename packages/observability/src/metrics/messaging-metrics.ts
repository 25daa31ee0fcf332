import { Counter, Histogram, type Registry } from 'prom-client';
import { latencyBuckets } from './buckets';

/**
 * What the messaging package reports as it works (it calls these through its
 * MessagingObserver interface, without knowing about Prometheus): handler
 * latency and retries, dead letters, the relay's publishing.
 */
export class MessagingMetrics {
  readonly handlerDuration: Histogram<'group' | 'event_type' | 'outcome'>;
  readonly handlerRetries: Counter<'group' | 'event_type' | 'cause'>;
  readonly deadLetters: Counter<'topic' | 'kind'>;
  readonly publishDuration: Histogram<'topic' | 'outcome'>;
  readonly published: Counter<'topic'>;

  constructor(registry: Registry) {
    this.handlerDuration = new Histogram({
      name: 'salesgraph_event_handler_duration_seconds',
      help: 'Time to handle one consumed event to its end (retries included), by consumer group, event type and outcome.',
      labelNames: ['group', 'event_type', 'outcome'],
      buckets: latencyBuckets,
      registers: [registry],
    });
    this.handlerRetries = new Counter({
      name: 'salesgraph_event_handler_retries_total',
      help: 'Handler attempts that failed and were retried, by cause (handler: the handler threw; transient: an outage).',
      labelNames: ['group', 'event_type', 'cause'],
      registers: [registry],
    });
    this.deadLetters = new Counter({
      name: 'salesgraph_dead_letters_total',
      help: 'Events this process sent to a dead-letter topic, by dead-letter topic and kind of failure.',
      labelNames: ['topic', 'kind'],
      registers: [registry],
    });
    this.publishDuration = new Histogram({
      name: 'salesgraph_outbox_publish_duration_seconds',
      help: 'Time the outbox relay waits for the broker to acknowledge one batch, by topic and outcome.',
      labelNames: ['topic', 'outcome'],
      buckets: latencyBuckets,
      registers: [registry],
    });
    this.published = new Counter({
      name: 'salesgraph_outbox_published_total',
      help: 'Outbox rows the relay published, by topic.',
      labelNames: ['topic'],
      registers: [registry],
    });
  }

  /** The MessagingObserver that @salesgraph/messaging's relay and consumers call. */
  observer() {
    return {
      handled: (o: { group: string; eventType: string; outcome: string; seconds: number }) =>
        this.handlerDuration.observe(
          { group: o.group, event_type: o.eventType, outcome: o.outcome },
          o.seconds,
        ),
      retrying: (o: { group: string; eventType: string; transient: boolean }) =>
        this.handlerRetries.inc({
          group: o.group,
          event_type: o.eventType,
          cause: o.transient ? 'transient' : 'handler',
        }),
      deadLettered: (o: { topic: string; kind: string }) =>
        this.deadLetters.inc({ topic: o.topic, kind: o.kind }),
      published: (o: { topic: string; count: number; seconds: number; ok: boolean }) => {
        this.publishDuration.observe({ topic: o.topic, outcome: o.ok ? 'ok' : 'error' }, o.seconds);
        if (o.ok) this.published.inc({ topic: o.topic }, o.count);
      },
    };
  }
}
