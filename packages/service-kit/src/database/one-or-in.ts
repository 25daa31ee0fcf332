import { In, type FindOperator } from 'typeorm';
import { keyParameter } from './entities-by-keys';

/**
 * A find condition for a column among `values`: the value itself when there
 * is one, `In(values)` otherwise, by the same rule as the keyed reads'
 * parameter (`keyParameter`). TypeORM writes `In` as `= ANY($1)`, which
 * PostgreSQL, not seeing the array, estimates as ten keys: a prepared read of
 * one key then looks dearer as a generic plan than as one planned for its key,
 * and is planned again on every call (see `keyMatch` in entities-by-keys.ts).
 * `= $1` keeps its generic plan.
 */
export function oneOrIn<T>(values: readonly T[]): T | FindOperator<T> {
  const key = keyParameter(values);
  return key.count === 'one' ? (key.value as T) : In(key.value as T[]);
}
