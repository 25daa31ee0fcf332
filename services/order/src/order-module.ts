import type { AccountDirectory } from '@salesgraph/account-directory';
import type { ServiceDeps } from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import type { OrderConfig } from './config';
import { SalesAccess } from './modules/access/sales-access';
import { AccountRevenueService } from './modules/account/account-revenue.service';
import { ContractChanger } from './modules/contract/contract-changer';
import { ContractDrawdown } from './modules/contract/contract-drawdown';
import { ContractLifecycleService } from './modules/contract/contract-lifecycle.service';
import { ContractNegotiationService } from './modules/contract/contract-negotiation.service';
import { ContractTerms } from './modules/contract/contract-terms';
import { ContractWarnings } from './modules/contract/contract-warnings';
import { ContractWatch } from './modules/contract/contract-watch';
import { ContractService } from './modules/contract/contract.service';
import { OrderDraftWriter } from './modules/order/order-draft-writer';
import { OrderDraftingService } from './modules/order/order-drafting.service';
import { OrderLineBuilder } from './modules/order/order-line-builder';
import { OrderWorkflowService } from './modules/order/order-workflow.service';
import { OrderService } from './modules/order/order.service';
import { ProductService } from './modules/product/product.service';
import { OrderQueueService } from './modules/queue/order-queue.service';
import { SharedLoaders } from './modules/shared-loaders';
import { systemClock, type Clock } from './shared/clock';

/**
 * The order service's objects, wired by hand: the schema, the event handlers,
 * the contract watch and the seed all build on one of these. `clock` lets
 * the seed (and tests) act at a chosen time.
 */
export class OrderModule {
  readonly access: SalesAccess;
  readonly products: ProductService;
  readonly orders: OrderService;
  readonly contracts: ContractService;
  readonly lines: OrderLineBuilder;
  readonly writer: OrderDraftWriter;
  readonly drafting: OrderDraftingService;
  readonly workflow: OrderWorkflowService;
  readonly negotiation: ContractNegotiationService;
  readonly lifecycle: ContractLifecycleService;
  readonly watch: ContractWatch;
  readonly queue: OrderQueueService;
  readonly revenue: AccountRevenueService;
  readonly loaders: SharedLoaders;

  constructor(
    deps: ServiceDeps<OrderConfig>,
    accounts: AccountDirectory,
    teams: TeamDirectory,
    readonly clock: Clock = systemClock,
  ) {
    const { dataSource, outbox, config } = deps;
    const currency = config.ORDER_CURRENCY;
    this.access = new SalesAccess(accounts, teams);
    this.products = new ProductService(dataSource, outbox, clock);
    this.orders = new OrderService(dataSource, this.access);
    this.contracts = new ContractService(dataSource, this.access);
    this.lines = new OrderLineBuilder(this.products);
    this.writer = new OrderDraftWriter(outbox, clock, currency);
    this.drafting = new OrderDraftingService(
      dataSource,
      outbox,
      this.access,
      this.orders,
      this.contracts,
      this.lines,
      this.writer,
      clock,
    );
    this.workflow = new OrderWorkflowService(
      dataSource,
      outbox,
      this.orders,
      new ContractDrawdown(),
      clock,
    );
    const terms = new ContractTerms(this.products);
    const changer = new ContractChanger(dataSource, this.contracts, clock);
    this.negotiation = new ContractNegotiationService(
      dataSource,
      outbox,
      this.access,
      changer,
      terms,
      clock,
      currency,
    );
    this.lifecycle = new ContractLifecycleService(outbox, changer, terms);
    this.watch = new ContractWatch(
      dataSource,
      outbox,
      new ContractWarnings(outbox, {
        tolerancePercent: config.CONTRACT_UNDERRUN_TOLERANCE_PERCENT,
        windowDays: config.CONTRACT_WARNING_WINDOW_DAYS,
      }),
    );
    this.queue = new OrderQueueService(dataSource, this.access, this.orders, clock);
    this.revenue = new AccountRevenueService(dataSource, this.access, clock, currency);
    this.loaders = new SharedLoaders(this.products, this.contracts);
  }
}
