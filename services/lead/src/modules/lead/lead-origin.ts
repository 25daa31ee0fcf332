import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

/** Where a lead came from: marketing's Kafka topic, or a rep (or manager) who entered it. */
export const LeadOrigin = graphqlEnum('LeadOrigin', ['MARKETING', 'REP'] as const, {
  description: 'Where a lead came from.',
});
export type LeadOrigin = EnumValue<typeof LeadOrigin>;
