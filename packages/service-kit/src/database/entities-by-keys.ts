import {
  In,
  type EntityManager,
  type EntityMetadata,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];
type Driver = EntityManager['connection']['driver'];

export type KeyOrder<T> = ReadonlyArray<readonly [keyof T & string, 'ASC' | 'DESC']>;

/** A read of one shape, made once: its statement and how its rows become entities. */
interface CompiledRead {
  readonly sql: string;
  readonly columns: readonly ColumnMetadata[];
}

const compiled = new WeakMap<EntityMetadata, Map<string, CompiledRead>>();

/**
 * The entities whose `key` column holds one of `keys`, in `order`: what
 * `manager.find(entity, { where: { [key]: In(keys) }, order })` answers, for
 * the lists a subgraph loads for every parent a request shows (an account's
 * contacts, threats, requests).
 *
 * TypeORM builds that statement anew on every call (aliases, escaping, a
 * parameter per key, a pass renaming properties over the whole text) and
 * hydrates rows through its general join-aware transformer: in the account
 * service under the key-account query, its query building and hydration were a
 * third of the CPU spent outside socket writes. Here the statement is written
 * once per entity, key and order from TypeORM's own metadata, with the keys as
 * one array parameter (`= ANY($1)`), so its text is the same for any number of
 * keys (one prepared statement, see PreparingClient); each row becomes an
 * entity with TypeORM's own per-column conversion (`prepareHydratedValue`, the
 * column's transformer) and nothing else.
 *
 * Only plain columns: an entity with load listeners, or a data source with
 * TypeORM subscribers, is read through `find` as before, since they expect
 * TypeORM's load events. Relations are not loaded (nor are they by `find`
 * without `relations`).
 */
export async function entitiesByKeys<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  key: keyof T & string,
  keys: readonly unknown[],
  order: KeyOrder<T>,
): Promise<T[]> {
  if (keys.length === 0) return [];
  const metadata = manager.connection.getMetadata(entity);
  if (needsTypeormLoad(manager, metadata))
    return manager.find(entity, {
      where: { [key]: In([...keys]) } as FindOptionsWhere<T>,
      order: Object.fromEntries(order) as FindOptionsOrder<T>,
    });
  const read = compiledRead(metadata, manager.connection.driver, key, order);
  const rows: Array<Record<string, unknown>> = await manager.query(read.sql, [[...keys]]);
  const driver = manager.connection.driver;
  return rows.map((row) => hydrated<T>(metadata, read.columns, driver, row));
}

function compiledRead(
  metadata: EntityMetadata,
  driver: Driver,
  key: string,
  order: KeyOrder<ObjectLiteral>,
): CompiledRead {
  let reads = compiled.get(metadata);
  if (!reads) compiled.set(metadata, (reads = new Map()));
  const shape = JSON.stringify([key, order]);
  const known = reads.get(shape);
  if (known) return known;

  const columnOf = (property: string) => {
    const column = metadata.findColumnWithPropertyPath(property);
    if (!column) throw new Error(`entitiesByKeys: ${metadata.name} has no column ${property}`);
    return column;
  };
  const keyColumn = columnOf(key);
  const columns = selectedColumns(metadata);
  const name = (c: ColumnMetadata) => driver.escape(c.databaseName);
  const sql =
    `SELECT ${columns.map(name).join(', ')} FROM ${driver.escape(metadata.tablePath)}` +
    ` WHERE ${name(keyColumn)} = ANY($1::${driver.normalizeType(keyColumn)}[])` +
    (order.length > 0
      ? ` ORDER BY ${order.map(([p, d]) => `${name(columnOf(p))} ${d}`).join(', ')}`
      : '');
  const read = { sql, columns };
  reads.set(shape, read);
  return read;
}

/** The columns `find` reads of an entity: selected, stored ones. */
export function selectedColumns(metadata: EntityMetadata): ColumnMetadata[] {
  return metadata.columns.filter((c) => c.isSelect && !c.isVirtual && !c.isVirtualProperty);
}

/** Whether TypeORM must read the entity itself: its load listeners and subscribers expect its load events. */
export function needsTypeormLoad(manager: EntityManager, metadata: EntityMetadata): boolean {
  return metadata.afterLoadListeners.length > 0 || manager.connection.subscribers.length > 0;
}

/** A row as TypeORM's transformer makes it an entity, column by column. */
export function hydrated<T>(
  metadata: EntityMetadata,
  columns: readonly ColumnMetadata[],
  driver: Driver,
  row: Record<string, unknown>,
): T {
  const entity = metadata.create(undefined, { fromDeserializer: true }) as T & ObjectLiteral;
  for (const column of columns) {
    const value = row[column.databaseName];
    if (value === undefined) continue;
    column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
  }
  return entity;
}
