import type { AccessPolicy } from '@salesgraph/access';
import { AccountOwnerChanged, KeyAccountDesignated } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  BadInputError,
  DomainError,
  eventContextOf,
  ForbiddenError,
  inTransaction,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import type { AccountTier } from '../account/account-enums';
import { Account } from '../account/account.entity';
import type { HealthService } from '../health/health.service';
import type { DesignateKeyAccountInput } from './dto/designate-key-account.input';
import type { ReassignAccountOwnerInput } from './dto/reassign-account-owner.input';
import {
  ownershipHandoffRule,
  type HandoffDecision,
  type HandoffFacts,
  type HandoffRequest,
  type TeamRole,
} from './ownership-handoff.rule';

/**
 * Applies the handoff rule. Every ownership change publishes
 * AccountOwnerChanged with the rule's version (designation also
 * KeyAccountDesignated): other services keep their account directory from
 * these, so one is written for every change, in the same transaction.
 */
export class OwnershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly accounts: AccountAccess,
    private readonly policy: AccessPolicy,
    private readonly directory: TeamDirectory,
    private readonly health: HealthService,
  ) {}

  designate(command: CommandContext, input: DesignateKeyAccountInput): Promise<Account> {
    return this.handOver(command, input.accountId, {
      kind: 'DESIGNATE_KEY_ACCOUNT',
      accountManagerId: input.accountManagerId,
    });
  }

  reassign(command: CommandContext, input: ReassignAccountOwnerInput): Promise<Account> {
    return this.handOver(command, input.accountId, {
      kind: 'REASSIGN',
      newOwnerId: input.newOwnerId,
    });
  }

  private handOver(
    command: CommandContext,
    accountId: string,
    request: HandoffRequest,
  ): Promise<Account> {
    return inTransaction(this.dataSource, command, async (manager) => {
      await this.accounts.requireVisible(command, accountId, manager);
      const account = await manager.findOneOrFail(Account, {
        where: { id: accountId },
        lock: { mode: 'pessimistic_write' },
      });
      const scope = await this.policy.scopeOf(command, manager);
      const candidateId =
        request.kind === 'REASSIGN' ? request.newOwnerId : request.accountManagerId;
      const decision = ownershipHandoffRule(request, {
        account,
        actor: {
          id: command.user.id,
          isAdmin: scope.everything,
          managesCurrentOwner: scope.managesPerson(account.ownerId),
        },
        candidate: await this.candidate(manager, candidateId, command.user.id),
      });
      if (!decision.allowed) throw refusal(decision);

      const previousOwnerId = account.ownerId;
      const at = command.clock.now().toISOString();
      account.ownerId = decision.newOwnerId;
      account.tier = decision.tier as AccountTier;
      await manager.save(account);
      if (request.kind === 'DESIGNATE_KEY_ACCOUNT')
        await this.outbox.append(
          manager,
          KeyAccountDesignated,
          {
            accountId,
            accountManagerId: decision.newOwnerId,
            previousOwnerId,
            designatedBy: command.user.id,
            designatedAt: at,
          },
          eventContextOf(command),
        );
      await this.outbox.append(
        manager,
        AccountOwnerChanged,
        {
          accountId,
          previousOwnerId,
          ownerId: decision.newOwnerId,
          tier: decision.tier,
          reason: decision.reason,
          ruleVersion: decision.ruleVersion,
          changedAt: at,
        },
        eventContextOf(command),
      );
      await this.health.recompute(command, manager, accountId);
      return manager.findOneByOrFail(Account, { id: accountId });
    });
  }

  /** What the team directory knows of the proposed owner: their roles, and whether the actor manages them. */
  private async candidate(
    manager: EntityManager,
    candidateId: string,
    actorId: string,
  ): Promise<HandoffFacts['candidate']> {
    const teams = await this.directory.teamsOf(manager, candidateId);
    const roles = new Set<TeamRole>();
    for (const { teamId } of teams)
      for (const member of await this.directory.membersOfTeam(manager, teamId))
        if (member.userId === candidateId) roles.add(member.role);
    return { roles: [...roles], managedByActor: teams.some((t) => t.managerId === actorId) };
  }
}

function refusal(decision: Extract<HandoffDecision, { allowed: false }>): DomainError {
  if (decision.code === 'FORBIDDEN') return new ForbiddenError(decision.message);
  if (decision.code === 'BAD_USER_INPUT') return new BadInputError(decision.message);
  // the rule's own message: a lost account, a key account designated twice
  return new DomainError('INVALID_TRANSITION', decision.message);
}
