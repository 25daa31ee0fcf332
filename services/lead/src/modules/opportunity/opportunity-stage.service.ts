import {
  OpportunityLost,
  OpportunityStageChanged,
  OpportunityWon,
  type EventDefinition,
  type OpportunitySnapshot,
  type QuoteAcceptedData,
} from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  BadInputError,
  eventContextOf,
  Exact,
  inTransaction,
  isUuid,
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
import { Opportunity } from './opportunity.entity';

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

  /**
   * The customer accepted a quote for this opportunity (QuoteAccepted from
   * the order service): it is won, with the quote's amount, currency and
   * products. Already closed (a redelivery, or a deal closed otherwise
   * meanwhile): nothing changes. Unknown: nothing to win (the quote named an
   * opportunity this service does not have); returns null either way.
   */
  winFromQuote(command: CommandContext, accepted: QuoteAcceptedData): Promise<Opportunity | null> {
    const { quote } = accepted;
    const id = quote.opportunityId;
    if (!id || !isUuid(id)) return Promise.resolve(null);
    return inTransaction(this.dataSource, command, async (manager) => {
      const opportunity = await manager.findOne(Opportunity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!opportunity || !isOpenStage(opportunity.stage)) return null;
      const now = command.clock.now();
      opportunity.amount = quote.totalNet;
      opportunity.currency = quote.currency;
      opportunity.products = quote.lines.map((line) =>
        OpportunityProduct.of({
          productId: line.productId,
          quantity: wholeNumber(line.quantity),
          unitPrice: line.unitPrice,
        }),
      );
      this.close(opportunity, OpportunityStage.WON, now);
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
          wonAt: now.toISOString(),
          quoteId: quote.quoteId,
        },
        eventContextOf(command),
      );
      return opportunity;
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

/** A quote's quantity as the opportunity keeps it: a whole number, or unknown. */
function wholeNumber(quantity: string): number | null {
  const value = new Exact(quantity);
  return value.isInteger() && value.isPositive() && value.lessThan(2_147_483_647)
    ? value.toNumber()
    : null;
}
