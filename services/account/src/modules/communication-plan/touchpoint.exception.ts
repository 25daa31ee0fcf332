import { BadInputError, NotFoundError } from '@salesgraph/service-kit';

/** The communication plan's refusals: a code to branch on and a message for a person. */
export const TouchpointException = {
  /** Unknown, invisible and malformed ids alike, like the touchpoint's account. */
  notFound: (id: string) => new NotFoundError('Touchpoint', id),

  dueInThePast: (today: string) => new BadInputError(`nextDate must be today (${today}) or later.`),

  doneInTheFuture: () => new BadInputError('doneAt must not be in the future.'),
};
