import { BadInputError, NotFoundError } from '@salesgraph/service-kit';

/** The service requests' refusals: a code to branch on and a message for a person. */
export const ServiceRequestException = {
  /** Unknown, invisible and malformed ids alike. */
  notFound: (id: string) => new NotFoundError('Service request', id),

  dueInThePast: (today: string) => new BadInputError(`dueDate must be today (${today}) or later.`),
};
