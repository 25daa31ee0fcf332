import type { EntityManager } from 'typeorm';
import { formatDecimal } from '@salesgraph/service-kit';
import { convertAt, type RateLookup } from '../currency/rate-lookup';
import { ContractException } from '../contract/contract.exception';
import type { SupplyContract } from '../contract/supply-contract.entity';
import type { Product } from '../product/product.entity';
import type { ProductService } from '../product/product.service';
import { OrderLine } from './order-line.entity';
import { OrderException } from './order.exception';
import { priceLine } from './order-pricing';
import type { PriceListService } from '../price-list/price-list.service';
import type { ChosenPrice } from '../price-list/price-list-choice.rule';
import { OrderPricingException } from './order-pricing.exception';

/** Whose prices apply: price lists are chosen by account, currency and day. */
export interface PricingContext {
  accountId: string;
  currency: string;
  /** YYYY-MM-DD */
  on: string;
}

interface PriceTerms {
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  priceSource: string;
  priceListId: string | null;
}

/**
 * In which currency an order's line costs are kept: the order's, converted
 * from the catalogue's at `on`'s rate (the price guard's lookup,
 * rate-of-day.sql.ts), else the catalogue's, unconverted and so stated.
 */
export interface CostTerms {
  currency: string;
  /** YYYY-MM-DD: the day the lines are written. */
  on: string;
}

export interface LineRequest {
  productId: string;
  quantity: string;
  unitPrice?: string;
  discountPercent?: string;
}

/**
 * Turns requested lines into priced order lines: SKU, name, product line and
 * unit cost come from the catalogue at this moment; the unit price is the
 * agreed one (ad hoc, list price by default) or the contract's (call-off).
 */
export class OrderLineBuilder {
  constructor(
    private readonly products: ProductService,
    private readonly priceLists: PriceListService,
    private readonly catalogueCurrency: string,
    private readonly rates?: RateLookup,
  ) {}

  /**
   * How catalogue unit costs become a line's: converted into `costs.currency`
   * at the day's rate, rounded half-up to 4 places (unit cost's precision);
   * without a rate (or without `costs`: a quote's lines) unconverted, in the
   * catalogue's currency, which the line's costCurrency states.
   */
  private async costing(
    manager: EntityManager,
    costs: CostTerms | undefined,
  ): Promise<(unitCost: string) => { unitCost: string; costCurrency: string }> {
    const from = this.catalogueCurrency;
    const used =
      costs && this.rates ? await this.rates.rateOn(manager, from, costs.currency, costs.on) : null;
    if (!costs || !used)
      return (unitCost) => ({ unitCost: formatDecimal(unitCost, 2), costCurrency: from });
    return (unitCost) => ({
      unitCost: formatDecimal(convertAt(unitCost, used).toDecimalPlaces(4).toFixed(), 2),
      costCurrency: costs.currency,
    });
  }

  /**
   * Lines at the agreed price; a line without one takes its price list's
   * price and discount (see price-list-choice.rule), else the catalogue's
   * list price, which exists in the catalogue's currency only.
   */
  async adHoc(
    manager: EntityManager,
    orderId: string,
    requests: readonly LineRequest[],
    pricing?: PricingContext,
    costs?: CostTerms,
  ): Promise<OrderLine[]> {
    const catalogue = await this.orderable(manager, requests);
    const cost = await this.costing(manager, costs);
    const unpriced = requests.filter((r) => r.unitPrice == null).map((r) => r.productId);
    const listed: Map<string, ChosenPrice> = pricing
      ? await this.priceLists.pricesFor(manager, pricing, unpriced)
      : new Map();
    const currency = pricing?.currency ?? this.catalogueCurrency;
    const missing = unpriced.filter((id) => !listed.has(id));
    if (currency !== this.catalogueCurrency && missing.length)
      throw OrderPricingException.priceNeeded(currency, this.catalogueCurrency, missing);
    return requests.map((request, index) => {
      const product = catalogue.get(request.productId)!;
      const chosen = request.unitPrice == null ? listed.get(request.productId) : undefined;
      return this.line(orderId, index + 1, product, cost, {
        quantity: request.quantity,
        unitPrice: request.unitPrice ?? chosen?.unitPrice ?? product.listPrice,
        discountPercent: request.discountPercent ?? chosen?.discountPercent ?? '0',
        priceSource:
          request.unitPrice != null ? 'NEGOTIATED' : (chosen?.priceSource ?? 'LIST_PRICE'),
        priceListId: chosen?.priceListId ?? null,
      });
    });
  }

  async callOff(
    manager: EntityManager,
    orderId: string,
    contract: SupplyContract,
    requests: readonly LineRequest[],
    on: string,
  ): Promise<OrderLine[]> {
    const prices = new Map(contract.commitments.map((c) => [c.productId, c.price]));
    for (const request of requests) {
      if (!prices.has(request.productId))
        throw ContractException.productNotInContract(contract.contractNumber, request.productId);
      if (request.unitPrice !== undefined || request.discountPercent !== undefined)
        throw ContractException.invalidTerms(
          'A call-off takes the contract price: leave unitPrice and discountPercent out.',
        );
    }
    const catalogue = await this.orderable(manager, requests);
    const cost = await this.costing(manager, { currency: contract.currency, on });
    return requests.map((request, index) =>
      this.line(orderId, index + 1, catalogue.get(request.productId)!, cost, {
        quantity: request.quantity,
        unitPrice: prices.get(request.productId)!,
        discountPercent: '0',
        priceSource: 'CONTRACT',
        priceListId: null,
      }),
    );
  }

  /** The requested products, each known and still sold. */
  private async orderable(
    manager: EntityManager,
    requests: readonly LineRequest[],
  ): Promise<Map<string, Product>> {
    const ids = [...new Set(requests.map((r) => r.productId))];
    const found = new Map(
      (await this.products.findByIds(ids, manager)).map((p) => [p.id, p] as const),
    );
    for (const id of ids) {
      const product = found.get(id);
      if (!product) throw OrderException.productNotOrderable(id, 'unknown');
      if (!product.active) throw OrderException.productNotOrderable(id, 'inactive');
    }
    return found;
  }

  private line(
    orderId: string,
    lineNumber: number,
    product: Product,
    cost: (unitCost: string) => { unitCost: string; costCurrency: string },
    terms: PriceTerms,
  ): OrderLine {
    const { unitCost, costCurrency } = cost(product.unitCost);
    const normalisedTerms = {
      quantity: formatDecimal(terms.quantity),
      unitPrice: formatDecimal(terms.unitPrice, 2),
      discountPercent: formatDecimal(terms.discountPercent),
      unitCost,
    };
    return Object.assign(new OrderLine(), {
      orderId,
      lineNumber,
      productId: product.id,
      sku: product.sku,
      productName: product.name,
      productLine: product.productLine,
      ...normalisedTerms,
      ...priceLine(normalisedTerms),
      priceSource: terms.priceSource,
      priceListId: terms.priceListId,
      costCurrency,
      overrunQuantity: null,
      overrunValue: null,
    });
  }
}
