import { randomUUID } from 'node:crypto';
import { PriceApprovalDecided, PriceApprovalRequested } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  inTransaction,
  isoDateOf,
  isUuid,
  loadOne,
  oneByKey,
  readerOf,
  updateIfVersion,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { SalesAccess } from '../access/sales-access';
import type { ContractService } from '../contract/contract.service';
import { SupplyContract } from '../contract/supply-contract.entity';
import { Order } from '../order/order.entity';
import type { OrderService } from '../order/order.service';
import { OrderStatus } from '../order/order-status';
import { SupplyContractStatus } from '../contract/contract-status';
import { PriceApproval } from './price-approval.entity';
import { PriceApprovalException } from './price-approval.exception';
import type { PriceApprovalStatus, PriceApprovalSubject } from './price-approval-status';
import { QuoteVersion } from '../quote/quote-version.entity';
import { Quote } from '../quote/quote.entity';
import { QuoteException } from '../quote/quote.exception';
import { PRICE_GUARD_VERSION } from './price-guard.rule';
import type { PricedTerms, PriceTerms } from './price-terms';

/**
 * The approval step of the price guard. An ad hoc order is not placed, and a
 * contract not signed, while a price is below cost or a discount over the
 * threshold, unless the seller's sales manager approved exactly these terms.
 * The seller asks (PriceApprovalRequested, naming the managers who may
 * decide); a manager of the seller's team decides (PriceApprovalDecided).
 * Terms changed since the request make it stale: it is WITHDRAWN instead.
 */
