import { z } from 'zod';
import { EventCatalog } from './catalog';
import type { EventDefinition } from './event-definition';
import { Sensitivities, type Sensitivity } from './sensitivity';
import { Topics } from './topics';

const exampleMarketingEvent = {
  specversion: '1.0',
  id: '6f1c8a52-4a0b-4f6e-9d55-0b0c8f8f2a10',
  source: 'marketing/automation',
  type: 'marketing.LeadCaptured.v1',
  time: '2026-11-27T09:30:00Z',
  subject: 'mkt-000123',
  datacontenttype: 'application/json',
  correlationid: 'campaign-2026-q4-webinar',
  actortype: 'system',
  data: {
    externalId: 'mkt-000123',
    source: 'webinar',
    campaign: '2026-q4-webinar',
    company: 'Acme Industrial GmbH',
    companyDomain: 'acme-industrial.example',
    contactName: 'Jo Buyer',
    email: 'jo.buyer@acme-industrial.example',
    country: 'DE',
    segmentHint: 'MEDIUM',
    consent: { marketing: true },
    capturedAt: '2026-11-27T09:29:12Z',
  },
};

const sensitivityNames: Record<Sensitivity, string> = { COST_AND_MARGIN: 'costs and margins' };

/** Which fields `history` leaves out for readers who may not see them (`"sensitivity"` in the schema). */
function sensitiveLines(definition: EventDefinition): string[] {
  return Sensitivities.flatMap((sensitivity) => {
    const fields = definition.sensitiveFields.filter((f) => f.sensitivity === sensitivity);
    return fields.length === 0
      ? []
      : [
          `- ${sensitivityNames[sensitivity]} (left out of \`history\` for readers without access): ${fields
            .map((f) => `\`${f.label}\``)
            .join(', ')}`,
        ];
  });
}

/** Which fields are a person's data (`"personalData": true` in the schema): encrypted per person on our topics. */
function personalLines(definition: EventDefinition): string[] {
  if (definition.personalFields.length === 0) return [];
  const fields = definition.personalFields.map((f) => `\`${f.label}\``).join(', ');
  return definition.producer === 'marketing'
    ? [`- personal data (plaintext: marketing publishes it; see docs/privacy.md): ${fields}`]
    : [
        `- personal data (encrypted with the person's key, unreadable once they are erased): ${fields}`,
      ];
}

/**
 * The event catalogue as Markdown: the contract documentation for every team
 * that publishes or consumes SalesGraph events. Generated from the schemas
 * themselves, so it cannot drift (a unit test compares it with docs/EVENTS.md).
 */
export function renderCatalog(): string {
  const lines: string[] = [
    '# SalesGraph event catalogue',
    '',
    '<!-- generated from packages/events/src by `npm run catalog:write -w @salesgraph/events`; do not edit by hand -->',
    '',
    'Every event travels as a [CloudEvents 1.0](https://github.com/cloudevents/spec) JSON object in the Kafka message',
    'value (structured mode). The message **key is the envelope `subject`, the aggregate id**, so one aggregate’s events',
    'stay in order on one partition. Consumers validate every event against the schema below and send what does not',
    'match to `<topic>.dlq`, with the reason in the `dlq-reason` header and the origin in `dlq-origin-topic`,',
    '`dlq-origin-partition` and `dlq-origin-offset`.',
    '',
    '## Envelope',
    '',
    '| attribute | meaning |',
    '|---|---|',
    '| `specversion` | always `"1.0"` |',
    '| `id` | UUID of this event; consumers use it to ignore redeliveries |',
    '| `source` | who published it, e.g. `salesgraph/lead` or `marketing/automation` |',
    '| `type` | `<context>.<EventName>.v<version>`, e.g. `lead.LeadQualified.v1` |',
    '| `time` | when it happened, RFC 3339 |',
    '| `subject` | the aggregate id, also the Kafka key |',
    '| `datacontenttype` | always `"application/json"` |',
    '| `correlationid` | the request or flow it belongs to |',
    '| `causationid` | optional: the event or request that caused it |',
    '| `actorid` | optional: the user who acted |',
    '| `actortype` | `user`, `service` or `system` |',
    '| `traceparent` | optional: the W3C trace context of the work that wrote the event ([distributed tracing extension](https://github.com/cloudevents/spec/blob/main/cloudevents/extensions/distributed-tracing.md)); consumers continue the trace, and ignore a value they cannot read |',
    '| `tracestate` | optional: the W3C `tracestate` that goes with `traceparent` |',
    '| `data` | the event data, per the schema of its type |',
    '',
    'Money and quantities are decimal strings (`"1234.50"`), never JSON numbers.',
    '',
    'A field whose schema says `"sensitivity"` holds data not everyone may read (`COST_AND_MARGIN`: unit costs, cost',
    'amounts and margins). Consumers of the topic receive it; the `history` fields of the graph leave it out for readers',
    'without access and list it in the entry’s `redacted`.',
    '',
    'A field whose schema says `"personalData": true` is a person’s name, e-mail, phone or the like. On the topics',
    'of our services it travels encrypted with that person’s own key (`"pd1:<subject>:<iv>:<ciphertext>:<tag>"`),',
    'the key being on the compacted `privacy.subject-keys` topic; once the person is erased the key is gone and',
    'the field reads as `"erased"` everywhere (history, consumers, replay). See docs/privacy.md.',
    '',
    '## Topics',
    '',
    '| topic | published by |',
    '|---|---|',
    ...Object.entries(Topics).map(
      ([context, topic]) =>
        `| \`${topic}\` | ${context === 'marketingLeads' ? 'marketing' : context} |`,
    ),
    '',
    '## For marketing: publishing a captured lead',
    '',
    'Any Kafka client can publish. With `kcat`:',
    '',
    '```sh',
    `echo '${JSON.stringify(exampleMarketingEvent)}' | kcat -P -b <broker> -t ${Topics.marketingLeads} -k mkt-000123`,
    '```',
    '',
    'Re-sending a lead with the same `externalId` (or the same e-mail, or the same company domain and contact name)',
    'merges it into the existing lead. What became of it is visible through the graph (`leads` as MARKETING) and on',
    `\`${Topics.lead}\` (LeadQualified, LeadDisqualified, LeadConverted carry \`externalId\`).`,
    '',
    '## Events',
    '',
  ];
  for (const definition of EventCatalog) {
    lines.push(
      `### \`${definition.type}\``,
      '',
      definition.description,
      '',
      `- topic: \`${definition.topic}\`; producer: ${definition.producer}; aggregate: ${definition.aggregateType}`,
      ...sensitiveLines(definition),
      ...personalLines(definition),
      '',
      '```json',
      JSON.stringify(
        z.toJSONSchema(definition.schema, { io: 'input', unrepresentable: 'any' }),
        null,
        2,
      ),
      '```',
      '',
    );
  }
  return `${lines.join('\n').trim()}\n`;
}
