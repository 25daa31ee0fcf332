import { manyByKey } from '@salesgraph/service-kit';
import {
  In,
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
 * call-offs of each contract) in two statements, however many parents: the
 * rows are ranked within their parent and cut to the page, then loaded by
 * id. A list field on many parents (`_entities` of a hundred accounts) so
 * costs what it costs on one. Answers one list per parent id, in order.
 */
export async function pagesPerParent<T extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  parentIds: readonly string[],
  options: PagesPerParent<T>,
): Promise<T[][]> {
  const ranked = await rankedIds(manager, entity, options);
  const rows = ranked.length
    ? await manager.find(entity, {
        where: { id: In(ranked.map((r) => r.id)) } as FindOptionsWhere<T>,
        relations: options.relations,
      })
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return manyByKey(parentIds, ranked, (r) => r.parent).map((page) =>
    page.map((r) => byId.get(r.id)!),
  );
}

/** The ids of each parent's page with their parent, in rank order: ONE statement. */
function rankedIds<T extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  options: PagesPerParent<T>,
): Promise<Array<{ id: string; parent: string }>> {
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
  return manager
    .createQueryBuilder()
    .select('r.id', 'id')
    .addSelect('r.parent', 'parent')
    .from(`(${ranked.getQuery()})`, 'r')
    .where('r.n > :pageStart AND r.n <= :pageEnd', {
      pageStart: offset,
      pageEnd: offset + limit,
    })
    .setParameters(ranked.getParameters())
    .orderBy('r.n')
    .getRawMany();
}
