import type { TeamDirectory } from '@salesgraph/team-directory';
import type { EntityManager } from 'typeorm';
import { AssignmentPlanner } from './assignment-planner';

/**
 * How long a planning transaction waits for the assignment lock before it
 * gives up, and its batch with it (the consumer retries the batch). It guards
 * a cycle PostgreSQL cannot see: the batch's own transaction waits for its
 * planning connection, which waits for the lock, whose holder could be waiting
 * for a row the batch's transaction wrote (its inbox rows, when another
 * consumer got the same events in a rebalance).
 */
const PLANNING_LOCK_TIMEOUT = '10s';

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
 * The batch's transaction must not hold the assignment lock itself (it would
 * wait for its own planning forever): plan aside before anything in it takes
 * the lock.
 */
export async function planAside<T>(
  manager: EntityManager,
  directory: TeamDirectory,
  now: Date,
  plan: (planner: AssignmentPlanner) => Promise<T>,
): Promise<T> {
  const [{ id }]: Array<{ id: string }> = await manager.query(
    'SELECT pg_current_xact_id()::text AS id',
  );
  const runner = manager.connection.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    await runner.query(`SET LOCAL lock_timeout = '${PLANNING_LOCK_TIMEOUT}'`);
    const planner = await AssignmentPlanner.locked(runner.manager, directory);
    await forgetStaleReservations(runner.manager);
    const planned = await plan(planner);
    await planner.saveCursors(now);
    await planner.reserveGiven(id);
    await runner.commitTransaction();
    return planned;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
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
