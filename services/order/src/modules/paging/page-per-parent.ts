import {
  compiledSelect,
  keyParameter,
  manyByKey,
  type SelectParameters,
} from '@salesgraph/service-kit';
import {
  FindOperator,
  type EntityManager,
  type EntityTarget,
  type FindOptionsRelations,
  type FindOptionsWhere,
  type ObjectLiteral,
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
 * What a select of pages needs but its values: the entity, the columns each
 * `where` alternative compares (`=` a value or an `In` of one, `= ANY` of an `In` of more), the order
 * and the relations. Pages of the same shape share one statement text.
 */
interface PagesShape {
  entity: string;
  parent: string;
  orderBy: Array<[string, 'ASC' | 'DESC']>;
  relations: string[];
  where: Array<Array<[property: string, comparison: '=' | 'in']>>;
}

/**
 * One page of rows for each of many parents (the orders of each account, the
 * call-offs of each contract) in ONE statement, however many parents: the
 * rows are ranked within their parent, cut to the page, and joined back to
 * their rows and relations. A list field on many parents (`_entities` of a
 * hundred accounts) so costs what it costs on one. Answers one list per
 * parent id, in order.
 *
 * The statement is written once per shape (`compiledSelect`): every
 * key-account view reads a page of orders and one of contracts, and writing
 * these joins was most of the order service's TypeORM time.
 */
export async function pagesPerParent<T extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  parentIds: readonly string[],
  options: PagesPerParent<T>,
): Promise<T[][]> {
  if (options.where.length === 0) return parentIds.map(() => []);
  const metadata = manager.connection.getMetadata(entity);
  const shape: PagesShape = {
    entity: metadata.name,
    parent: options.parent,
    orderBy: options.orderBy,
    relations: Object.entries(options.relations ?? {})
      .filter(([, wanted]) => wanted === true)
      .map(([relation]) => relation),
    where: [],
  };
  const { offset, limit } = options.page;
  const parameters: SelectParameters = { pageStart: offset, pageEnd: offset + limit };
  for (const [i, alternative] of options.where.entries()) {
    const compared: PagesShape['where'][number] = [];
    for (const [property, value] of Object.entries(alternative)) {
      if (value === undefined) continue;
      const isIn = value instanceof FindOperator && value.type === 'in';
      if (value instanceof FindOperator && !isIn)
        throw new Error(`pagesPerParent: ${property} compares with ${value.type}; only = and In`);
      // An In of one value compares with `=`: PostgreSQL then keeps the statement's generic plan
      // instead of planning it on every call (see `keyMatch` in service-kit's entities-by-keys).
      const { count, value: compareWith } = isIn
        ? keyParameter(value.value as unknown[])
        : { count: 'one', value };
      compared.push([property, count === 'many' ? 'in' : '=']);
      parameters[`w${i}_${property}`] = compareWith;
    }
    shape.where.push(compared);
  }
  const rows = (await pagesSelect(manager, JSON.stringify(shape), parameters)) as T[];
  const parent = options.parent;
  return manyByKey(parentIds, rows, (row) => String(row[parent]));
}

const pagesSelect = compiledSelect((manager: EntityManager, shapeText: string) => {
  const shape = JSON.parse(shapeText) as PagesShape;
  const metadata = manager.connection.getMetadata(shape.entity);
  // Checked once per shape, when its statement is written: a shape names its columns.
  const column = (property: string) => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`pagesPerParent: ${metadata.name} has no column ${property}`);
    return `t.${found.databaseName}`;
  };
  const order = shape.orderBy.map(([property, direction]) => `${column(property)} ${direction}`);
  const alternatives = shape.where.map((compared, i) =>
    compared.length === 0
      ? 'TRUE'
      : compared
          .map(([property, comparison]) =>
            comparison === 'in'
              ? `${column(property)} = ANY(:w${i}_${property})`
              : `${column(property)} = :w${i}_${property}`,
          )
          .join(' AND '),
  );
  const ranked = manager
    .createQueryBuilder(metadata.target, 't')
    .select(column('id'), 'id')
    .addSelect(column(shape.parent), 'parent')
    .addSelect(
      `row_number() OVER (PARTITION BY ${column(shape.parent)} ORDER BY ${order.join(', ')})`,
      'n',
    )
    .where(alternatives.map((condition) => `(${condition})`).join(' OR '));
  const query = manager
    .createQueryBuilder<ObjectLiteral>(metadata.target, 'row')
    .innerJoin(
      `(${ranked.getQuery()})`,
      'r',
      'r.id = row.id AND r.n > :pageStart AND r.n <= :pageEnd',
    )
    // Rows come back in rank order within their parent; an entity keeps the place of its first row.
    .orderBy('r.parent')
    .addOrderBy('r.n');
  for (const relation of shape.relations) query.leftJoinAndSelect(`row.${relation}`, relation);
  return query;
});
