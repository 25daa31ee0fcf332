/**
 * Which orders count where (README.md, "Which revenue counts"). Booked
 * revenue is the order service's decision, carried in every snapshot: an
 * order counts while `countsAsBooked`, dated by `bookedAt` (its
 * confirmation). Two figures of the account's own read the order's status:
 * - pending: orders PLACED and not confirmed yet;
 * - the last order: every order the customer placed, dated by when it was
 *   placed, pending ones included (the customer did order); DRAFT and
 *   CANCELLED orders are no orders of the customer's.
 */
export const PENDING_STATUS = 'PLACED';
export const NOT_ORDERED_STATUSES = ['DRAFT', 'CANCELLED'];
