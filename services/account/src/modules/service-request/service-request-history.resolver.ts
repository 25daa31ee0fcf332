import { ServiceRequestChanged } from '@salesgraph/events';
import { createHistoryResolver } from '@salesgraph/service-kit';
import { ServiceRequest } from './service-request.entity';

/**
 * ServiceRequest.history, read for all requests of a request at once. A
 * department reaches only the requests routed to it, so it sees their
 * histories and no others.
 */
export const ServiceRequestHistoryResolver = createHistoryResolver(
  ServiceRequest,
  { aggregateType: ServiceRequestChanged.aggregateType },
  { description: 'Who routed the request, who moved it on (with their notes), and when.' },
);
