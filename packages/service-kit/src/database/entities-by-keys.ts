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
  /** The statement for one key, and for more (`keyMatch`). */
  readonly sql: { readonly one: string; readonly many: string };
  readonly columns: readonly ColumnMetadata[];
}

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
 * keys but one (`= $1`, see `keyMatch`): two prepared statements at most (see
 * PreparingClient); each row becomes an
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
  const driver = manager.connection.driver;
  const read = compiledRead(metadata, key, order, () => readOf(metadata, driver, key, order));
  const { count, value } = keyParameter(keys);
  const rows: Array<Record<string, unknown>> = await manager.query(read.sql[count], [value]);
  return rows.map((row) => hydrated<T>(metadata, read.columns, driver, row));
}

const compiledRead = perKeyedShape<CompiledRead>();

function readOf(
  metadata: EntityMetadata,
  driver: Driver,
  key: string,
  order: KeyOrder<ObjectLiteral>,
): CompiledRead {
  const parts = keyedReadParts(metadata, driver, key, order, 'entitiesByKeys');
  const sql = (keys: KeyCount) =>
    `SELECT ${parts.columns.map(parts.name).join(', ')} FROM ${parts.table}` +
    ` WHERE ${parts.keyMatch('$1', keys)}` +
    (parts.ranking ? ` ORDER BY ${parts.ranking}` : '');
  return { sql: { one: sql('one'), many: sql('many') }, columns: parts.columns };
}

/** A value made once per entity, key and order: what a keyed read of that shape needs. */
export function perKeyedShape<V>(): (
  metadata: EntityMetadata,
  key: string,
  order: KeyOrder<ObjectLiteral>,
  make: () => V,
) => V {
  const made = new WeakMap<EntityMetadata, Map<string, V>>();
  return (metadata, key, order, make) => {
    let known = made.get(metadata);
    if (!known) made.set(metadata, (known = new Map()));
    const shape = JSON.stringify([key, order]);
    if (known.has(shape)) return known.get(shape)!;
    const value = make();
    known.set(shape, value);
    return value;
  };
}

/** Whether a keyed read matches one key or more (`keyMatch`). */
export type KeyCount = 'one' | 'many';

/**
 * How `keys` go as the parameter of a keyed read: one key as itself, matched with `= $1`, none or
 * more as one array, matched with `= ANY($1)` (see `keyMatch` for why one key is apart).
 */
export function keyParameter(keys: readonly unknown[]): { count: KeyCount; value: unknown } {
  return keys.length === 1 ? { count: 'one', value: keys[0] } : { count: 'many', value: [...keys] };
}

/** A keyed read's pieces from TypeORM's metadata, escaped: its table, columns, key condition and order. */
export interface KeyedReadParts {
  readonly table: string;
  readonly columns: readonly ColumnMetadata[];
  name(column: ColumnMetadata): string;
  /**
   * `<key column> = ANY(<placeholder>::<its type>[])` for many keys, `<key column> =
   * <placeholder>::<its type>` for one: the parameter is then the key itself, not an array.
   *
   * PostgreSQL keeps a prepared statement's generic plan (PreparingClient) only if it estimates
   * it no dearer than the plans it makes for the values at hand. It cannot see an array
   * parameter's length and takes it for ten keys, dearer than the single key a one-entity view
   * asks for, so it planned such a read again on every call: under the key-account query, four
   * statements with plans of 0.07 to 0.26 ms, longer than they ran. `= $1` is estimated alike
   * either way and keeps its generic plan.
   */
  keyMatch(placeholder: string, keys: KeyCount): string;
  /** The ORDER BY list; empty for no order. */
  readonly ranking: string;
}

/** The pieces of a keyed read; `caller` names the function in the error a missing column raises. */
export function keyedReadParts(
  metadata: EntityMetadata,
  driver: Driver,
  key: string,
  order: KeyOrder<ObjectLiteral>,
  caller: string,
): KeyedReadParts {
  const columnOf = (property: string) => {
    const column = metadata.findColumnWithPropertyPath(property);
    if (!column) throw new Error(`${caller}: ${metadata.name} has no column ${property}`);
    return column;
  };
  const keyColumn = columnOf(key);
  const name = (c: ColumnMetadata) => driver.escape(c.databaseName);
  const ranking = order.map(([p, d]) => `${name(columnOf(p))} ${d}`).join(', ');
  return {
    table: driver.escape(metadata.tablePath),
    columns: selectedColumns(metadata),
    name,
    keyMatch: (placeholder, keys) =>
      keys === 'one'
        ? `${name(keyColumn)} = ${placeholder}::${driver.normalizeType(keyColumn)}`
        : `${name(keyColumn)} = ANY(${placeholder}::${driver.normalizeType(keyColumn)}[])`,
    ranking,
  };
}

/** The columns `find` reads of an entity: selected, stored ones. */
function selectedColumns(metadata: EntityMetadata): ColumnMetadata[] {
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
