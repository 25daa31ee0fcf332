import { registerEnumType } from 'type-graphql';

/** Where a lead came from: marketing's Kafka topic, or a rep (or manager) who entered it. */
export enum LeadOrigin {
  MARKETING = 'MARKETING',
  REP = 'REP',
}

registerEnumType(LeadOrigin, {
  name: 'LeadOrigin',
  description: 'Where a lead came from.',
});
