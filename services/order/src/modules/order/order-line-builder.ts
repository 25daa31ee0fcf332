import type { EntityManager } from 'typeorm';
import { formatDecimal } from '@salesgraph/service-kit';
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
  ) {}

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
  ): Promise<OrderLine[]> {
    const catalogue = await this.orderable(manager, requests);
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
      return this.line(orderId, index + 1, product, {
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
    return requests.map((request, index) =>
      this.line(orderId, index + 1, catalogue.get(request.productId)!, {
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
    terms: PriceTerms,
  ): OrderLine {
    const normalisedTerms = {
      quantity: formatDecimal(terms.quantity),
      unitPrice: formatDecimal(terms.unitPrice, 2),
      discountPercent: formatDecimal(terms.discountPercent),
      unitCost: formatDecimal(product.unitCost, 2),
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
      overrunQuantity: null,
      overrunValue: null,
    });
  }
}
