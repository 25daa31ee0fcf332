import { Topics } from '@salesgraph/events';
import { metricSum, scrapeMetrics, waitFor, type Sample } from '@salesgraph/testing';
import { asUser } from './support/e2e-client';
import { leadToPlacedOrder } from './support/lead-to-order';
import { brokerTopic, consumerGroupOf, orderAdminQueue, publishWithKcat } from './support/platform';
import { stackInfo } from './support/stack-info';

type Scrape = Record<string, Sample[]>;

async function scrapeAll(): Promise<Scrape> {
  const { metricsUrls } = stackInfo();
  const entries = await Promise.all(
    Object.entries(metricsUrls).map(
      async ([name, url]) => [name, await scrapeMetrics(url)] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/**
 * Operators see the platform without reading logs: every process serves
 * Prometheus metrics on a port of its own, and a short flow moves the series
 * the alerts and the dashboard are built on.
 */
describe('metrics of every process', () => {
  it('serves /metrics on every process, and a short flow moves the named series', async () => {
    const { metricsUrls } = stackInfo();
    expect(Object.keys(metricsUrls).sort()).toEqual(
      ['account', 'gateway', 'lead', 'notification', 'order', 'order-admin', 'planning'].sort(),
    );
    const before = await scrapeAll();

    const flow = await leadToPlacedOrder();
    // A client mistake, counted by its code; an unreadable marketing message, dead-lettered.
    const refused = await asUser('rep', 'query Broken { noSuchField }');
    expect(refused.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await publishWithKcat(Topics.marketingLeads, 'unreadable', '{ not json');
    const marketingDlq = `${brokerTopic(Topics.marketingLeads)}.dlq`;
    // Counted once the broker has it; the topic's retained count is a reading at scrape time,
    // taken at most once a second, so the wait is for both.
    await waitFor(
      async () => {
        const lead = await scrapeMetrics(metricsUrls.lead);
        return (
          metricSum(lead, 'salesgraph_dead_letters_total', { topic: marketingDlq }) >
            metricSum(before.lead, 'salesgraph_dead_letters_total', { topic: marketingDlq }) &&
          metricSum(lead, 'salesgraph_dead_letter_topic_messages', { topic: marketingDlq }) >
            metricSum(before.lead, 'salesgraph_dead_letter_topic_messages', { topic: marketingDlq })
        );
      },
      { what: 'the lead service to dead-letter the unreadable message', timeoutMs: 30_000 },
    );
    // Order administration has the placed order: its consumer handled the order events.
    await waitFor(
      async () => (await orderAdminQueue()).entries.some((e) => e.orderId === flow.orderId),
      { what: "the order in order administration's queue", timeoutMs: 30_000 },
    );
    // The consumers downstream handle the flow's events in their own time (a fetch
    // interval apart while events stream in), so the scrape the assertions read is
    // the first one in which every consumer's handled count has moved.
    const consumersOfTheFlow = [
      ['lead', 'lead.marketing-intake'],
      ['account', 'account.lead-conversions'],
      ['planning', 'planning.attainment'],
    ] as const;
    const handledMoved = (scrape: Scrape, service: string, group: string) =>
      metricSum(scrape[service], 'salesgraph_event_handler_duration_seconds_count', {
        group,
        outcome: 'handled',
      }) -
      metricSum(before[service], 'salesgraph_event_handler_duration_seconds_count', {
        group,
        outcome: 'handled',
      });
    const after = await waitFor(
      async () => {
        const scrape = await scrapeAll();
        return consumersOfTheFlow.every(
          ([service, group]) => handledMoved(scrape, service, group) > 0,
        )
          ? scrape
          : undefined;
      },
      { what: 'every consumer of the flow to count its handled events', timeoutMs: 30_000 },
    ).catch(scrapeAll); // then the assertions below name the consumer that did not move

    const moved = (process: string, name: string, labels: Record<string, string> = {}) =>
      metricSum(after[process], name, labels) - metricSum(before[process], name, labels);

    for (const process of Object.keys(metricsUrls)) {
      // Node's own: CPU moved, and the event-loop lag is measured.
      expect(moved(process, 'process_cpu_seconds_total')).toBeGreaterThan(0);
      expect(after[process].some((s) => s.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
      expect(after[process].every((s) => s.labels.service === process)).toBe(true);
    }

    // The gateway: operations by name and type, errors by code, each subgraph's fetch latency.
    expect(
      moved('gateway', 'salesgraph_graphql_operations_total', {
        operation: 'ConvertLead',
        type: 'mutation',
        outcome: 'ok',
      }),
    ).toBe(1);
    expect(
      moved('gateway', 'salesgraph_graphql_operation_duration_seconds_count', {
        operation: 'PlaceOrder',
      }),
    ).toBe(1);
    expect(
      moved('gateway', 'salesgraph_graphql_errors_total', {
        operation: 'Broken',
        code: 'GRAPHQL_VALIDATION_FAILED',
      }),
    ).toBe(1);
    for (const subgraph of ['lead', 'order'])
      expect(
        moved('gateway', 'salesgraph_gateway_subgraph_fetch_duration_seconds_count', {
          subgraph,
          outcome: 'ok',
        }),
      ).toBeGreaterThan(0);

    // The subgraphs: the operations they served, the events they published and handled.
    expect(
      moved('lead', 'salesgraph_graphql_operations_total', { type: 'mutation', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(3);
    expect(
      moved('order', 'salesgraph_graphql_operations_total', { type: 'mutation', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(2);
    for (const [service, topic] of [
      ['lead', Topics.lead],
      ['account', Topics.account],
      ['order', Topics.order],
    ]) {
      expect(moved(service, 'salesgraph_outbox_published_total', { topic })).toBeGreaterThan(0);
      expect(
        moved(service, 'salesgraph_outbox_publish_duration_seconds_count', {
          topic,
          outcome: 'ok',
        }),
      ).toBeGreaterThan(0);
    }
    for (const [service, group] of consumersOfTheFlow)
      expect({ service, group, moved: handledMoved(after, service, group) > 0 }).toEqual({
        service,
        group,
        moved: true,
      });
    expect(
      moved('order-admin', 'salesgraph_event_handler_duration_seconds_count', {
        outcome: 'applied',
      }),
    ).toBeGreaterThan(0);

    // Dead letters: counted where they are sent, and retained in the dead-letter topic.
    expect(
      moved('lead', 'salesgraph_dead_letters_total', {
        topic: marketingDlq,
        kind: 'MALFORMED_JSON',
      }),
    ).toBe(1);
    expect(
      metricSum(after.lead, 'salesgraph_dead_letter_topic_messages', { topic: marketingDlq }),
    ).toBeGreaterThanOrEqual(1);

    // What is read at scrape time: the outbox, consumer lag per group and partition, the pool.
    for (const service of ['lead', 'account', 'order', 'planning']) {
      const names = new Set(after[service].map((s) => s.name));
      for (const name of [
        'salesgraph_outbox_backlog',
        'salesgraph_outbox_oldest_unpublished_age_seconds',
        'salesgraph_outbox_parked_rows',
        'salesgraph_kafka_consumer_lag',
      ])
        expect({ service, name, present: names.has(name) }).toEqual({
          service,
          name,
          present: true,
        });
      expect(
        metricSum(after[service], 'salesgraph_db_pool_connections', { state: 'open' }),
      ).toBeGreaterThan(0);
      expect(
        after[service].filter((s) => s.name === 'salesgraph_probe_up' && s.value !== 1),
      ).toEqual([]);
    }
    const lag = after.lead.filter(
      (s) =>
        s.name === 'salesgraph_kafka_consumer_lag' &&
        s.labels.group === consumerGroupOf('lead') &&
        s.labels.topic === brokerTopic(Topics.marketingLeads),
    );
    expect(lag.map((s) => s.labels.partition).sort()).toEqual(['0', '1', '2']);
  }, 300_000);

  it('keeps metrics off the gateway: /metrics there is not found', async () => {
    const response = await fetch(new URL('/metrics', stackInfo().gatewayUrl));
    expect(response.status).toBe(404);
  });
});
