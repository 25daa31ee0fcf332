import { AccountTeamChanged, type EventContext } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import type { EntityManager } from 'typeorm';
import type { AccountTeamMember } from './account-team-member.entity';

/** Records AccountTeamChanged: who joined or left an account's team shows in the member's history. */
export class AccountTeamJournal {
  constructor(private readonly outbox: Outbox) {}

  async record(
    manager: EntityManager,
    member: AccountTeamMember,
    change: 'ADDED' | 'REMOVED',
    context: EventContext,
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
      context,
    );
  }
}
