import { registerEnumType } from 'type-graphql';

export enum ServiceRequestPriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

/** OPEN -> IN_PROGRESS -> DONE; OPEN or IN_PROGRESS -> CANCELLED: see service-request-lifecycle.ts. */
export enum ServiceRequestStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ServiceRequestPriority, { name: 'ServiceRequestPriority' });
registerEnumType(ServiceRequestStatus, {
  name: 'ServiceRequestStatus',
  description: 'OPEN, IN_PROGRESS, then DONE; OPEN or IN_PROGRESS may be CANCELLED.',
});
