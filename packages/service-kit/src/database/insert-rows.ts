import type {
  EntityManager,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  ValueTransformer,
} from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

export interface InsertRowsOptions {
  /** Rows a unique index refuses are left out (ON CONFLICT DO NOTHING) instead of failing the statement. */
  onConflict?: 'ignore';
}

/**
 * Inserts entities in one statement with one parameter: the rows as a JSON
 * array, turned into the table's row type by PostgreSQL
 * (`jsonb_populate_recordset`). TypeORM's insert builder names one parameter
 * per value and looks each name up among all the others, which made a batch
 * of a few hundred leads cost more CPU than everything else the intake did
 * with it (issue 17). Columns the database fills (created and updated dates,
 * version) get what TypeORM would give them; generated columns are left to
 * the database. Entities with relation columns are refused: write their ids.
 * Answers the entities inserted (all, unless a conflict was ignored).
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  entities: readonly T[],
  options: InsertRowsOptions = {},
): Promise<T[]> {
  if (entities.length === 0) return [];
  const metadata = manager.connection.getMetadata(target);
  const columns = metadata.columns.filter(
    (c) => c.isInsert && !c.isVirtual && !c.generatedType && !c.isVirtualProperty,
  );
  const relational = columns.find((c) => c.relationMetadata);
  if (relational)
    throw new Error(
      `insertRows: ${metadata.name}.${relational.propertyPath} is a relation; give its id as a column`,
    );
  const driver = manager.connection.driver;
  const table = driver.escape(metadata.tablePath);
  const readers = columns.map((column) => [column.databaseName, readerOf(column, driver)] as const);
  const rows = entities.map((entity) => {
    const row: Record<string, unknown> = {};
    for (const [name, read] of readers) row[name] = read(entity);
    return row;
  });
  const names = columns.map((c) => driver.escape(c.databaseName));
  const values = columns.map((c) => {
    const value = `u.${driver.escape(c.databaseName)}`;
    if (c.isCreateDate || c.isUpdateDate) return `COALESCE(${value}, now())`;
    if (c.isVersion) return `COALESCE(${value}, 1)`;
    return value;
  });
  const primary = metadata.primaryColumns;
  const inserted: Array<Record<string, unknown>> = await manager.query(
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT ${values.join(', ')} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb) AS u
     ${options.onConflict === 'ignore' ? 'ON CONFLICT DO NOTHING' : ''}
     RETURNING ${primary.map((c) => `${driver.escape(c.databaseName)}::text`).join(', ')}`,
    [JSON.stringify(rows)],
  );
  if (inserted.length === entities.length) return [...entities];
  const keyOf = (values: unknown[]) => values.map(String).join('\u0000');
  const stored = new Set(inserted.map((row) => keyOf(primary.map((c) => row[c.databaseName]))));
  return entities.filter((_, i) => stored.has(keyOf(primary.map((c) => rows[i][c.databaseName]))));
}

type Driver = EntityManager['connection']['driver'];
type ColumnReader = (entity: ObjectLiteral) => unknown;

/**
 * Column types whose values TypeORM's `preparePersistentValue` hands on as
 * they are (it reaches its last `return value` for them).
 */
const AS_THEY_ARE = new Set([
  'uuid',
  'text',
  'varchar',
  'character varying',
  'citext',
  'int',
  'integer',
  'int4',
  'smallint',
  'bigint',
  'boolean',
  'bool',
]);
const DATE_TIMES = new Set(['timestamptz', 'timestamp with time zone', 'timestamp']);

const columnReaders = new WeakMap<ColumnMetadata, ColumnReader>();

/**
 * How a column's value is read from an entity for `insertRows`, chosen once
 * per column: a plain property (not embedded, not a relation, no transformer)
 * of a type TypeORM stores as it is, or a Date for a date-time column, is
 * read straight off the entity; anything else goes through `jsonValue`.
 * TypeORM's own path checks the column's kind on every read and builds an
 * array of type names for most of them: 12 µs of every lead an intake batch
 * inserts, of 41 columns (issue 17).
 */
function readerOf(column: ColumnMetadata, driver: Driver): ColumnReader {
  let read = columnReaders.get(column);
  if (read) return read;
  const plain =
    !column.embeddedMetadata &&
    !column.relationMetadata &&
    !column.referencedColumn &&
    !column.transformer &&
    !column.isArray &&
    typeof column.type === 'string';
  const property = column.propertyName;
  const generic: ColumnReader = (entity) => jsonValue(column, entity, driver);
  if (plain && AS_THEY_ARE.has(column.type as string)) read = (entity) => entity[property] ?? null;
  else if (plain && DATE_TIMES.has(column.type as string))
    read = (entity) => {
      const value: unknown = entity[property];
      return value instanceof Date ? value : generic(entity);
    };
  else read = generic;
  columnReaders.set(column, read);
  return read;
}

/** A column's value as JSON that PostgreSQL reads back as the column's type. */
function jsonValue(column: ColumnMetadata, entity: ObjectLiteral, driver: Driver): unknown {
  const value = column.getEntityValue(entity);
  // The driver would stringify JSON once more: a jsonb column would hold a string.
  const prepared =
    column.type === 'json' || column.type === 'jsonb'
      ? transformedTo(column.transformer, value)
      : driver.preparePersistentValue(value, column);
  if (prepared === undefined) return null;
  if (Buffer.isBuffer(prepared)) return `\\x${prepared.toString('hex')}`;
  return prepared;
}

/** What TypeORM stores for a value: each transformer's `to`, in order. */
function transformedTo(
  transformer: ValueTransformer | ValueTransformer[] | undefined,
  value: unknown,
) {
  const transformers = transformer ? [transformer].flat() : [];
  return transformers.reduce((v, t) => t.to(v), value);
}
