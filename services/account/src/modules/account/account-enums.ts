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

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  AT_RISK = 'AT_RISK',
  LOST = 'LOST',
}

registerEnumType(AccountSegment, { name: 'AccountSegment' });
registerEnumType(AccountTier, {
  name: 'AccountTier',
  description: 'KEY accounts are owned by an account manager.',
});
registerEnumType(AccountStatus, { name: 'AccountStatus' });
