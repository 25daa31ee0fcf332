/**
 * The SQL expression an outbox INSERT writes into `position_final` for each row: it tries, without
 * waiting, the transaction-scoped advisory lock on the row's aggregate that the commit trigger
 * would otherwise take (migration OutboxPositionAtInsert). Holding it when the position is drawn
 * makes the position final, and the trigger skips the row; when another open transaction holds
 * it, the row is marked so and its position is drawn again at commit, under the lock.
 *
 * `aggregateType` and `aggregateId` are SQL expressions of type text.
 */
export function positionLockSql(aggregateType: string, aggregateId: string): string {
  return `pg_try_advisory_xact_lock(hashtextextended('outbox:' || ${aggregateType} || ':' || ${aggregateId}, 0))`;
}
