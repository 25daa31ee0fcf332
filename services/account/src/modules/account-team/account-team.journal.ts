import { AccountTeamChanged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { AccountTeamMember } from './account-team-member.entity';

/** Records AccountTeamChanged: who joined or left an account's team shows in the member's history. */
export class AccountTeamJournal {
  constructor(private readonly outbox: Outbox) {}

  async record(
    command: CommandContext,
    manager: EntityManager,
    member: AccountTeamMember,
    change: 'ADDED' | 'REMOVED',
    at: Date,
  ): Promise<void> {
    await this.outbox.append(
      manager,
      AccountTeamChanged,
      {
        accountId: member.accountId,
        memberId: member.id,
        userId: member.userId,
        department: member.department,
        role: member.role,
        change,
        changedAt: at.toISOString(),
      },
      eventContextOf(command),
    );
  }
}
