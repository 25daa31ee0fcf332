import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

/** Why an arriving lead was taken for one already known, strongest evidence first. */
export const LeadDuplicateMatch = graphqlEnum(
  'LeadDuplicateMatch',
  ['EXTERNAL_ID', 'EMAIL', 'DOMAIN_AND_CONTACT'] as const,
  {
    description:
      'What made a lead a duplicate: same external id, same e-mail, or same company domain and contact name.',
  },
);
export type LeadDuplicateMatch = EnumValue<typeof LeadDuplicateMatch>;
