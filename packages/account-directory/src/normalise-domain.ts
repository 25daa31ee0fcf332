/**
 * A company's web domain as every service compares it: lower case, trimmed,
 * without a scheme, a path, a port or a leading "www."; null when nothing is
 * left. "https://WWW.Acme.example/contact" and "acme.example" are one domain.
 */
export function normaliseDomain(value: string | null | undefined): string | null {
  if (!value) return null;
  const host = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#:].*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return host.includes('.') ? host : null;
}

/**
 * Mailbox providers anyone can use: an address there says nothing about the
 * company. Their domains never match an account.
 */
const publicMailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'proton.me',
  'protonmail.com',
  'mail.com',
  't-online.de',
]);

/** The company domain of an e-mail address, unless it is a public mailbox provider's. */
export function companyDomainOfEmail(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  if (!email || at < 0) return null;
  const domain = normaliseDomain(email.slice(at + 1));
  return domain && !publicMailDomains.has(domain) ? domain : null;
}
