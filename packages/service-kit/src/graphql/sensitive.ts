import type { Sensitivity } from '@salesgraph/events';
import {
  costAndMarginReaders,
  hasRole,
  type AuthenticatedUser,
  type Role,
} from '@salesgraph/identity';
import { Authorized } from 'type-graphql';

/**
 * Who may read each kind of sensitive data: the one table that both the
 * fields of the graph (`@Sensitive`) and the `history` of every entity (the
 * fields event contracts mark) answer from. ADMIN passes every role check.
 */
export const sensitiveDataReaders = {
  COST_AND_MARGIN: costAndMarginReaders,
} as const satisfies Record<Sensitivity, readonly Role[]>;

export function maySee(user: AuthenticatedUser, sensitivity: Sensitivity): boolean {
  return hasRole(user, ...sensitiveDataReaders[sensitivity]);
}

/**
 * A field of the graph that holds sensitive data: readers outside
 * `sensitiveDataReaders` get FORBIDDEN for it. Beside any field decorator
 * (`@Stored.money()`, `@Field`, `@FieldResolver`):
 *
 *   @Sensitive('COST_AND_MARGIN')
 *   @Stored.money()
 *   unitCost: string;
 */
export function Sensitive(sensitivity: Sensitivity): ReturnType<typeof Authorized> {
  return Authorized(...sensitiveDataReaders[sensitivity]);
}
