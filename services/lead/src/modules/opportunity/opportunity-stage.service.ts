import {
  OpportunityLost,
  OpportunityStageChanged,
  OpportunityWon,
  type EventDefinition,
  type OpportunitySnapshot,
} from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  BadInputError,
  eventContextOf,
  inTransaction,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { MoveOpportunityInput } from './dto/move-opportunity.input';
import type { WinOpportunityInput } from './dto/win-opportunity.input';
import type { OpportunityGuard } from './opportunity-guard';
import { OpportunityProduct } from './opportunity-product.type';
import { OpportunityStage } from './opportunity-stage';
import { isOpenStage, opportunityLifecycle } from './opportunity-lifecycle';
import { probabilityFor } from './opportunity-probability.rule';
import { opportunitySnapshot } from './opportunity-snapshot';
import type { Opportunity } from './opportunity.entity';

/** Moves opportunities through their stages; WON and LOST close them and say so in their own events. */
export class OpportunityStageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly guard: OpportunityGuard,
  ) {}

  move(command: CommandContext, id: string, input: MoveOpportunityInput): Promise<Opportunity> {
    if (!isOpenStage(input.stage)) {
      throw new BadInputError(
        `Use ${input.stage === OpportunityStage.WON ? 'winOpportunity' : 'loseOpportunity'} to close an opportunity.`,
        { field: 'stage' },
      );
    }
    return this.step(command, id, input.stage, OpportunityStageChanged, (opportunity, now) => {
      const previousStage = opportunity.stage;
      opportunity.stage = input.stage;
      opportunity.probability = probabilityFor(input.stage, input.probability);
      return { previousStage, changedAt: now.toISOString() };
    });
  }

  win(command: CommandContext, id: string, input: WinOpportunityInput): Promise<Opportunity> {
    return this.step(command, id, OpportunityStage.WON, OpportunityWon, (opportunity, now) => {
      if (input.lines) opportunity.products = input.lines.map(OpportunityProduct.of);
      this.close(opportunity, OpportunityStage.WON, now);
      const lines = opportunity.products
        .filter((p) => p.quantity != null)
        .map((p) => ({
          productId: p.productId,
          quantity: p.quantity as number,
          ...(p.unitPrice ? { unitPrice: p.unitPrice } : {}),
        }));
      return { lines, wonAt: now.toISOString() };
    });
  }

  lose(command: CommandContext, id: string, reason: string): Promise<Opportunity> {
    return this.step(command, id, OpportunityStage.LOST, OpportunityLost, (opportunity, now) => {
      this.close(opportunity, OpportunityStage.LOST, now);
      opportunity.lostReason = reason.trim();
      return { lostReason: opportunity.lostReason, lostAt: now.toISOString() };
    });
  }

  /**
   * One step to the stage `to`: checked on the locked opportunity, then
   * `apply` makes the change and returns what `event` adds to the snapshot.
   * The snapshot is taken after saving, so it carries the new revision.
   */
  private step<TType extends string, TSchema extends z.ZodType>(
    command: CommandContext,
    id: string,
    to: OpportunityStage,
    event: EventDefinition<TType, TSchema>,
    apply: (
      opportunity: Opportunity,
      now: Date,
    ) => Omit<z.input<TSchema>, keyof OpportunitySnapshot>,
  ): Promise<Opportunity> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const opportunity = await this.guard.loadForChange(command, manager, id);
      opportunityLifecycle.assert(opportunity.stage, to);
      const details = apply(opportunity, command.clock.now());
      await manager.save(opportunity);
      // The event's data is the snapshot and the details; zod checks it as it is appended.
      const data = { ...opportunitySnapshot(opportunity), ...details } as z.input<TSchema>;
      await this.outbox.append(manager, event, data, eventContextOf(command));
      return opportunity;
    });
  }

  private close(
    opportunity: Opportunity,
    stage: typeof OpportunityStage.WON | typeof OpportunityStage.LOST,
    at: Date,
  ): void {
    opportunity.stage = stage;
    opportunity.probability = probabilityFor(stage);
    opportunity.closedAt = at;
  }
}
