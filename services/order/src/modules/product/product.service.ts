import { NotFoundError } from '@salesgraph/service-kit';
import { In, type DataSource } from 'typeorm';
import { Product } from './product.entity';

/** The catalogue: every signed-in user may read it. */
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

  findByIds(ids: readonly string[]): Promise<Product[]> {
    return this.dataSource.manager.find(Product, { where: { id: In([...ids]) } });
  }

  async get(id: string): Promise<Product> {
    const product = await this.dataSource.manager.findOneBy(Product, { id });
    if (!product) throw new NotFoundError('Product', id);
    return product;
  }
}
