import { registerEnumType } from 'type-graphql';

/**
 * The size of the prospect's company, as marketing hints it or the rep judges it.
 * Named apart from the account service's segment enum: subgraphs keep their own enums.
 */
export enum LeadSegment {
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

registerEnumType(LeadSegment, {
  name: 'LeadSegment',
  description: 'The size of the prospect’s company.',
});