export class PriceApprovalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: SalesAccess,
    private readonly orders: OrderService,
    private readonly contracts: ContractService,
    private readonly terms: PriceTerms,
    private readonly directory: TeamDirectory,
  ) {}

  /** Before an ad hoc order is placed: PRICE_APPROVAL_REQUIRED unless its prices pass or were approved. */
  async clearOrder(manager: EntityManager, order: Order, day: string): Promise<void> {
    await this.assertCleared(manager, await this.terms.ofOrder(manager, order, day));
  }

  /** Before a contract is signed: the same for its negotiated prices. */
  async clearContract(
    manager: EntityManager,
    contract: SupplyContract,
    day: string,
  ): Promise<void> {
    await this.assertCleared(manager, await this.terms.ofContract(manager, contract, day));
  }

  /** Refuses (PRICE_APPROVAL_REQUIRED) unless the terms need no approval or have one. */
  async assertCleared(manager: EntityManager, terms: PricedTerms): Promise<void> {
    if (terms.breaches.length === 0) return;
    const approvals = await manager.find(PriceApproval, {
      where: { subjectId: terms.subjectId, status: In(['APPROVED', 'PENDING']) },
    });
    if (approvals.some((a) => a.status === 'APPROVED' && a.termsKey === terms.key)) return;
    throw PriceApprovalException.required(
      `${subjectName[terms.subjectType]} ${terms.subjectNumber}`,
      terms.breaches,
      approvals.some((a) => a.status === 'PENDING' && a.termsKey === terms.key),
    );
  }

  /** The seller asks their sales manager to approve the current terms; the same request again is a no-op. */
  request(
    command: CommandContext,
    subjectType: PriceApprovalSubject,
    subjectId: string,
  ): Promise<PriceApproval> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const terms = await this.changeableTerms(manager, command, subjectType, subjectId);
      if (terms.breaches.length === 0)
        throw PriceApprovalException.nothingToApprove(
          `${subjectName[subjectType]} ${terms.subjectNumber}`,
        );
      const pending = await manager.findOne(PriceApproval, {
        where: { subjectId, status: 'PENDING' },
        lock: { mode: 'pessimistic_write' },
      });
      if (pending?.termsKey === terms.key) return pending;
      if (pending) await this.close(manager, command, pending, 'WITHDRAWN', 'The terms changed.');
      const teams = await this.directory.teamsOf(manager, terms.sellerId);
      const approverIds = [...new Set(teams.map((t) => t.managerId))].filter(
        (id) => id !== terms.sellerId,
      );
      const approval = manager.create(PriceApproval, {
        id: randomUUID(),
        subjectType,
        subjectId,
        subjectNumber: terms.subjectNumber,
        accountId: terms.accountId,
        sellerId: terms.sellerId,
        requestedBy: command.user.id,
        approverIds,
        breaches: terms.breaches,
        termsKey: terms.key,
        status: 'PENDING',
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
      });
      await manager.save(approval);
      await this.outbox.append(
        manager,
        PriceApprovalRequested,
        {
          approvalId: approval.id,
          subjectType,
          subjectId,
          subjectNumber: terms.subjectNumber,
          accountId: terms.accountId,
          sellerId: terms.sellerId,
          requestedBy: command.user.id,
          approverIds,
          breaches: terms.breaches,
          ruleVersion: PRICE_GUARD_VERSION,
          requestedAt: approval.createdAt.toISOString(),
        },
        eventContextOf(command),
      );
      return approval;
    });
  }

  /** A sales manager of the seller's team (or an admin) approves or rejects; never the seller. */
  decide(
    command: CommandContext,
    approvalId: string,
    decision: 'APPROVED' | 'REJECTED',
    note?: string | null,
  ): Promise<PriceApproval> {
    return inTransaction(this.dataSource, command, async (manager) => {
      if (!isUuid(approvalId)) throw PriceApprovalException.notFound(approvalId);
      const approval = await manager.findOne(PriceApproval, {
        where: { id: approvalId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!approval) throw PriceApprovalException.notFound(approvalId);
      const scope = await this.access.scopeOf(command, manager);
      const mayDecide =
        scope.records.everything ||
        (command.user.id !== approval.sellerId &&
          (await this.directory.manages(manager, command.user.id, approval.sellerId)));
      if (!mayDecide) {
        if (!scope.records.sees(approval.sellerId))
          throw PriceApprovalException.notFound(approvalId);
        throw PriceApprovalException.notTheirManager(approval.sellerId);
      }
      if (approval.status !== 'PENDING') throw PriceApprovalException.decided(approval.status);
      // Terms changed since the request: what was asked is no longer what would be approved.
      const current = await this.currentTerms(manager, approval, isoDateOf(command.clock.now()));
      if (!current || current.key !== approval.termsKey)
        return this.close(manager, command, approval, 'WITHDRAWN', 'The terms changed.');
      return this.close(manager, command, approval, decision, note ?? null);
    });
  }

  /** Requests waiting for the caller (an admin: every one), oldest first. */
  async waitingFor(command: CommandContext): Promise<PriceApproval[]> {
    const reader = readerOf(this.dataSource, command);
    const scope = await this.access.scopeOf(command);
    const query = reader
      .createQueryBuilder(PriceApproval, 'a')
      .where("a.status = 'PENDING'")
      .orderBy('a.created_at', 'ASC');
    if (!scope.records.everything)
      query.andWhere(':me = ANY(a.approver_ids)', { me: command.user.id });
    return query.getMany();
  }

  /** The latest approval of an order or contract; all of one request's in one query. */
  latestOf(command: CommandContext, subjectId: string): Promise<PriceApproval | null> {
    return loadOne(command, 'order.price-approval', subjectId, async (ids) => {
      const rows = await readerOf(this.dataSource, command)
        .createQueryBuilder(PriceApproval, 'a')
        .distinctOn(['a.subject_id'])
        .where('a.subject_id IN (:...ids)', { ids: ids.filter(isUuid) })
        .orderBy('a.subject_id')
        .addOrderBy('a.created_at', 'DESC')
        .getMany();
      return oneByKey(ids, rows, (r) => r.subjectId);
    });
  }

  private async close(
    manager: EntityManager,
    command: CommandContext,
    approval: PriceApproval,
    status: Exclude<PriceApprovalStatus, 'PENDING'>,
    note: string | null,
  ): Promise<PriceApproval> {
    const now = command.clock.now();
    const changes = { status, decidedBy: command.user.id, decidedAt: now, decisionNote: note };
    await updateIfVersion(manager, PriceApproval, approval.id, approval.version, {
      ...changes,
      updatedAt: now,
    });
    Object.assign(approval, changes, { version: approval.version + 1, updatedAt: now });
    await this.outbox.append(
      manager,
      PriceApprovalDecided,
      {
        approvalId: approval.id,
        subjectType: approval.subjectType,
        subjectId: approval.subjectId,
        subjectNumber: approval.subjectNumber,
        accountId: approval.accountId,
        sellerId: approval.sellerId,
        requestedBy: approval.requestedBy,
        decision: status,
        decidedBy: command.user.id,
        ...(note ? { note } : {}),
        decidedAt: now.toISOString(),
      },
      eventContextOf(command),
    );
    return approval;
  }

  /** The terms of a draft order or a contract under negotiation the caller may change. */
  private async changeableTerms(
    manager: EntityManager,
    command: CommandContext,
    subjectType: PriceApprovalSubject,
    subjectId: string,
  ): Promise<PricedTerms> {
    const scope = await this.access.scopeOf(command, manager);
    const day = isoDateOf(command.clock.now());
    if (subjectType === 'ORDER') {
      const order = await this.orders.loadForChange(manager, command, subjectId);
      if (!scope.records.changes(order.creditedTo) && !scope.records.changes(order.placedBy))
        throw PriceApprovalException.notYours();
      if (order.status !== OrderStatus.DRAFT)
        throw PriceApprovalException.notOpen(`Order ${order.orderNumber}`, order.status, 'a draft');
      return this.terms.ofOrder(manager, order, day);
    }
    if (subjectType === 'QUOTE') {
      const quote = isUuid(subjectId) ? await this.quoteOf(manager, subjectId) : null;
      if (!quote || (!scope.records.sees(quote.sellerId) && !scope.records.sees(quote.createdBy)))
        throw QuoteException.notFound(subjectId);
      if (!scope.records.changes(quote.sellerId) && !scope.records.changes(quote.createdBy))
        throw PriceApprovalException.notYours();
      if (quote.status !== 'DRAFT')
        throw PriceApprovalException.notOpen(`Quote ${quote.quoteNumber}`, quote.status, 'a draft');
      return this.terms.ofQuote(manager, quote, day);
    }
    const contract = await this.contracts.loadForChange(manager, command, subjectId);
    if (!scope.records.changes(contract.ownerId)) throw PriceApprovalException.notYours();
    if (contract.status !== SupplyContractStatus.NEGOTIATING)
      throw PriceApprovalException.notOpen(
        `Contract ${contract.contractNumber}`,
        contract.status,
        'a contract under negotiation',
      );
    return this.terms.ofContract(manager, contract, day);
  }

  private async currentTerms(
    manager: EntityManager,
    approval: PriceApproval,
    day: string,
  ): Promise<PricedTerms | null> {
    if (approval.subjectType === 'ORDER') {
      const order = await manager.findOne(Order, {
        where: { id: approval.subjectId },
        relations: { lines: true },
      });
      return order && order.status === OrderStatus.DRAFT
        ? this.terms.ofOrder(manager, order, day)
        : null;
    }
    if (approval.subjectType === 'QUOTE') {
      const quote = await this.quoteOf(manager, approval.subjectId);
      return quote && quote.status === 'DRAFT' ? this.terms.ofQuote(manager, quote, day) : null;
    }
    const contract = await manager.findOne(SupplyContract, {
      where: { id: approval.subjectId },
      relations: { commitments: true },
    });
    return contract && contract.status === SupplyContractStatus.NEGOTIATING
      ? this.terms.ofContract(manager, contract, day)
      : null;
  }

  private async quoteOf(manager: EntityManager, id: string): Promise<Quote | null> {
    const quote = await manager.findOne(Quote, { where: { id } });
    if (quote) quote.versions = await manager.find(QuoteVersion, { where: { quoteId: id } });
    return quote;
  }
}

const subjectName: Record<PriceApprovalSubject, string> = {
  ORDER: 'Order',
  CONTRACT: 'Contract',
  QUOTE: 'Quote',
};
