import { AccessPolicy } from '@salesgraph/access';
import { AccountDirectory, OwnedAccountsCache } from '@salesgraph/account-directory';
import { HistoryReader, type ServiceDeps, PrivacyDesk } from '@salesgraph/service-kit';
import { TeamDirectory } from '@salesgraph/team-directory';
import type { OrderConfig } from './config';
import { SalesAccess } from './modules/access/sales-access';
import { AccountRevenueService } from './modules/account/account-revenue.service';
import { ContractChanger } from './modules/contract/contract-changer';
import { ContractDrawdown } from './modules/contract/contract-drawdown';
import { ContractLifecycleService } from './modules/contract/contract-lifecycle.service';
import { ContractOwnerService } from './modules/contract/contract-owner.service';
import { ContractNegotiationService } from './modules/contract/contract-negotiation.service';
import { ContractTerms } from './modules/contract/contract-terms';
import { ContractWarnings } from './modules/contract/contract-warnings';
import { RateLookup } from './modules/currency/rate-lookup';
import { ContractWatch } from './modules/contract/contract-watch';
import { ContractService } from './modules/contract/contract.service';
import { OpportunityDraftingService } from './modules/order/opportunity-drafting.service';
import { OrderDraftWriter } from './modules/order/order-draft-writer';
import { OrderDraftingService } from './modules/order/order-drafting.service';
import { OrderLineBuilder } from './modules/order/order-line-builder';
import { OrderWorkflowService } from './modules/order/order-workflow.service';
import { OrderService } from './modules/order/order.service';
import { PriceApprovalService } from './modules/price-approval/price-approval.service';
import { PriceTerms } from './modules/price-approval/price-terms';
import { PriceListService } from './modules/price-list/price-list.service';
import { ProductService } from './modules/product/product.service';
import { QuoteDocumentService } from './modules/quote/quote-document.service';
import { UserDirectory } from './modules/user/user-directory';
import { QuoteWorkflowService } from './modules/quote/quote-workflow.service';
import { QuoteService } from './modules/quote/quote.service';
import { CatalogueCache } from './modules/product/catalogue-cache';
import { ServiceLevelWatch } from './modules/queue/service-level-watch';
import { OrderQueueService } from './modules/queue/order-queue.service';
import { orderPersonalData } from './modules/privacy/order-personal-data';

/**
 * Every object of the order service, built once: the schema, the event
 * handlers, the contract watch and the seed all use these (through
 * orderService.components). Nothing here reads the time: services ask the
 * command's clock; `clock` is for the edges that make commands.
 */
export function orderComponents(deps: ServiceDeps<OrderConfig>) {
  const { dataSource, outbox, config, clock, logger } = deps;
  const currency = config.ORDER_CURRENCY;
  // Sellers' scopes read the accounts their people own on every request: kept between requests.
  const ownedAccounts = new OwnedAccountsCache(dataSource, logger);
  const access = new SalesAccess(
    dataSource,
    new AccessPolicy(dataSource, new TeamDirectory()),
    new AccountDirectory(ownedAccounts),
  );
  const catalogue = new CatalogueCache(dataSource, logger);
  const products = new ProductService(dataSource, outbox, catalogue);
  const orders = new OrderService(dataSource, access);
  const contracts = new ContractService(dataSource, access);
  const priceLists = new PriceListService(dataSource, outbox, new AccountDirectory());
  const rates = new RateLookup();
  const lines = new OrderLineBuilder(products, priceLists, currency, rates);
  const writer = new OrderDraftWriter(outbox, currency);
  const terms = new ContractTerms(products);
  const changer = new ContractChanger(dataSource, access, contracts);
  const priceTerms = new PriceTerms(
    products,
    config.ORDER_DISCOUNT_APPROVAL_PERCENT,
    currency,
    rates,
  );
  const priceApprovals = new PriceApprovalService(
    dataSource,
    outbox,
    access,
    orders,
    contracts,
    priceTerms,
    new TeamDirectory(),
  );
  const workflow = new OrderWorkflowService(
    dataSource,
    outbox,
    orders,
    new ContractDrawdown(),
    priceApprovals,
  );
  const users = new UserDirectory();
  const quotes = new QuoteService(dataSource, outbox, access, lines, currency, users);
  const negotiation = new ContractNegotiationService(
    dataSource,
    outbox,
    access,
    changer,
    terms,
    currency,
  );
  const warnings = new ContractWarnings(outbox, {
    tolerancePercent: config.CONTRACT_UNDERRUN_TOLERANCE_PERCENT,
    windowDays: config.CONTRACT_WARNING_WINDOW_DAYS,
  });
  return {
    privacy: new PrivacyDesk('order', dataSource, outbox, orderPersonalData),
    catalogue,
    ownedAccounts,
    clock,
    histories: new HistoryReader(dataSource),
    products,
    priceLists,
    orders,
    contracts,
    drafting: new OrderDraftingService(
      dataSource,
      outbox,
      access,
      orders,
      contracts,
      lines,
      writer,
    ),
    opportunityDrafting: new OpportunityDraftingService(
      dataSource,
      products,
      lines,
      writer,
      currency,
      logger,
    ),
    workflow,
    quotes,
    quoteWorkflow: new QuoteWorkflowService(
      dataSource,
      outbox,
      quotes,
      priceApprovals,
      priceTerms,
      lines,
      writer,
      workflow,
      negotiation,
    ),
    quoteDocuments: new QuoteDocumentService(dataSource, quotes, new AccountDirectory(), users),
    priceApprovals,
    negotiation,
    lifecycle: new ContractLifecycleService(outbox, changer, terms, priceApprovals),
    contractOwners: new ContractOwnerService(dataSource, outbox),
    watch: new ContractWatch(dataSource, outbox, warnings),
    serviceLevels: new ServiceLevelWatch(dataSource, outbox),
    queue: new OrderQueueService(dataSource, access, orders),
    revenue: new AccountRevenueService(dataSource, access, currency),
    /** How far behind the straight-line pace a commitment may be before it is behind. */
    tolerancePercent: config.CONTRACT_UNDERRUN_TOLERANCE_PERCENT,
  };
}

export type OrderComponents = ReturnType<typeof orderComponents>;
