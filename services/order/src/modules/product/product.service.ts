import { randomUUID } from 'node:crypto';
import { ProductChanged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  assertUuid,
  ConflictError,
  eventContextOf,
  inTransaction,
  loadOne,
  NotFoundError,
  oneByKey,
  onlyUuids,
  toCents,
  type CommandContext,
} from '@salesgraph/service-kit';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { CreateProductInput } from './dto/create-product.input';
import type { UpdateProductInput } from './dto/update-product.input';
import { announceCatalogueChange, type CatalogueCache } from './catalogue-cache';
import { productChangedData, productChanges, productFields } from './product-changes';
import { Product } from './product.entity';

/**
 * The catalogue: every signed-in user may read it; admins maintain it. Each
 * change emits ProductChanged in its transaction: the product's history.
 */
export class ProductService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    /** Products between requests, for reads; none (every read to the database) when left out. */
    private readonly cache?: CatalogueCache,
  ) {}

  /** A page of the catalogue by SKU, through the cache. */
  list(page: { limit: number; offset: number }, activeOnly = true): Promise<Product[]> {
    const read = () =>
      this.dataSource.manager.find(Product, {
        where: activeOnly ? { active: true } : {},
        order: { sku: 'ASC' },
        take: page.limit,
        skip: page.offset,
      });
    if (!this.cache) return read();
    return this.cache.page(JSON.stringify([activeOnly, page.limit, page.offset]), read);
  }

  /** The products among `ids` (ids that cannot be ours are none). */
  findByIds(ids: readonly string[], manager = this.dataSource.manager): Promise<Product[]> {
    const valid = onlyUuids(ids);
    return valid.length ? manager.find(Product, { where: { id: In(valid) } }) : Promise.resolve([]);
  }

  /** The products among `ids` for a reader (GraphQL fields, `_entities`): through the cache. */
  readByIds(ids: readonly string[]): Promise<Product[]> {
    const valid = onlyUuids(ids);
    if (!this.cache || valid.length === 0) return this.findByIds(valid);
    return this.cache.byIds(valid, (missing) => this.findByIds(missing));
  }

  /** The ids among `ids` of products that are still sold. */
  async soldAmong(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    const products = await this.findByIds(ids, manager);
    return new Set(products.filter((p) => p.active).map((p) => p.id));
  }

  /** One product through the command's loader: all the products one request shows, in one query. */
  load(command: CommandContext, id: string): Promise<Product | null> {
    return loadOne(command, 'product', id, async (ids) =>
      oneByKey(ids, await this.readByIds(ids), (p) => p.id),
    );
  }

  async get(id: string): Promise<Product> {
    assertUuid(id, 'Product id');
    const product = await this.dataSource.manager.findOneBy(Product, { id });
    if (!product) throw new NotFoundError('Product', id);
    return product;
  }

  async create(
    command: CommandContext,
    input: CreateProductInput,
    id: string = randomUUID(),
  ): Promise<Product> {
    return this.forgettingAfter(command, async (manager) => {
      await this.assertSkuFree(manager, input.sku);
      const product = manager.create(Product, {
        id,
        sku: input.sku,
        name: input.name,
        productLine: input.productLine,
        listPrice: toCents(input.listPrice),
        unitCost: toCents(input.unitCost),
        active: input.active ?? true,
      });
      await manager.insert(Product, product);
      await announceCatalogueChange(manager);
      const data = productChangedData(product, 'CREATED', productFields, command.clock.now());
      await this.outbox.append(manager, ProductChanged, data, eventContextOf(command));
      return product;
    });
  }

  /** Applies what differs; a change that changes nothing is no change, and emits nothing. */
  async update(command: CommandContext, input: UpdateProductInput): Promise<Product> {
    return this.forgettingAfter(command, async (manager) => {
      const product = await manager.findOne(Product, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!product) throw new NotFoundError('Product', input.id);
      const changes = productChanges(product, input);
      const changedFields = Object.keys(changes);
      if (changedFields.length === 0) return product;
      Object.assign(product, changes);
      await manager.update(Product, { id: product.id }, changes);
      await announceCatalogueChange(manager);
      const data = productChangedData(product, 'UPDATED', changedFields, command.clock.now());
      await this.outbox.append(manager, ProductChanged, data, eventContextOf(command));
      return product;
    });
  }

  /**
   * A change of the catalogue in its transaction, then this instance's cache
   * forgotten at once: its next read sees the change (the notification clears
   * every instance, this one too, a moment after the commit).
   */
  private async forgettingAfter<T>(
    command: CommandContext,
    change: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const result = await inTransaction(this.dataSource, command, change);
    this.cache?.forget();
    return result;
  }

  private async assertSkuFree(manager: EntityManager, sku: string): Promise<void> {
    if (await manager.existsBy(Product, { sku }))
      throw new ConflictError(`A product with SKU ${sku} already exists.`, { sku });
  }
}
