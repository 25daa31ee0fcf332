import perfHooks from 'node:perf_hooks';
import { PlatformMetrics } from '../platform-metrics';

function sample(text: string, line: RegExp): number | undefined {
  const found = text.split('\n').find((l) => line.test(l));
  return found === undefined ? undefined : Number(found.split(' ').pop());
}

describe('PlatformMetrics', () => {
  it('labels every series with the service and includes the event-loop lag', async () => {
    const metrics = new PlatformMetrics('lead');
    const text = await metrics.text();
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds\{service="lead"\} /m);
    expect(text).toMatch(/^process_cpu_seconds_total\{service="lead"\} /m);
  });

  it('samples the event-loop delay every 100 ms, not every 10 ms, unless told otherwise', () => {
    // Each sample is a timer that wakes the process: at 10 ms an idle process woke 100 times a second.
    const monitor = jest.spyOn(perfHooks, 'monitorEventLoopDelay');
    try {
      new PlatformMetrics('lead');
      new PlatformMetrics('order', { eventLoopResolutionMs: 500 });
      expect(monitor.mock.calls.map(([options]) => options?.resolution)).toEqual([100, 500]);
    } finally {
      monitor.mockRestore();
    }
  });

  it('records GraphQL operations, their latency and every error code', async () => {
    const metrics = new PlatformMetrics('gateway');
    metrics.graphql.record({ operation: 'Q', type: 'query', seconds: 0.02, errorCodes: [] });
    metrics.graphql.record({
      operation: 'Q',
      type: 'query',
      seconds: 0.2,
      errorCodes: ['FORBIDDEN', 'NOT_FOUND'],
    });
    const text = await metrics.text();
    expect(sample(text, /^salesgraph_graphql_operations_total\{.*outcome="ok"/)).toBe(1);
    expect(sample(text, /^salesgraph_graphql_operations_total\{.*outcome="error"/)).toBe(1);
    expect(
      sample(text, /^salesgraph_graphql_operation_duration_seconds_count\{.*operation="Q"/),
    ).toBe(2);
    expect(sample(text, /^salesgraph_graphql_errors_total\{.*code="FORBIDDEN"/)).toBe(1);
    expect(sample(text, /^salesgraph_graphql_errors_total\{.*code="NOT_FOUND"/)).toBe(1);
  });

  it('records the SQL statements of each operation where the process counts them, and none where not', async () => {
    const metrics = new PlatformMetrics('account');
    metrics.graphql.record({
      operation: 'L',
      type: 'query',
      seconds: 0.01,
      errorCodes: [],
      sqlStatements: 3,
    });
    metrics.graphql.record({
      operation: 'L',
      type: 'query',
      seconds: 0.01,
      errorCodes: [],
      sqlStatements: 4,
    });
    metrics.graphql.record({ operation: 'G', type: 'query', seconds: 0.01, errorCodes: [] });
    const text = await metrics.text();
    expect(sample(text, /^salesgraph_graphql_sql_statements_sum\{.*operation="L"/)).toBe(7);
    expect(sample(text, /^salesgraph_graphql_sql_statements_count\{.*operation="L"/)).toBe(2);
    expect(
      sample(text, /^salesgraph_graphql_sql_statements_count\{.*operation="G"/),
    ).toBeUndefined();
  });

  it('turns what messaging reports into handler, retry, dead-letter and publish series', async () => {
    const metrics = new PlatformMetrics('account');
    const observer = metrics.messaging.observer();
    observer.handled({ group: 'g', eventType: 't', outcome: 'handled', seconds: 0.01 });
    observer.retrying({ group: 'g', eventType: 't', transient: true });
    observer.deadLettered({ topic: 'x.dlq', kind: 'HANDLER_FAILED' });
    observer.published({ topic: 'x', count: 3, seconds: 0.005, ok: true });
    observer.published({ topic: 'x', count: 2, seconds: 0.5, ok: false });
    const text = await metrics.text();
    expect(sample(text, /^salesgraph_event_handler_duration_seconds_count\{.*group="g"/)).toBe(1);
    expect(sample(text, /^salesgraph_event_handler_retries_total\{.*cause="transient"/)).toBe(1);
    expect(sample(text, /^salesgraph_dead_letters_total\{.*kind="HANDLER_FAILED"/)).toBe(1);
    expect(sample(text, /^salesgraph_outbox_published_total\{.*topic="x"/)).toBe(3);
    expect(
      sample(text, /^salesgraph_outbox_publish_duration_seconds_count\{.*outcome="error"/),
    ).toBe(1);
  });

  it('reads the outbox, lag, dead-letter topics and pool when scraped', async () => {
    const metrics = new PlatformMetrics('order');
    let pending = 4;
    metrics.state.watchOutbox(async () => ({ pending, oldestAgeSeconds: 12.5, parked: 1 }));
    metrics.state.watchConsumerLag(async () => [
      { group: 'g', topic: 't', partition: 0, lag: 7 },
      { group: 'g', topic: 't', partition: 1, lag: 0 },
    ]);
    metrics.state.watchDeadLetterTopics(async () => [{ topic: 't.dlq', messages: 2 }]);
    metrics.state.watchDatabasePool(async () => ({ total: 3, idle: 1, waiting: 0, max: 10 }));
    let text = await metrics.text();
    expect(sample(text, /^salesgraph_outbox_backlog\{/)).toBe(4);
    expect(sample(text, /^salesgraph_outbox_oldest_unpublished_age_seconds\{/)).toBe(12.5);
    expect(sample(text, /^salesgraph_outbox_parked_rows\{/)).toBe(1);
    expect(sample(text, /^salesgraph_kafka_consumer_lag\{.*partition="0"/)).toBe(7);
    expect(sample(text, /^salesgraph_dead_letter_topic_messages\{.*topic="t.dlq"/)).toBe(2);
    expect(sample(text, /^salesgraph_db_pool_connections\{.*state="in_use"/)).toBe(2);
    expect(sample(text, /^salesgraph_probe_up\{.*probe="outbox"/)).toBe(1);
    pending = 0;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    text = await metrics.text();
    expect(sample(text, /^salesgraph_outbox_backlog\{/)).toBe(0);
  });

  it('leaves out the series of a failing reading and says so, without failing the scrape', async () => {
    const errors: string[] = [];
    const metrics = new PlatformMetrics('lead', { onProbeError: (probe) => errors.push(probe) });
    metrics.state.watchOutbox(async () => {
      throw new Error('database down');
    });
    const text = await metrics.text();
    expect(sample(text, /^salesgraph_outbox_backlog\{/)).toBeNaN();
    expect(sample(text, /^salesgraph_probe_up\{.*probe="outbox"/)).toBe(0);
    expect(errors).toContain('outbox');
  });
});
