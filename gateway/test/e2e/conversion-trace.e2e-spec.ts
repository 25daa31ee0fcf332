import { randomBytes } from 'node:crypto';
import { DemoProducts } from '@salesgraph/demo-data';
import { AccountCreated, LeadConverted, Topics } from '@salesgraph/events';
import {
  expectData,
  postGraphQL,
  readReceivedSpans,
  waitFor,
  type ReceivedSpan,
} from '@salesgraph/testing';
import { tokenFor } from './support/e2e-client';
import { convertLeadMutation, leadToPlacedOrder } from './support/lead-to-order';
import { brokerTopic, demoUser } from './support/platform';
import { stackInfo } from './support/stack-info';

const SERVER = 2;
const PRODUCER = 4;
const CONSUMER = 5;

/**
 * One trace tells the story of a conversion across the platform: the rep's
 * mutation at the gateway, the lead service that converts, the event through
 * the outbox and Kafka, and the account service that creates the customer.
 * Every process exports to a local OTLP collector (the test stack's).
 */
describe('tracing a lead conversion', () => {
  it('is one trace from the rep’s mutation to the account created in another service', async () => {
    const traceId = randomBytes(16).toString('hex');
    const clientSpanId = randomBytes(8).toString('hex');
    const flow = await leadToPlacedOrder({
      // The front end starts the trace: the gateway continues it.
      convert: async (repId, leadId) => {
        const response = await postGraphQL<{ convertLead: { conversion: { accountId: string } } }>(
          stackInfo().gatewayUrl,
          { query: convertLeadMutation, variables: { id: leadId, p: DemoProducts.valve.id } },
          {
            authorization: `Bearer ${await tokenFor(demoUser(repId))}`,
            traceparent: `00-${traceId}-${clientSpanId}-01`,
          },
        );
        return expectData(response).convertLead.conversion;
      },
    });

    const leadTopic = brokerTopic(Topics.lead);
    const find = (spans: ReceivedSpan[], where: (s: ReceivedSpan) => boolean) => spans.find(where);
    const accountCreation = (spans: ReceivedSpan[]) =>
      find(
        spans,
        (s) =>
          s.service === 'account' &&
          s.kind === PRODUCER &&
          s.attributes['cloudevents.event_type'] === AccountCreated.type,
      );
    // Each process exports its spans in batches on its own timer, and a span is
    // exported when it ends: the account service's consumer span ends after the
    // AccountCreated span inside it, the lead relay's publish span in another
    // process. So wait for every span the chain below reads, not just the last.
    const complete = (all: ReceivedSpan[]) => {
      const ids = new Set(all.map((s) => s.spanId));
      let span = accountCreation(all);
      for (let parent = span?.parentSpanId; parent && ids.has(parent); parent = span?.parentSpanId)
        span = all.find((s) => s.spanId === parent);
      return (
        span?.parentSpanId === clientSpanId &&
        all.some((s) => s.service === 'lead' && s.kind === SERVER) &&
        all.some((s) => s.service === 'lead' && s.name === `publish ${leadTopic}`)
      );
    };
    const traceSpans = () =>
      readReceivedSpans(stackInfo().tracesFile).filter((s) => s.traceId === traceId);
    // On a timeout the assertions below say which span is missing.
    const spans = await waitFor(
      () => {
        const all = traceSpans();
        return complete(all) ? all : undefined;
      },
      {
        what: 'the conversion’s trace, from the client’s span to the account service’s AccountCreated span',
        timeoutMs: 30_000,
      },
    ).catch(traceSpans);
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const parentOf = (span: ReceivedSpan) =>
      span.parentSpanId ? byId.get(span.parentSpanId) : undefined;

    // The gateway continues the client's trace and names its span after the operation.
    const gateway = find(spans, (s) => s.service === 'gateway' && s.kind === SERVER)!;
    expect(gateway).toMatchObject({
      name: 'graphql mutation ConvertLead',
      parentSpanId: clientSpanId,
    });
    // The lead service serves the gateway's call within the same trace.
    const leadServer = find(spans, (s) => s.service === 'lead' && s.kind === SERVER)!;
    expect(leadServer.name).toMatch(/^graphql mutation /);
    expect(parentOf(leadServer)?.service).toBe('gateway');
    // The event is created in the lead service's request, and the relay publishes it to Kafka under it.
    const created = find(
      spans,
      (s) =>
        s.service === 'lead' &&
        s.kind === PRODUCER &&
        s.attributes['cloudevents.event_type'] === LeadConverted.type,
    )!;
    expect(created).toBeDefined();
    const published = find(
      spans,
      (s) =>
        s.service === 'lead' &&
        s.name === `publish ${leadTopic}` &&
        s.attributes['messaging.message.id'] === created.attributes['messaging.message.id'],
    )!;
    expect(published).toMatchObject({ kind: PRODUCER, parentSpanId: created.spanId });
    expect(published.attributes['messaging.system']).toBe('kafka');
    // The account service consumes it from Kafka, in the same trace, under the event's span.
    const consumed = find(
      spans,
      (s) =>
        s.service === 'account' &&
        s.kind === CONSUMER &&
        s.attributes['messaging.message.id'] === created.attributes['messaging.message.id'],
    )!;
    expect(consumed).toMatchObject({
      name: `process ${leadTopic}`,
      parentSpanId: created.spanId,
    });
    expect(consumed.attributes['messaging.consumer.group.name']).toBe('account.lead-conversions');

    // From the account created back to the client, every step is one unbroken chain of this trace.
    const chain: string[] = [];
    for (let span = accountCreation(spans); span; span = parentOf(span))
      chain.push(`${span.service}: ${span.name}`);
    expect(chain).toEqual(
      expect.arrayContaining([
        `account: create ${Topics.account}`,
        `account: process ${leadTopic}`,
        `lead: create ${Topics.lead}`,
        `gateway: graphql mutation ConvertLead`,
      ]),
    );
    expect(chain.at(-1)).toBe('gateway: graphql mutation ConvertLead');
    expect(flow.accountId).toBeTruthy();
  }, 300_000);
});
