import type { TeamDirectory } from '@salesgraph/team-directory';
import type { EntityManager } from 'typeorm';
import { AssignmentPlanner } from './assignment-planner';

/**
 * How long a planning transaction waits for the assignment lock before the
 * batch plans in its own transaction instead. A plan holds the lock for
 * milliseconds, but a transaction that took it itself (a one-at-a-time
 * capture, a plan taken back) holds it to its commit, and may be waiting for
 * a row the batch's transaction wrote (its leads, or its inbox rows when
 * another consumer got the same events in a rebalance): the batch waits for
 * its planning connection, the connection for the lock, a cycle PostgreSQL
 * cannot see. Planned in the batch's own transaction, the cycle is
 * PostgreSQL's to find, and it does.
 */
const PLANNING_LOCK_TIMEOUT = '2s';
/** PostgreSQL's lock_not_available: the lock timeout ran out. */
const LOCK_NOT_AVAILABLE = '55P03';

/** What a plan answered, and whether it was made aside (else in the batch's transaction, which now holds the lock). */
export interface PlannedAside<T> {
  planned: T;
  aside: boolean;
}

/**
 * Plans owners for leads that `manager`'s transaction (the batch's) is about
 * to store, in a transaction of its own on another connection: under the
 * assignment lock, which is held only while planning, not until the batch
 * commits. What the planner gave is left behind, committed, as reservations
 * of the batch's transaction, which every planner counts against the reps'
 * caps; the batch takes them back with `releaseReservations` once its leads
 * are written, so that a planner reading after its commit counts the leads
 * instead. The rotation's new positions are committed with the plan: if the
 * batch fails, the rotation has moved on (the next rep gets the next lead),
 * and its reservations count for nothing once its transaction has ended.
 *
 * When the lock is not to be had within PLANNING_LOCK_TIMEOUT, the plan is
 * made in the batch's transaction under the lock, held from then to its
 * commit: slower, never wrong. A transaction that holds the lock itself must
 * not plan aside (its planning would wait for it until the timeout).
 */
export async function planAside<T>(
  manager: EntityManager,
  directory: TeamDirectory,
  now: Date,
  plan: (planner: AssignmentPlanner) => Promise<T>,
): Promise<PlannedAside<T>> {
  const [{ id }]: Array<{ id: string }> = await manager.query(
    'SELECT pg_current_xact_id()::text AS id',
  );
  const runner = manager.connection.createQueryRunner();
  let planner: AssignmentPlanner;
  try {
    await runner.connect();
    await runner.startTransaction();
    await runner.query(`SET LOCAL lock_timeout = '${PLANNING_LOCK_TIMEOUT}'`);
    planner = await AssignmentPlanner.locked(runner.manager, directory);
    await forgetStaleReservations(runner.manager);
    const planned = await plan(planner);
    await planner.saveCursors(now);
    await planner.reserveGiven(id);
    await runner.commitTransaction();
    return { planned, aside: true };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    if (!lockTimedOut(error)) throw error;
  } finally {
    await runner.release();
  }
  planner = await AssignmentPlanner.locked(manager, directory);
  const planned = await plan(planner);
  await planner.saveCursors(now);
  return { planned, aside: false };
}

function lockTimedOut(error: unknown): boolean {
  return (
    (error as { driverError?: { code?: string } } | null)?.driverError?.code === LOCK_NOT_AVAILABLE
  );
}

/**
 * The reservations of `manager`'s transaction, taken back now that its leads
 * are written: inside the transaction they are its leads, outside they stay
 * reservations until it commits.
 */
export async function releaseReservations(manager: EntityManager): Promise<void> {
  await manager.query(
    'DELETE FROM assignment_reservation WHERE transaction_id = pg_current_xact_id()',
  );
}

/**
 * Reservations of transactions that ended without committing (or so long ago
 * that PostgreSQL no longer knows): they count for nothing already; deleted
 * under the lock, so the table holds only batches in flight.
 */
async function forgetStaleReservations(manager: EntityManager): Promise<void> {
  await manager.query(
    `DELETE FROM assignment_reservation
      WHERE pg_xact_status(transaction_id) IS DISTINCT FROM 'in progress'
        AND pg_xact_status(transaction_id) IS DISTINCT FROM 'committed'`,
  );
}
