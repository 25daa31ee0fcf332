import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@salesgraph/service-kit';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { assertUuid } from '../../shared/ids';
import type { CreateProductInput } from './dto/create-product.input';
import type { UpdateProductInput } from './dto/update-product.input';
import { Product } from './product.entity';

/** The catalogue: every signed-in user may read it; admins maintain it. */
export class ProductService {
  constructor(private readonly dataSource: DataSource) {}

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

  async create(input: CreateProductInput, id: string = randomUUID()): Promise<Product> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertSkuFree(manager, input.sku);
      const product = manager.create(Product, { id, ...input });
      await manager.insert(Product, product);
      return product;
    });
  }

  async update(input: UpdateProductInput): Promise<Product> {
    return this.dataSource.transaction(async (manager) => {
      const product = await manager.findOne(Product, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!product) throw new NotFoundError('Product', input.id);
      const { id: _id, ...changes } = input;
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, value]) => value !== undefined && value !== null),
      );
      Object.assign(product, defined);
      await manager.update(Product, { id: product.id }, defined);
      return product;
    });
  }

  private async assertSkuFree(manager: EntityManager, sku: string): Promise<void> {
    if (await manager.existsBy(Product, { sku }))
      throw new ConflictError(`A product with SKU ${sku} already exists.`, { sku });
  }
}
