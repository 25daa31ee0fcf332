import { randomUUID } from 'node:crypto';
import type { AccountDirectory } from '@salesgraph/account-directory';
import { OpportunityStageChanged, type EventContext } from '@salesgraph/events';
import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import type { Outbox } from '@salesgraph/messaging';
import {
  BadInputError,
  ForbiddenError,
  eventContextOf,
  type GraphQLContext,
} from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import Decimal from 'decimal.js';
import type { DataSource, EntityManager } from 'typeorm';
import type { CreateOpportunityInput } from './dto/create-opportunity.input';
import type { OpportunityTermsInput } from './dto/opportunity-terms.input';
import type { OpportunityGuard } from './opportunity-guard';
import { OpportunityProduct } from './opportunity-product.type';
import { OpportunityStage } from './opportunity-stage';
import { isOpenStage, opportunityLifecycle } from './opportunity-lifecycle';
import { probabilityFor } from './opportunity-probability.rule';
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
    private readonly teams: TeamDirectory,
    private readonly accounts: AccountDirectory,
  ) {}

  async create(context: GraphQLContext, input: CreateOpportunityInput): Promise<Opportunity> {
    const { user } = context;
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.accounts.ownerOf(manager, input.accountId))) {
        throw new BadInputError(
          `Account ${input.accountId} is not known (or not yet): create opportunities for existing accounts.`,
          { field: 'accountId' },
        );
      }
      const ownerId = await this.ownerFor(manager, user, input.ownerId);
      const stage = input.stage ?? OpportunityStage.PROSPECTING;
      if (!isOpenStage(stage)) opportunityLifecycle.assert(OpportunityStage.PROSPECTING, stage);
      return this.open(
        manager,
        { accountId: input.accountId, ownerId, stage, terms: input.terms },
        eventContextOf(context),
      );
    });
  }

  /** Writes a new opportunity and its first OpportunityStageChanged (no previous stage) in `manager`'s transaction. */
  async open(
    manager: EntityManager,
    spec: NewOpportunity,
    context: EventContext,
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
      amount: new Decimal(terms.amount).toFixed(2),
      currency: terms.currency ?? 'EUR',
      probability: probabilityFor(spec.stage, terms.probability),
      expectedCloseDate: terms.expectedCloseDate ?? null,
      products: (terms.products ?? []).map(OpportunityProduct.of),
      lostReason: null,
      closedAt: null,
      createdBy: typeof context.actor.id === 'string' ? context.actor.id : spec.ownerId,
    });
    await manager.save(opportunity);
    await this.outbox.append(
      manager,
      OpportunityStageChanged,
      { ...opportunitySnapshot(opportunity), changedAt: opportunity.createdAt.toISOString() },
      context,
    );
    return opportunity;
  }

  /** Changes the terms of an open opportunity; what is left out stays. */
  async update(
    context: GraphQLContext,
    id: string,
    terms: OpportunityTermsInput,
  ): Promise<Opportunity> {
    return this.dataSource.transaction(async (manager) => {
      const opportunity = await this.guard.loadForChange(manager, context.user, id);
      if (!isOpenStage(opportunity.stage))
        opportunityLifecycle.assert(opportunity.stage, opportunity.stage);
      if (terms.name != null) opportunity.name = terms.name.trim();
      if (terms.amount != null) opportunity.amount = new Decimal(terms.amount).toFixed(2);
      if (terms.currency != null) opportunity.currency = terms.currency;
      if (terms.expectedCloseDate != null) opportunity.expectedCloseDate = terms.expectedCloseDate;
      if (terms.probability != null)
        opportunity.probability = probabilityFor(opportunity.stage, terms.probability);
      if (terms.products != null) opportunity.products = terms.products.map(OpportunityProduct.of);
      await manager.save(opportunity);
      await this.outbox.append(
        manager,
        OpportunityStageChanged,
        {
          ...opportunitySnapshot(opportunity),
          previousStage: opportunity.stage,
          changedAt: new Date().toISOString(),
        },
        eventContextOf(context),
      );
      return opportunity;
    });
  }

  /** The owner: the user, or for a manager (ADMIN: anyone) a member of their teams. */
  private async ownerFor(
    manager: EntityManager,
    user: AuthenticatedUser,
    ownerId?: string,
  ): Promise<string> {
    if (ownerId == null || ownerId === user.id) return user.id;
    if (hasRole(user, 'ADMIN')) return ownerId;
    if (
      user.roles.includes('SALES_MANAGER') &&
      (await this.teams.manages(manager, user.id, ownerId))
    )
      return ownerId;
    throw new ForbiddenError(
      `You may only open opportunities for yourself or for members of your teams, not for ${ownerId}.`,
    );
  }
}
