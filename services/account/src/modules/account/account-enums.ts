import { registerEnumType } from 'type-graphql';

export enum AccountSegment {
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

export enum AccountTier {
  STANDARD = 'STANDARD',
  KEY = 'KEY',
}

/** ACTIVE and AT_RISK follow the health score; LOST is the end. */
export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  AT_RISK = 'AT_RISK',
  LOST = 'LOST',
}

export enum AccountOrigin {
  LEAD_CONVERSION = 'LEAD_CONVERSION',
  MANUAL = 'MANUAL',
}

registerEnumType(AccountSegment, { name: 'AccountSegment' });
registerEnumType(AccountTier, {
  name: 'AccountTier',
  description: 'KEY accounts are owned by an account manager, STANDARD ones by a sales rep.',
});
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'ACTIVE and AT_RISK follow the health score (see Account.health).',
});
registerEnumType(AccountOrigin, {
  name: 'AccountOrigin',
  description: 'How the account came to be: from a converted lead or created by hand.',
});
