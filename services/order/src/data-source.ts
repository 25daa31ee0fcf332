import { teamDirectoryEntities, teamDirectoryMigrations } from '@salesgraph/team-directory';
import { OrderTables1764300000000 } from './migrations/1764300000000-order-tables';
import { Product } from './modules/product/product.entity';

/** Everything the order database holds, and the migrations that build it. */
export const orderEntities = [...teamDirectoryEntities, Product];
export const orderMigrations = [...teamDirectoryMigrations, OrderTables1764300000000];
