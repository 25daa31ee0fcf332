import { randomUUID } from 'node:crypto';
import { inTransaction, isUuid, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import { AccountTeamMember } from './account-team-member.entity';
import { AccountTeamException } from './account-team.exception';
import type { AccountTeamJournal } from './account-team.journal';
import type { InternalDepartment } from './department';
import type { AddAccountTeamMemberInput } from './dto/add-account-team-member.input';
import { recordsOfAccount } from '../account/records-of-account';

/** The internal team of an account: the owner (or their manager) decides who is on it. */
export class AccountTeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountAccess,
    private readonly journal: AccountTeamJournal,
  ) {}

  add(
    command: CommandContext,
    input: AddAccountTeamMemberInput,
    id: string = randomUUID(),
  ): Promise<AccountTeamMember> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const account = await this.accounts.requireWritable(command, manager, input.accountId);
      const taken = await manager.existsBy(AccountTeamMember, {
        accountId: account.id,
        userId: input.userId,
        department: input.department,
      });
      if (taken) throw AccountTeamException.alreadyOnTeam(input.userId, input.department);
      const member = await manager.save(
        manager.create(AccountTeamMember, {
          ...input,
          id,
          accountId: account.id,
          addedBy: command.user.id,
        }),
      );
      await this.journal.record(command, manager, member, 'ADDED', member.addedAt);
      return member;
    });
  }

  /** Takes someone off the team; returns the removed member (its history ends with the removal). */
  remove(command: CommandContext, memberId: string): Promise<AccountTeamMember> {
    const notFound = () => AccountTeamException.memberNotFound(memberId);
    return inTransaction(this.dataSource, command, async (manager) => {
      const member = isUuid(memberId)
        ? await manager.findOneBy(AccountTeamMember, { id: memberId })
        : null;
      if (!member) throw notFound();
      await this.accounts.requireWritable(command, manager, member.accountId, notFound);
      const { affected } = await manager.delete(AccountTeamMember, { id: member.id });
      // removed meanwhile by someone else, who has recorded it
      if (!affected) throw notFound();
      // the row is gone; the event keeps who took the member off and when
      await this.journal.record(command, manager, member, 'REMOVED', command.clock.now());
      return member;
    });
  }

  /** The team of an account, by department; batched over the accounts of a request. */
  async ofAccount(
    command: CommandContext,
    accountId: string,
    department?: InternalDepartment,
  ): Promise<AccountTeamMember[]> {
    const members = await recordsOfAccount(command, this.dataSource, AccountTeamMember, accountId, {
      department: 'ASC',
      name: 'ASC',
    });
    return department ? members.filter((m) => m.department === department) : members;
  }
}
