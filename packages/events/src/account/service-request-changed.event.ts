import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDate, IsoDateTime, Uuid } from '../primitives';
import { Topics } from '../topics';

export const ServiceRequestChangedData = z.object({
  accountId: Uuid,
  requestId: Uuid,
  department: z.enum(['SALES', 'TECHNICAL', 'LOGISTICS', 'FINANCE', 'SERVICE']),
  priority: z.enum(['LOW', 'NORMAL', 'HIGH', 'URGENT']),
  dueDate: IsoDate,
  status: z.enum(['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED']),
  change: z.enum(['ROUTED', 'STATUS_CHANGED']),
  note: z.string().optional(),
  changedAt: IsoDateTime,
});
export type ServiceRequestChangedData = z.infer<typeof ServiceRequestChangedData>;

export const ServiceRequestChanged = defineEvent({
  type: 'account.ServiceRequestChanged.v1',
  name: 'ServiceRequestChanged',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'ServiceRequest',
  description:
    'A customer need was routed to an internal department, or the department moved it on.',
  schema: ServiceRequestChangedData,
  subjectOf: (d) => d.requestId,
});
