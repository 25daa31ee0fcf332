import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

/**
 * The size of the prospect's company, as marketing hints it or the rep judges it.
 * Named apart from the account service's segment enum: subgraphs keep their own enums.
 */
export const LeadSegment = graphqlEnum('LeadSegment', ['SMALL', 'MEDIUM', 'LARGE'] as const, {
  description: 'The size of the prospect’s company.',
});
export type LeadSegment = EnumValue<typeof LeadSegment>;
