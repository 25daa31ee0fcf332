import type { AuthenticatedUser } from '@salesgraph/identity';
import { InvalidTransitionError } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/uuid';
import type { AccountAccess } from '../account/account-access';
import { Account } from '../account/account.entity';
import { AccountNotFoundError } from '../account/account.exception';
import { TouchpointStatus } from './touchpoint-enums';
import { Touchpoint } from './touchpoint.entity';
import { TouchpointNotFoundError } from './touchpoint.exception';

/**
 * Who may change a touchpoint: whoever may change its account, and, where
 * `ownerMay`, whoever carries it out (marketing completes its own). The
 * touchpoint and its account are locked for the rest of the transaction;
 * only planned touchpoints change.
 */
export class TouchpointAccess {
  constructor(private readonly access: AccountAccess) {}

  async requireChangeable(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
    { ownerMay }: { ownerMay: boolean },
  ): Promise<Touchpoint> {
    const touchpoint = isUuid(id)
      ? await manager.findOne(Touchpoint, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!touchpoint) throw new TouchpointNotFoundError(id);
    if (ownerMay && touchpoint.ownerId === user.id) {
      // the account is locked before the contact is touched, as every change under it does
      await manager.findOne(Account, {
        where: { id: touchpoint.accountId },
        lock: { mode: 'pessimistic_write' },
      });
    } else {
      try {
        await this.access.requireWritable(manager, user, touchpoint.accountId);
      } catch (error) {
        throw error instanceof AccountNotFoundError ? new TouchpointNotFoundError(id) : error;
      }
    }
    if (touchpoint.status !== TouchpointStatus.PLANNED)
      throw new InvalidTransitionError(
        'Touchpoint',
        touchpoint.status,
        'DONE or CANCELLED',
        'Only planned touchpoints change.',
      );
    return touchpoint;
  }
}
