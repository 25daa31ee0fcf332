import { AccountOwnerChanged, KeyAccountDesignated } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { BadInputError, DomainError, ForbiddenError } from '@salesgraph/service-kit';
import { TeamMember, type TeamDirectory } from '@salesgraph/team-directory';
import type { DataSource } from 'typeorm';
import { eventContextFor, type Caller } from '../../common/caller';
import type { AccountAccess } from '../account/account-access';
import type { AccountTier } from '../account/account-enums';
import { Account } from '../account/account.entity';
import type { HealthService } from '../health/health.service';
import type { DesignateKeyAccountInput } from './dto/designate-key-account.input';
import type { ReassignAccountOwnerInput } from './dto/reassign-account-owner.input';
import {
  ownershipHandoffRule,
  type HandoffDecision,
  type HandoffRequest,
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
    private readonly access: AccountAccess,
    private readonly directory: TeamDirectory,
    private readonly health: HealthService,
  ) {}

  designate(caller: Caller, input: DesignateKeyAccountInput): Promise<Account> {
    return this.handOver(caller, input.accountId, {
      kind: 'DESIGNATE_KEY_ACCOUNT',
      accountManagerId: input.accountManagerId,
    });
  }

  reassign(caller: Caller, input: ReassignAccountOwnerInput): Promise<Account> {
    return this.handOver(caller, input.accountId, {
      kind: 'REASSIGN',
      newOwnerId: input.newOwnerId,
    });
  }

  private handOver(caller: Caller, accountId: string, request: HandoffRequest): Promise<Account> {
    const { user } = caller;
    return this.dataSource.transaction(async (manager) => {
      await this.access.requireVisible(manager, user, accountId);
      const account = await manager.findOneOrFail(Account, {
        where: { id: accountId },
        lock: { mode: 'pessimistic_write' },
      });
      const candidateId =
        request.kind === 'REASSIGN' ? request.newOwnerId : request.accountManagerId;
      const memberships = await manager.findBy(TeamMember, { userId: candidateId });
      const decision = ownershipHandoffRule(request, {
        account,
        actor: {
          id: user.id,
          isAdmin: user.roles.includes('ADMIN'),
          managesCurrentOwner:
            user.roles.includes('SALES_MANAGER') &&
            (await this.directory.manages(manager, user.id, account.ownerId)),
        },
        candidate: {
          roles: [...new Set(memberships.map((m) => m.role))],
          managedByActor: memberships.some((m) => m.managerId === user.id),
        },
      });
      if (!decision.allowed) throw refusal(decision);

      const previousOwnerId = account.ownerId;
      const at = new Date().toISOString();
      const context = eventContextFor(caller);
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
            designatedBy: user.id,
            designatedAt: at,
          },
          context,
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
        context,
      );
      await this.health.recompute(manager, accountId, context);
      return manager.findOneByOrFail(Account, { id: accountId });
    });
  }
}

function refusal(decision: Extract<HandoffDecision, { allowed: false }>): DomainError {
  if (decision.code === 'FORBIDDEN') return new ForbiddenError(decision.message);
  if (decision.code === 'BAD_USER_INPUT') return new BadInputError(decision.message);
  return new DomainError('INVALID_TRANSITION', decision.message);
}
