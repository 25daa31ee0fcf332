import { InvalidTransitionError } from '@salesgraph/service-kit';
import { ServiceRequestStatus as S } from './service-request-enums';

/** Who moves a request: the department that works on it, or the account's side that routed it. */
export type ServiceRequestActor = 'DEPARTMENT' | 'ACCOUNT';

const allowed: Record<ServiceRequestActor, Record<S, S[]>> = {
  // the department does the work...
  DEPARTMENT: {
    [S.OPEN]: [S.IN_PROGRESS, S.DONE],
    [S.IN_PROGRESS]: [S.DONE],
    [S.DONE]: [],
    [S.CANCELLED]: [],
  },
  // ...the account manager may also withdraw the request or reopen work on it
  ACCOUNT: {
    [S.OPEN]: [S.IN_PROGRESS, S.DONE, S.CANCELLED],
    [S.IN_PROGRESS]: [S.OPEN, S.DONE, S.CANCELLED],
    [S.DONE]: [],
    [S.CANCELLED]: [],
  },
};

export function assertServiceRequestTransition(actor: ServiceRequestActor, from: S, to: S): void {
  const next = allowed[actor][from];
  if (!next.includes(to))
    throw new InvalidTransitionError(
      'Service request',
      from,
      to,
      next.length
        ? `${actor === 'DEPARTMENT' ? 'The department' : 'The account side'} may move it to ${next.join(', ')}.`
        : `${from} is final.`,
    );
}

export function isClosed(status: S): boolean {
  return status === S.DONE || status === S.CANCELLED;
}
