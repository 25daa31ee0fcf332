import { manyByKey } from '@salesgraph/service-kit';
import {
  type EntityManager,
  type EntityTarget,
  type FindOptionsRelations,
  type FindOptionsWhere,
} from 'typeorm';

export interface PagesPerParent<T> {
  /** Which rows: TypeORM `where` alternatives (OR-ed), the parents' ids among them. */
  where: FindOptionsWhere<T>[];
  /** The property that names a row's parent (the account of an order, say). */
  parent: keyof T & string;
  /** The order within a parent, as properties and directions. */
  orderBy: Array<[keyof T & string, 'ASC' | 'DESC']>;
  page: { limit: number; offset: number };
  relations?: FindOptionsRelations<T>;
}

/**
 * One page of rows for each of many parents (the orders of each account, the
 * call-offs of each contract) in ONE statement, however many parents: the
 * rows are ranked within their parent, cut to the page, and joined back to
 * their rows and relations. A list field on many parents (`_entities` of a
 * hundred accounts) so costs what it costs on one. Answers one list per
 * parent id, in order.
 */
export async function pagesPerParent<T extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  parentIds: readonly string[],
  options: PagesPerParent<T>,
): Promise<T[][]> {
  const metadata = manager.connection.getMetadata(entity);
  const column = (property: string) =>
    `t.${metadata.findColumnWithPropertyName(property)!.databaseName}`;
  const order = options.orderBy.map(([property, direction]) => `${column(property)} ${direction}`);
  const ranked = manager
    .createQueryBuilder(entity, 't')
    .select(column('id'), 'id')
    .addSelect(column(options.parent), 'parent')
    .addSelect(
      `row_number() OVER (PARTITION BY ${column(options.parent)} ORDER BY ${order.join(', ')})`,
      'n',
    )
    .where(options.where);
  const { offset, limit } = options.page;
  const query = manager
    .createQueryBuilder(entity, 'row')
    .innerJoin(
      `(${ranked.getQuery()})`,
      'r',
      'r.id = row.id AND r.n > :pageStart AND r.n <= :pageEnd',
      {
        pageStart: offset,
        pageEnd: offset + limit,
      },
    )
    .setParameters(ranked.getParameters())
    // Rows come back in rank order within their parent; an entity keeps the place of its first row.
    .orderBy('r.parent')
    .addOrderBy('r.n');
  for (const [relation, wanted] of Object.entries(options.relations ?? {}))
    if (wanted === true) query.leftJoinAndSelect(`row.${relation}`, relation);
  const rows = await query.getMany();
  const parent = options.parent;
  return manyByKey(parentIds, rows, (row) => String(row[parent]));
}
