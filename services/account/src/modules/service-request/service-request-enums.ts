import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const ServiceRequestPriority = graphqlEnum('ServiceRequestPriority', [
  'LOW',
  'NORMAL',
  'HIGH',
  'URGENT',
]);
export type ServiceRequestPriority = EnumValue<typeof ServiceRequestPriority>;

/** OPEN -> IN_PROGRESS -> DONE; OPEN or IN_PROGRESS -> CANCELLED: see service-request-lifecycle.ts. */
export const ServiceRequestStatus = graphqlEnum(
  'ServiceRequestStatus',
  ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'],
  { description: 'OPEN, IN_PROGRESS, then DONE; OPEN or IN_PROGRESS may be CANCELLED.' },
);
export type ServiceRequestStatus = EnumValue<typeof ServiceRequestStatus>;
