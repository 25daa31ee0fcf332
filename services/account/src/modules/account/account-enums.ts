import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const AccountSegment = graphqlEnum('AccountSegment', ['SMALL', 'MEDIUM', 'LARGE']);
export type AccountSegment = EnumValue<typeof AccountSegment>;

export const AccountTier = graphqlEnum('AccountTier', ['STANDARD', 'KEY'], {
  description: 'KEY accounts are owned by an account manager, STANDARD ones by a sales rep.',
});
export type AccountTier = EnumValue<typeof AccountTier>;

/** ACTIVE and AT_RISK follow the health score; LOST is the end. */
export const AccountStatus = graphqlEnum('AccountStatus', ['ACTIVE', 'AT_RISK', 'LOST'], {
  description: 'ACTIVE and AT_RISK follow the health score (see Account.health).',
});
export type AccountStatus = EnumValue<typeof AccountStatus>;

export const AccountOrigin = graphqlEnum('AccountOrigin', ['LEAD_CONVERSION', 'MANUAL'], {
  description: 'How the account came to be: from a converted lead or created by hand.',
});
export type AccountOrigin = EnumValue<typeof AccountOrigin>;
