import { defineLifecycle } from '@salesgraph/service-kit';
import { MembershipRequestStatus } from './membership-request-status';

const { PENDING, APPROVED, REJECTED } = MembershipRequestStatus;

/** An admin decides a pending request once: approved or rejected, for good. */
export const membershipRequestLifecycle = defineLifecycle<MembershipRequestStatus>({
  entity: 'SalesTeamMembershipRequest',
  transitions: { [PENDING]: [APPROVED, REJECTED], [APPROVED]: [], [REJECTED]: [] },
  hint: () => 'The request has been decided already; a manager may ask again.',
});
