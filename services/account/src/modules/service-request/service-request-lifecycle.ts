import { defineLifecycle, type Lifecycle } from '@salesgraph/service-kit';
import { ServiceRequestStatus as S } from './service-request-enums';

/** Who moves a request: the department that works on it, or the account's side that routed it. */
export type ServiceRequestActor = 'DEPARTMENT' | 'ACCOUNT';

const hintFor =
  (who: string, transitions: Record<S, readonly S[]>) =>
  (from: S): string =>
    transitions[from].length
      ? `${who} may move it to ${transitions[from].join(', ')}.`
      : `${from} is final.`;

/** The account manager may also withdraw the request, or reopen work on it... */
const accountSide: Record<S, readonly S[]> = {
  [S.OPEN]: [S.IN_PROGRESS, S.DONE, S.CANCELLED],
  [S.IN_PROGRESS]: [S.OPEN, S.DONE, S.CANCELLED],
  [S.DONE]: [],
  [S.CANCELLED]: [],
};

/** ...the department does the work. */
const department: Record<S, readonly S[]> = {
  [S.OPEN]: [S.IN_PROGRESS, S.DONE],
  [S.IN_PROGRESS]: [S.DONE],
  [S.DONE]: [],
  [S.CANCELLED]: [],
};

/** OPEN -> IN_PROGRESS -> DONE; OPEN or IN_PROGRESS -> CANCELLED. DONE and CANCELLED are final. */
export const serviceRequestLifecycle = defineLifecycle<S>({
  entity: 'Service request',
  transitions: accountSide,
  hint: hintFor('The account side', accountSide),
});

/** The moves each side may make: the department's are a part of the account side's. */
export const serviceRequestMoves: Record<ServiceRequestActor, Lifecycle<S>> = {
  ACCOUNT: serviceRequestLifecycle,
  DEPARTMENT: defineLifecycle<S>({
    entity: 'Service request',
    transitions: department,
    hint: hintFor('The department', department),
  }),
};
