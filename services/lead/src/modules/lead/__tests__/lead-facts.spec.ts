import { LeadCapturedData } from '@salesgraph/events';
import { leadCapturedData, leadFromFacts } from '../lead-facts';
import { LeadOrigin } from '../lead-origin';
import { LeadSegment } from '../lead-segment';
import { LeadStatus } from '../lead-status';

describe('lead facts', () => {
  const facts = {
    externalId: 'mkt-1',
    source: ' webinar ',
    company: ' Acme GmbH ',
    companyDomain: 'ACME.example',
    contactName: ' Jo Buyer ',
    email: 'jo@acme.example',
    phone: '+49 1',
    country: 'DE',
    segment: LeadSegment.SMALL,
    consentToContact: true,
    capturedAt: new Date('2026-01-02T03:04:05Z'),
  };

  it('makes a NEW lead without owner, trimmed and with the domain in lower case', () => {
    const lead = leadFromFacts(facts, LeadOrigin.MARKETING, null);
    expect(lead).toMatchObject({
      status: LeadStatus.NEW,
      ownerId: null,
      company: 'Acme GmbH',
      contactName: 'Jo Buyer',
      source: 'webinar',
      companyDomain: 'acme.example',
      mergeCount: 0,
    });
    expect(lead.conversion.convertedAt).toBeNull();
  });

  it('publishes LeadCaptured within its contract and without e-mail or phone', () => {
    const data = leadCapturedData(leadFromFacts(facts, LeadOrigin.MARKETING, null));
    expect(LeadCapturedData.parse(data)).toEqual(data);
    expect(JSON.stringify(data)).not.toMatch(/jo@acme|\+49/);
    expect(data).toMatchObject({
      externalId: 'mkt-1',
      capturedAt: '2026-01-02T03:04:05.000Z',
      segment: 'SMALL',
    });
  });
});
