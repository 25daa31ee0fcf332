import { isUuid, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import { Account } from '../account/account.entity';
import { Touchpoint } from './touchpoint.entity';
import { TouchpointException } from './touchpoint.exception';

/**
 * Who may change a touchpoint: whoever may change its account, and, where
 * `ownerMay`, whoever carries it out (marketing completes its own: the
 * communication plan's own rule on top of account access). The touchpoint
 * and its account are locked for the rest of the transaction.
 */
export class TouchpointAccess {
  constructor(private readonly accounts: AccountAccess) {}

  async requireChangeable(
    command: CommandContext,
    manager: EntityManager,
    id: string,
    { ownerMay }: { ownerMay: boolean },
  ): Promise<Touchpoint> {
    const notFound = () => TouchpointException.notFound(id);
    const touchpoint = isUuid(id)
      ? await manager.findOne(Touchpoint, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!touchpoint) throw notFound();
    if (ownerMay && touchpoint.ownerId === command.user.id) {
      // the account is locked before the contact is touched, as every change under it does
      await manager.findOne(Account, {
        where: { id: touchpoint.accountId },
        lock: { mode: 'pessimistic_write' },
      });
    } else {
      await this.accounts.requireWritable(command, manager, touchpoint.accountId, notFound);
    }
    return touchpoint;
  }
}
