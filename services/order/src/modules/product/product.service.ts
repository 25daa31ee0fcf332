import { randomUUID } from 'node:crypto';
import { ProductChanged } from '@salesgraph/events';
import { auditHistory, type Outbox } from '@salesgraph/messaging';
import { ConflictError, NotFoundError, type AuditEntry } from '@salesgraph/service-kit';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Acting } from '../../shared/acting';
import { systemClock, type Clock } from '../../shared/clock';
import { toCents } from '../../shared/decimal';
import { assertUuid } from '../../shared/ids';
import type { CreateProductInput } from './dto/create-product.input';
import type { UpdateProductInput } from './dto/update-product.input';
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
    private readonly clock: Clock = systemClock,
  ) {}

  list(page: { limit: number; offset: number }, activeOnly = true): Promise<Product[]> {
    return this.dataSource.manager.find(Product, {
      where: activeOnly ? { active: true } : {},
      order: { sku: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
  }

  findByIds(ids: readonly string[], manager = this.dataSource.manager): Promise<Product[]> {
    return manager.find(Product, { where: { id: In([...ids]) } });
  }

  async get(id: string): Promise<Product> {
    assertUuid(id, 'Product id');
    const product = await this.dataSource.manager.findOneBy(Product, { id });
    if (!product) throw new NotFoundError('Product', id);
    return product;
  }

  async create(
    acting: Acting,
    input: CreateProductInput,
    id: string = randomUUID(),
  ): Promise<Product> {
    return this.dataSource.transaction(async (manager) => {
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
      const data = productChangedData(product, 'CREATED', productFields, this.clock());
      await this.outbox.append(manager, ProductChanged, data, acting.event);
      return product;
    });
  }

  /** Applies what differs; a change that changes nothing is no change, and emits nothing. */
  async update(acting: Acting, input: UpdateProductInput): Promise<Product> {
    return this.dataSource.transaction(async (manager) => {
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
      const data = productChangedData(product, 'UPDATED', changedFields, this.clock());
      await this.outbox.append(manager, ProductChanged, data, acting.event);
      return product;
    });
  }

  /** The events emitted about one product, oldest first. */
  async history(productId: string): Promise<AuditEntry[]> {
    const records = await auditHistory(this.dataSource.manager, 'Product', productId);
    return records.map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
  }

  private async assertSkuFree(manager: EntityManager, sku: string): Promise<void> {
    if (await manager.existsBy(Product, { sku }))
      throw new ConflictError(`A product with SKU ${sku} already exists.`, { sku });
  }
}
