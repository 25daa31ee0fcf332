import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@salesgraph/service-kit';
import { In, type DataSource } from 'typeorm';
import { eventContextFor, type Caller } from '../../common/caller';
import { isUuid } from '../../common/uuid';
import type { AccountAccess } from '../account/account-access';
import { AccountNotFoundError } from '../account/account.exception';
import { AccountTeamMember } from './account-team-member.entity';
import type { AccountTeamJournal } from './account-team.journal';
import type { AddAccountTeamMemberInput } from './dto/add-account-team-member.input';

/** The internal team of an account: the owner (or their manager) decides who is on it. */
export class AccountTeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccountAccess,
    private readonly journal: AccountTeamJournal,
  ) {}

  async add(
    caller: Caller,
    input: AddAccountTeamMemberInput,
    id: string = randomUUID(),
  ): Promise<AccountTeamMember> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.access.requireWritable(manager, caller.user, input.accountId);
      const taken = await manager.existsBy(AccountTeamMember, {
        accountId: account.id,
        userId: input.userId,
        department: input.department,
      });
      if (taken)
        throw new ConflictError(
          `${input.userId} is already on the team of this account for ${input.department}.`,
        );
      const member = await manager.save(
        manager.create(AccountTeamMember, {
          ...input,
          id,
          accountId: account.id,
          addedBy: caller.user.id,
        }),
      );
      await this.journal.record(manager, member, 'ADDED', eventContextFor(caller), member.addedAt);
      return member;
    });
  }

  /** Takes someone off the team; returns the removed member (its history ends with the removal). */
  async remove(caller: Caller, memberId: string): Promise<AccountTeamMember> {
    return this.dataSource.transaction(async (manager) => {
      const member = isUuid(memberId)
        ? await manager.findOneBy(AccountTeamMember, { id: memberId })
        : null;
      if (!member) throw new NotFoundError('Account team member', memberId);
      try {
        await this.access.requireWritable(manager, caller.user, member.accountId);
      } catch (error) {
        throw error instanceof AccountNotFoundError
          ? new NotFoundError('Account team member', memberId)
          : error;
      }
      const { affected } = await manager.delete(AccountTeamMember, { id: member.id });
      // removed meanwhile by someone else, who has recorded it
      if (!affected) throw new NotFoundError('Account team member', memberId);
      // the row is gone; the event keeps who took the member off and when
      await this.journal.record(manager, member, 'REMOVED', eventContextFor(caller), new Date());
      return member;
    });
  }

  ofAccounts(accountIds: readonly string[]): Promise<AccountTeamMember[]> {
    return this.dataSource.manager.find(AccountTeamMember, {
      where: { accountId: In([...accountIds]) },
      order: { department: 'ASC', name: 'ASC' },
    });
  }
}
