import {
  accountDirectoryProjection,
  accountDirectorySubscriber,
} from '@salesgraph/account-directory';
import {
  ContractProposed,
  OrderDrafted,
  PriceApprovalRequested,
  PriceListChanged,
  ProductChanged,
  QuoteChanged,
  Topics,
} from '@salesgraph/events';
import {
  createHistoryResolver,
  createMeResolver,
  defineService,
  keyOnlyReference,
  createPrivacyResolver,
} from '@salesgraph/service-kit';
import { teamDirectoryProjection, teamDirectorySubscriber } from '@salesgraph/team-directory';
import { orderEntities, orderMigrations } from './data-source';
import { AccountOrdersResolver } from './modules/account/account-orders.resolver';
import { AccountRef } from './modules/account/account-ref.type';
import { ContractCommitmentResolver } from './modules/contract/contract-commitment.resolver';
import { ContractMutationResolver } from './modules/contract/contract-mutation.resolver';
import { contractOwnerSubscriber } from './modules/contract/events/contract-owner-on-account-owner-changed.handler';
import { ContractWatchJob } from './modules/contract/contract-watch.job';
import { contractReference } from './modules/contract/contract.reference';
import {
  exchangeRatesProjection,
  exchangeRatesSubscriber,
} from './modules/currency/exchange-rates.subscriber';
import { ContractResolver } from './modules/contract/contract.resolver';
import { SupplyContract } from './modules/contract/supply-contract.entity';
import { draftOrderOnOpportunityWon } from './modules/order/events/draft-order-on-opportunity-won.handler';
import { OrderLineResolver } from './modules/order/order-line.resolver';
import { OrderMutationResolver } from './modules/order/order-mutation.resolver';
import { Order } from './modules/order/order.entity';
import { orderReference } from './modules/order/order.reference';
import { OrderResolver } from './modules/order/order.resolver';
import { ContractPriceApprovalResolver } from './modules/price-approval/contract-price-approval.resolver';
import { OrderPriceApprovalResolver } from './modules/price-approval/order-price-approval.resolver';
import { PriceApproval } from './modules/price-approval/price-approval.entity';
import { PriceApprovalResolver } from './modules/price-approval/price-approval.resolver';
import { Product } from './modules/product/product.entity';
import { productReference } from './modules/product/product.reference';
import { ProductResolver } from './modules/product/product.resolver';
import { PriceList } from './modules/price-list/price-list.entity';
import { PriceListResolver } from './modules/price-list/price-list.resolver';
import { QuoteMutationResolver } from './modules/quote/quote-mutation.resolver';
import { Quote } from './modules/quote/quote.entity';
import { QuoteResolver } from './modules/quote/quote.resolver';
import { OrderQueueResolver } from './modules/queue/order-queue.resolver';
import { ServiceLevelWatchJob } from './modules/queue/service-level-watch.job';
import { UserOrdersResolver } from './modules/user/user-orders.resolver';
import { User } from './modules/user/user.type';
import { orderComponents } from './order-components';

/** The order service: main.ts, the scripts and the tests start it from here. */
export const orderService = defineService({
  name: 'order',
  ownTopic: Topics.order,
  entities: orderEntities,
  migrations: orderMigrations,
  components: orderComponents,
  resolvers: (c) => [
    new (createPrivacyResolver('order'))(c.privacy),
    new ProductResolver(c.products),
    new (createHistoryResolver(
      Product,
      { aggregateType: ProductChanged.aggregateType },
      // The catalogue is open to every signed-in user (and to other subgraphs): so is its history.
      {
        description: 'Who created or changed this product (which fields), and when; oldest first.',
      },
    ))(c.histories),
    new OrderResolver(c.orders, c.contracts),
    new OrderLineResolver(c.products),
    new OrderMutationResolver(c.drafting, c.workflow),
    new (createHistoryResolver(
      Order,
      { aggregateType: OrderDrafted.aggregateType },
      { description: 'Who changed this order, what and when.' },
    ))(c.histories),
    new OrderQueueResolver(c.queue),
    new ContractResolver(c.contracts, c.orders),
    new ContractCommitmentResolver(c.products, c.tolerancePercent),
    new ContractMutationResolver(c.negotiation, c.lifecycle),
    new (createHistoryResolver(
      SupplyContract,
      { aggregateType: ContractProposed.aggregateType },
      { description: 'Who changed this contract, what and when.' },
    ))(c.histories),
    new PriceApprovalResolver(c.priceApprovals),
    new OrderPriceApprovalResolver(c.priceApprovals),
    new ContractPriceApprovalResolver(c.priceApprovals),
    new (createHistoryResolver(
      PriceApproval,
      { aggregateType: PriceApprovalRequested.aggregateType },
      { description: 'Who asked for this approval and who decided it, and when.' },
    ))(c.histories),
    new PriceListResolver(c.priceLists),
    new (createHistoryResolver(
      PriceList,
      { aggregateType: PriceListChanged.aggregateType },
      { description: 'Who created or replaced this price list, with what, and when.' },
    ))(c.histories),
    new QuoteResolver(c.quotes, c.quoteDocuments, c.priceApprovals),
    new QuoteMutationResolver(c.quotes, c.quoteWorkflow),
    new (createHistoryResolver(
      Quote,
      { aggregateType: QuoteChanged.aggregateType },
      { description: 'Every version, sending, answer and withdrawal: who, what and when.' },
    ))(c.histories),
    new AccountOrdersResolver(c.orders, c.contracts, c.revenue),
    new UserOrdersResolver(c.orders),
    new (createMeResolver(User))(),
  ],
  // Federation stubs of the account service's Account and of the user behind a token.
  orphanedTypes: [AccountRef, User],
  references: (c) => [
    productReference(c.products),
    orderReference(c.orders),
    contractReference(c.contracts),
    keyOnlyReference('Account'),
    keyOnlyReference('User'),
  ],
  subscribers: (c) => [
    teamDirectorySubscriber('order'),
    accountDirectorySubscriber('order'),
    exchangeRatesSubscriber(),
    contractOwnerSubscriber(c.contractOwners, c.clock),
    {
      groupId: 'order.won-opportunities',
      topics: [Topics.lead],
      handlers: [draftOrderOnOpportunityWon(c.opportunityDrafting, c.clock)],
    },
  ],
  // What access checks rely on, and planning's exchange rates; orders drafted from won
  // opportunities are the service's own state.
  projections: () => [
    teamDirectoryProjection('order'),
    accountDirectoryProjection('order'),
    exchangeRatesProjection(),
  ],
  jobs: (c, runtime) => [
    // Not jobs, but started and stopped as ones: their listeners live as long as the service.
    c.catalogue,
    c.ownedAccounts,
    new ContractWatchJob(
      c.watch,
      runtime.config.CONTRACT_WATCH_INTERVAL_MS,
      c.clock,
      runtime.logger,
    ),
    new ServiceLevelWatchJob(
      c.serviceLevels,
      runtime.config.ORDER_SLA_WATCH_INTERVAL_MS,
      c.clock,
      runtime.logger,
    ),
  ],
});
