import {
  accountDirectoryEntities,
  accountDirectoryMigrations,
} from '@salesgraph/account-directory';
import { teamDirectoryEntities, teamDirectoryMigrations } from '@salesgraph/team-directory';
import { OrderTables1764300000000 } from './migrations/1764300000000-order-tables';
import { OrdersAndContracts1764300000001 } from './migrations/1764300000001-orders-and-contracts';
import { PriceApprovals1764300000002 } from './migrations/1764300000002-price-approvals';
import { ServiceLevelBreaches1764300000003 } from './migrations/1764300000003-service-level-breaches';
import { OrderSearch1764300000004 } from './migrations/1764300000004-order-search';
import { Quotes1764300000005 } from './migrations/1764300000005-quotes';
import { PriceLists1764300000006 } from './migrations/1764300000006-price-lists';
import { ExchangeRates1764300000007 } from './migrations/1764300000007-exchange-rates';
import { QuoteContracts1764300000008 } from './migrations/1764300000008-quote-contracts';
import { OrderCostCurrency1764300000009 } from './migrations/1764300000009-order-cost-currency';
import { QuoteCostCurrency1764300000010 } from './migrations/1764300000010-quote-cost-currency';
import { KnownUsers1764300000011 } from './migrations/1764300000011-known-users';
import { ExchangeRate } from './modules/currency/exchange-rate.entity';
import { PriceList } from './modules/price-list/price-list.entity';
import { QuoteVersion } from './modules/quote/quote-version.entity';
import { Quote } from './modules/quote/quote.entity';
import { PriceApproval } from './modules/price-approval/price-approval.entity';
import { ContractCommitment } from './modules/contract/contract-commitment.entity';
import { ContractWarning } from './modules/contract/contract-warning.entity';
import { SupplyContract } from './modules/contract/supply-contract.entity';
import { OrderLine } from './modules/order/order-line.entity';
import { Order } from './modules/order/order.entity';
import { Product } from './modules/product/product.entity';
import { KnownUser } from './modules/user/known-user.entity';

/** Everything the order database holds, and the migrations that build it. */
export const orderEntities = [
  ...teamDirectoryEntities,
  ...accountDirectoryEntities,
  Product,
  SupplyContract,
  ContractCommitment,
  ContractWarning,
  Order,
  OrderLine,
  PriceApproval,
  Quote,
  QuoteVersion,
  PriceList,
  ExchangeRate,
  KnownUser,
];
export const orderMigrations = [
  ...teamDirectoryMigrations,
  ...accountDirectoryMigrations,
  OrderTables1764300000000,
  OrdersAndContracts1764300000001,
  PriceApprovals1764300000002,
  ServiceLevelBreaches1764300000003,
  OrderSearch1764300000004,
  Quotes1764300000005,
  PriceLists1764300000006,
  ExchangeRates1764300000007,
  QuoteContracts1764300000008,
  OrderCostCurrency1764300000009,
  QuoteCostCurrency1764300000010,
  KnownUsers1764300000011,
];
