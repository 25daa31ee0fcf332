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
      [0],
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
      [0],
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

  it('traces a repeat of a repeat to the new lead both repeat, and a repeat of a stored lead to none', () => {
    const keys = new IntakeBatchKeys();
    keys.add(facts({ externalId: 'm-1', email: 'ada@acme.example' }), [0]);
    keys.add(facts({ externalId: 'm-2', email: 'bob@acme.example' }), [1]);
    // Re-sent under another id with Ada's e-mail: it repeats lead 0, and so does whatever shares its id.
    const second = facts({ externalId: 'm-9', email: 'ADA@acme.example' });
    expect(keys.repeated(second)).toEqual([0]);
    keys.add(second, [0]);
    expect(keys.repeated(facts({ externalId: 'm-9' }))).toEqual([0]);
    // A lead sharing keys with both new leads may repeat either.
    expect(keys.repeated(facts({ externalId: 'm-2', email: 'ada@acme.example' }))?.sort()).toEqual([
      0, 1,
    ]);
    // A repeat of a stored lead leads to no new lead of the batch, but is still seen.
    keys.add(facts({ externalId: 'm-5' }), []);
    expect(keys.repeated(facts({ externalId: 'm-5' }))).toEqual([]);
    expect(keys.repeated(facts({ externalId: 'm-6' }))).toBeUndefined();
  });
});
