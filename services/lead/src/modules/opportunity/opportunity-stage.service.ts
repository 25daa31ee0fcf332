import { OpportunityLost, OpportunityStageChanged, OpportunityWon } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  BadInputError,
  eventContextOf,
  inTransaction,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
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
    return inTransaction(this.dataSource, command, async (manager) => {
      const opportunity = await this.guard.loadForChange(command, manager, id);
      const previousStage = opportunity.stage;
      opportunityLifecycle.assert(previousStage, input.stage);
      opportunity.stage = input.stage;
      opportunity.probability = probabilityFor(input.stage, input.probability);
      await manager.save(opportunity);
      await this.outbox.append(
        manager,
        OpportunityStageChanged,
        {
          ...opportunitySnapshot(opportunity),
          previousStage,
          changedAt: command.clock.now().toISOString(),
        },
        eventContextOf(command),
      );
      return opportunity;
    });
  }

  win(command: CommandContext, id: string, input: WinOpportunityInput): Promise<Opportunity> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const opportunity = await this.guard.loadForChange(command, manager, id);
      opportunityLifecycle.assert(opportunity.stage, OpportunityStage.WON);
      if (input.lines) opportunity.products = input.lines.map(OpportunityProduct.of);
      this.close(opportunity, OpportunityStage.WON, command.clock.now());
      await manager.save(opportunity);
      const lines = opportunity.products
        .filter((p) => p.quantity != null)
        .map((p) => ({
          productId: p.productId,
          quantity: p.quantity as number,
          ...(p.unitPrice ? { unitPrice: p.unitPrice } : {}),
        }));
      await this.outbox.append(
        manager,
        OpportunityWon,
        {
          ...opportunitySnapshot(opportunity),
          lines,
          wonAt: (opportunity.closedAt as Date).toISOString(),
        },
        eventContextOf(command),
      );
      return opportunity;
    });
  }

  lose(command: CommandContext, id: string, reason: string): Promise<Opportunity> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const opportunity = await this.guard.loadForChange(command, manager, id);
      opportunityLifecycle.assert(opportunity.stage, OpportunityStage.LOST);
      this.close(opportunity, OpportunityStage.LOST, command.clock.now());
      opportunity.lostReason = reason.trim();
      await manager.save(opportunity);
      await this.outbox.append(
        manager,
        OpportunityLost,
        {
          ...opportunitySnapshot(opportunity),
          lostReason: opportunity.lostReason,
          lostAt: (opportunity.closedAt as Date).toISOString(),
        },
        eventContextOf(command),
      );
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
