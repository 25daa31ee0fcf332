import { randomUUID } from 'node:crypto';
import type { AccessPolicy } from '@salesgraph/access';
import type { AccountDirectory } from '@salesgraph/account-directory';
import { OpportunityStageChanged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  applyChanges,
  BadInputError,
  eventContextOf,
  ForbiddenError,
  inTransaction,
  toCents,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { CreateOpportunityInput } from './dto/create-opportunity.input';
import type { OpportunityTermsInput } from './dto/opportunity-terms.input';
import type { OpportunityGuard } from './opportunity-guard';
import { isOpenStage, opportunityLifecycle } from './opportunity-lifecycle';
import { probabilityFor } from './opportunity-probability.rule';
import { OpportunityProduct } from './opportunity-product.type';
import { OpportunityStage } from './opportunity-stage';
import { opportunitySnapshot } from './opportunity-snapshot';
import { Opportunity } from './opportunity.entity';

export interface NewOpportunity {
  id?: string;
  accountId: string;
  leadId?: string | null;
  ownerId: string;
  stage: OpportunityStage;
  terms: OpportunityTermsInput;
}

/** Opens opportunities and changes their terms; every change publishes the whole opportunity. */
export class OpportunityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly guard: OpportunityGuard,
    private readonly policy: AccessPolicy,
    private readonly accounts: AccountDirectory,
  ) {}

  create(command: CommandContext, input: CreateOpportunityInput): Promise<Opportunity> {
    return inTransaction(this.dataSource, command, async (manager) => {
      if (!(await this.accounts.ownerOf(manager, input.accountId))) {
        throw new BadInputError(
          `Account ${input.accountId} is not known (or not yet): create opportunities for existing accounts.`,
          { field: 'accountId' },
        );
      }
      const ownerId = await this.ownerFor(command, manager, input.ownerId);
      const stage = input.stage ?? OpportunityStage.PROSPECTING;
      if (!isOpenStage(stage)) opportunityLifecycle.assert(OpportunityStage.PROSPECTING, stage);
      return this.open(command, manager, {
        accountId: input.accountId,
        ownerId,
        stage,
        terms: input.terms,
      });
    });
  }

  /** Writes a new opportunity and its first OpportunityStageChanged (no previous stage) in `manager`'s transaction. */
  async open(
    command: CommandContext,
    manager: EntityManager,
    spec: NewOpportunity,
  ): Promise<Opportunity> {
    const { terms } = spec;
    if (!terms.name || terms.amount == null)
      throw new BadInputError('A new opportunity needs a name and an amount.', {
        field: terms.name ? 'amount' : 'name',
      });
    const opportunity = manager.create(Opportunity, {
      id: spec.id ?? randomUUID(),
      accountId: spec.accountId,
      leadId: spec.leadId ?? null,
      ownerId: spec.ownerId,
      stage: spec.stage,
      name: terms.name.trim(),
      amount: toCents(terms.amount),
      currency: terms.currency ?? 'EUR',
      probability: probabilityFor(spec.stage, terms.probability),
      expectedCloseDate: terms.expectedCloseDate ?? null,
      products: (terms.products ?? []).map(OpportunityProduct.of),
      lostReason: null,
      closedAt: null,
      createdBy: command.actor.id ?? spec.ownerId,
    });
    await manager.save(opportunity);
    await this.outbox.append(
      manager,
      OpportunityStageChanged,
      { ...opportunitySnapshot(opportunity), changedAt: opportunity.createdAt.toISOString() },
      eventContextOf(command),
    );
    return opportunity;
  }

  /** Changes the terms of an open opportunity; what is left out stays. */
  update(command: CommandContext, id: string, terms: OpportunityTermsInput): Promise<Opportunity> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const opportunity = await this.guard.loadForChange(command, manager, id);
      // A closed deal keeps its terms: refused as the closed stage refuses any move.
      if (!isOpenStage(opportunity.stage))
        opportunityLifecycle.assert(opportunity.stage, opportunity.stage);
      applyChanges(opportunity, {
        name: terms.name?.trim(),
        amount: terms.amount != null ? toCents(terms.amount) : undefined,
        currency: terms.currency,
        expectedCloseDate: terms.expectedCloseDate,
        probability:
          terms.probability != null
            ? probabilityFor(opportunity.stage, terms.probability)
            : undefined,
        products: terms.products?.map(OpportunityProduct.of),
      });
      await manager.save(opportunity);
      await this.outbox.append(
        manager,
        OpportunityStageChanged,
        {
          ...opportunitySnapshot(opportunity),
          previousStage: opportunity.stage,
          changedAt: command.clock.now().toISOString(),
        },
        eventContextOf(command),
      );
      return opportunity;
    });
  }

  /** The owner: the user, or for a manager (ADMIN: anyone) a member of their teams. */
  private async ownerFor(
    command: CommandContext,
    manager: EntityManager,
    ownerId?: string,
  ): Promise<string> {
    const { user } = command;
    if (ownerId == null || ownerId === user.id) return user.id;
    if ((await this.policy.scopeOf(command, manager)).managesPerson(ownerId)) return ownerId;
    throw new ForbiddenError(
      `You may only open opportunities for yourself or for members of your teams, not for ${ownerId}.`,
    );
  }
}
