import type { LeadFacts } from '../../lead/lead-facts';
import { IntakeBatchKeys } from '../intake-batch-keys';

const facts = (overrides: Partial<LeadFacts>): LeadFacts => ({
  source: 'webinar',
  company: 'Acme',
  contactName: 'Ada Lovelace',
  capturedAt: new Date(0),
  ...overrides,
});

describe('IntakeBatchKeys', () => {
  it('finds a lead of the batch by external id, e-mail or domain with contact name, as the database compares them', () => {
    const keys = new IntakeBatchKeys();
    keys.add(
      facts({ externalId: 'm-1', email: 'ada@acme.example', companyDomain: 'acme.example' }),
    );
    expect(keys.matches(facts({ externalId: 'm-1', contactName: 'Other' }))).toBe(true);
    expect(keys.matches(facts({ email: ' ADA@acme.example', contactName: 'Other' }))).toBe(true);
    expect(
      keys.matches(facts({ companyDomain: 'ACME.example', contactName: '  ada   LOVELACE ' })),
    ).toBe(true);
  });

  it('lets different people through', () => {
    const keys = new IntakeBatchKeys();
    keys.add(
      facts({ externalId: 'm-1', email: 'ada@acme.example', companyDomain: 'acme.example' }),
    );
    expect(
      keys.matches(
        facts({
          externalId: 'm-2',
          email: 'bob@acme.example',
          companyDomain: 'acme.example',
          contactName: 'Bob',
        }),
      ),
    ).toBe(false);
    // No domain: the contact name alone is no key.
    expect(keys.matches(facts({ externalId: 'm-3' }))).toBe(false);
  });
});
