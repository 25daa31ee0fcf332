import { randomUUID } from 'node:crypto';
import { createEnvelope, decodeEvent } from '../codec';
import { LeadQualified } from '../lead/lead-qualified.event';
import { MarketingLeadCaptured } from '../marketing/marketing-lead-captured.event';
import { EventValidationError } from '../validation-error';

const context = {
  source: 'salesgraph/lead',
  correlationId: 'c-1',
  actor: { type: 'user' as const, id: 'u-1' },
};

describe('createEnvelope', () => {
  it('builds a CloudEvents envelope whose subject is the aggregate id', () => {
    const leadId = randomUUID();
    const envelope = createEnvelope(
      LeadQualified,
      { leadId, qualifiedAt: '2026-11-27T10:00:00Z' },
      context,
    );
    expect(envelope).toMatchObject({
      specversion: '1.0',
      type: 'lead.LeadQualified.v1',
      subject: leadId,
      source: 'salesgraph/lead',
      datacontenttype: 'application/json',
      correlationid: 'c-1',
      actorid: 'u-1',
      actortype: 'user',
    });
    expect(decodeEvent(JSON.stringify(envelope))).toMatchObject({ ok: true });
  });

  it('refuses to build an event that breaks its own contract', () => {
    expect(() =>
      createEnvelope(LeadQualified, { leadId: 'nope', qualifiedAt: 'today' }, context),
    ).toThrow(EventValidationError);
  });
});

describe('decodeEvent', () => {
  const valid = createEnvelope(
    MarketingLeadCaptured,
    {
      externalId: 'm-1',
      source: 'webinar',
      company: 'Acme',
      contactName: 'Jo',
      country: 'DE',
      consent: { marketing: true },
      capturedAt: '2026-11-27T10:00:00Z',
    },
    { ...context, source: 'marketing/automation' },
  );

  it.each([
    ['an empty value', null, 'MALFORMED_JSON'],
    ['text that is not JSON', '{nope', 'MALFORMED_JSON'],
    ['JSON without an envelope', '{"a":1}', 'INVALID_ENVELOPE'],
    ['an unknown type', JSON.stringify({ ...valid, type: 'marketing.Unknown.v1' }), 'UNKNOWN_TYPE'],
    [
      'data that breaks the schema',
      JSON.stringify({
        ...valid,
        data: { ...valid.data, email: 'not-an-email', country: 'Germany' },
      }),
      'INVALID_DATA',
    ],
  ])('says why it refuses %s', (_label, value, kind) => {
    const result = decodeEvent(value);
    expect(result).toMatchObject({ ok: false, kind });
  });

  it('names every offending field in the reason', () => {
    const result = decodeEvent(
      JSON.stringify({
        ...valid,
        data: { ...valid.data, email: 'not-an-email', country: 'Germany' },
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain('email');
      expect(result.reason).toContain('country');
    }
  });
});
