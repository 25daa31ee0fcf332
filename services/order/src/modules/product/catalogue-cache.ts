import { CommitClearedCache, type Logger } from '@salesgraph/messaging';
import type { BackgroundJob } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Product } from './product.entity';

/** What a product change notifies in its transaction: every instance's cache forgets at the commit. */
export const CATALOGUE_CHANNEL = 'order_catalogue';

/** Past this many products the cache starts afresh: a bound, not an eviction policy (catalogues are small). */
const MAX_PRODUCTS = 20_000;
/** Past this many different pages of the list the kept pages start afresh. */
const MAX_PAGES = 100;

/** Announces a product change to every instance's cache; delivered when `manager`'s transaction commits. */
export async function announceCatalogueChange(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [CATALOGUE_CHANNEL, '']);
}

/**
 * Products by id between requests, for reading only: GraphQL fields and
 * `_entities`. Changes read through their own transaction, never from here.
 * Products change rarely, and one view asks for the same few again and again
 * (the key-account view looked products up five times per request: once per
 * call the gateway makes to this service, and once for the commitments). Pages
 * of the product list are kept too: the workbench's views ask for the same
 * page (`products(limit: 200)`) on every load.
 *
 * Coherent across instances: every product change notifies CATALOGUE_CHANNEL
 * in its transaction, and each instance's listener clears its cache when the
 * change commits. While the listener is not connected (starting, the database
 * restarting) nothing is kept and every read goes to the database; a
 * reconnection clears too, as notifications may have been missed meanwhile.
 */
export class CatalogueCache extends CommitClearedCache implements BackgroundJob {
  readonly name = 'catalogue cache';
  private readonly products = new Map<string, Product>();
  private readonly pages = new Map<string, Product[]>();

  constructor(dataSource: DataSource, logger: Logger) {
    super({
      dataSource,
      logger,
      channel: CATALOGUE_CHANNEL,
      who: {
        name: 'catalogue cache',
        whileAway: 'products are read from the database until it is back',
      },
    });
  }

  /** The products among `ids`, from the cache where it has them, the rest through `read` (kept if no change came meanwhile). */
  async byIds(
    ids: readonly string[],
    read: (ids: string[]) => Promise<Product[]>,
  ): Promise<Product[]> {
    if (!this.keeping) return read([...ids]);
    const found: Product[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const product = this.products.get(id);
      if (product) found.push(product);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const mark = this.mark();
    const fetched = await read(missing);
    if (this.stillCurrent(mark)) this.keep(fetched);
    return [...found, ...fetched];
  }

  /**
   * A page of the list, `key` naming it (its filters, order and bounds), from
   * the cache or through `read` (kept if no change came meanwhile); its
   * products then answer `byIds` too.
   */
  async page(key: string, read: () => Promise<Product[]>): Promise<Product[]> {
    if (!this.keeping) return read();
    const kept = this.pages.get(key);
    if (kept) return kept;
    const mark = this.mark();
    const fetched = await read();
    if (this.stillCurrent(mark)) {
      if (this.pages.size >= MAX_PAGES) this.pages.clear();
      this.pages.set(key, fetched);
      this.keep(fetched);
    }
    return fetched;
  }

  private keep(products: readonly Product[]): void {
    if (this.products.size + products.length > MAX_PRODUCTS) this.products.clear();
    for (const product of products) this.products.set(product.id, product);
  }

  /** Forgets everything now: this instance committed a change (see ProductService). */
  forget(): void {
    this.clear();
  }

  protected forgetAll(): void {
    this.products.clear();
    this.pages.clear();
  }
}
