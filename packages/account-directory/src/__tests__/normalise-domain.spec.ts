import { companyDomainOfEmail, normaliseDomain } from '../normalise-domain';

describe('normaliseDomain', () => {
  it('reduces a URL or a spelled domain to one comparable form', () => {
    expect(normaliseDomain('https://WWW.Acme.example/contact?x=1')).toBe('acme.example');
    expect(normaliseDomain(' Acme.Example. ')).toBe('acme.example');
    expect(normaliseDomain('acme.example:8443')).toBe('acme.example');
  });

  it('gives null for nothing usable', () => {
    expect(normaliseDomain(null)).toBeNull();
    expect(normaliseDomain('')).toBeNull();
    expect(normaliseDomain('localhost')).toBeNull();
  });
});

describe('companyDomainOfEmail', () => {
  it('takes the company domain of an address', () => {
    expect(companyDomainOfEmail('Bill.Lumbergh@Initech.example')).toBe('initech.example');
  });

  it('ignores public mailbox providers and malformed addresses', () => {
    expect(companyDomainOfEmail('someone@gmail.com')).toBeNull();
    expect(companyDomainOfEmail('no-at-sign')).toBeNull();
    expect(companyDomainOfEmail(undefined)).toBeNull();
  });
});
