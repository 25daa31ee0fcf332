import pg from 'pg';
import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { CommandContext } from '../command/command-context';
import {
  entitiesByKeys,
  hydrated,
  keyedReadParts,
  needsTypeormLoad,
  perKeyedShape,
  keyParameter,
  type KeyCount,
  type KeyOrder,
} from './entities-by-keys';

type ColumnMetadata = EntityMetadata['columns'][number];
type Driver = EntityManager['connection']['driver'];
type TextParser = (text: string) => unknown;

/**
 * `entitiesByKeys`, but the keyed reads one command asks for within one turn
 * of the event loop (its loaders' batches: an account's contacts, threats,
 * requests, touchpoints and proposals) go to PostgreSQL as ONE statement.
 *
 * Each statement costs PostgreSQL and the service a round trip whatever it
 * reads: under the key-account query, PostgreSQL spent 0.76 ms executing the
 * request's statements and about 2.9 ms in all, and the account service sent
 * five keyed reads of a few rows each. Here each read is a branch of one
 * `UNION ALL`, its rows as arrays of their columns' text; every column is then
 * parsed by the parser pg itself uses for its type, and hydrated as
 * `entitiesByKeys` does, so the entities are the same. A read alone in its
 * turn, or of an entity with a column type not mapped below, listeners or
 * subscribers, goes on its own through `entitiesByKeys`.
 */
export function entitiesByKeysTogether<T extends ObjectLiteral>(
  command: CommandContext,
  manager: EntityManager,
  entity: EntityTarget<T>,
  key: keyof T & string,
  keys: readonly unknown[],
  order: KeyOrder<T>,
): Promise<T[]> {
  if (keys.length === 0) return Promise.resolve([]);
  const metadata = manager.connection.getMetadata(entity);
  const branch = needsTypeormLoad(manager, metadata)
    ? undefined
    : branchOf(metadata, manager.connection.driver, key, order);
  if (!branch) return entitiesByKeys(manager, entity, key, keys, order);
  const together = command.loaders.shared('service-kit:keyed-reads', () => new ReadsTogether());
  return together.read(manager, branch, keys) as Promise<T[]>;
}

/** One keyed read as a branch of the combined statement: its text (`{q}` and `{keys}` left to fill) and its columns. */
interface Branch {
  readonly id: string;
  readonly metadata: EntityMetadata;
  readonly key: string;
  readonly order: KeyOrder<ObjectLiteral>;
  /**
   * `SELECT {q}, row_number() …, ARRAY[…]` with `{q}` and `{keys}` left to fill: matching one
   * key, and more (`keyMatch`).
   */
  readonly text: { readonly one: string; readonly many: string };
  readonly columns: readonly ColumnMetadata[];
  readonly parsers: readonly TextParser[];
}

interface Pending {
  branch: Branch;
  keys: readonly unknown[];
  resolve(entities: ObjectLiteral[]): void;
  reject(error: unknown): void;
}

/** A command's keyed reads of this turn, by manager (a transaction's reads go through it). */
class ReadsTogether {
  private readonly waiting = new Map<EntityManager, Pending[]>();

  read(manager: EntityManager, branch: Branch, keys: readonly unknown[]): Promise<ObjectLiteral[]> {
    return new Promise((resolve, reject) => {
      let pending = this.waiting.get(manager);
      if (!pending) {
        const batch: Pending[] = [];
        pending = batch;
        this.waiting.set(manager, batch);
        // After this turn's loader batches have all asked (they dispatch in microtasks and ticks).
        setImmediate(() => {
          this.waiting.delete(manager);
          send(manager, batch).catch((error: unknown) => batch.forEach((p) => p.reject(error)));
        });
      }
      pending.push({ branch, keys, resolve, reject });
    });
  }
}

async function send(manager: EntityManager, batch: Pending[]): Promise<void> {
  if (batch.length === 1) {
    const [{ branch, keys, resolve }] = batch;
    resolve(
      await entitiesByKeys(
        manager,
        branch.metadata.target as EntityTarget<ObjectLiteral>,
        branch.key,
        keys,
        branch.order,
      ),
    );
    return;
  }
  // The same reads in the same order make the same text: one prepared statement (PreparingClient).
  const ordered = [...batch].sort((a, b) =>
    a.branch.id < b.branch.id ? -1 : a.branch.id > b.branch.id ? 1 : 0,
  );
  const parameters = ordered.map((p) => keyParameter(p.keys));
  const sql = combinedText(
    ordered.map((p, i) => ({ branch: p.branch, keys: parameters[i].count })),
  );
  const rows: Array<{ q: number; r: Array<string | null> }> = await manager.query(
    sql,
    parameters.map((p) => p.value),
  );
  const driver = manager.connection.driver;
  const found: ObjectLiteral[][] = ordered.map(() => []);
  for (const { q, r } of rows) {
    const { branch } = ordered[q];
    const raw: Record<string, unknown> = {};
    branch.columns.forEach((column, i) => {
      const text = r[i];
      raw[column.databaseName] = text === null ? null : branch.parsers[i](text);
    });
    found[q].push(hydrated(branch.metadata, branch.columns, driver, raw));
  }
  ordered.forEach((pending, i) => pending.resolve(found[i]));
}

const combined = new Map<string, string>();

/** The statement of these reads, each of one key or of more. */
function combinedText(reads: ReadonlyArray<{ branch: Branch; keys: KeyCount }>): string {
  const id = reads.map(({ branch, keys }) => `${branch.id} ${keys}`).join('\n');
  let text = combined.get(id);
  if (!text) {
    const parts = reads.map(
      ({ branch, keys }, i) =>
        `(${branch.text[keys].replace('{q}', String(i)).replace('{keys}', `$${i + 1}`)})`,
    );
    text = `SELECT q, r FROM (${parts.join(' UNION ALL ')}) AS reads ORDER BY q, n`;
    // Bounded: the shapes are the services' own call sites, not their values.
    if (combined.size < 1_000) combined.set(id, text);
  }
  return text;
}

const branches = perKeyedShape<Branch | null>();

function branchOf(
  metadata: EntityMetadata,
  driver: Driver,
  key: string,
  order: KeyOrder<ObjectLiteral>,
): Branch | undefined {
  return (
    branches(metadata, key, order, () => makeBranch(metadata, driver, key, order) ?? null) ??
    undefined
  );
}

function makeBranch(
  metadata: EntityMetadata,
  driver: Driver,
  key: string,
  order: KeyOrder<ObjectLiteral>,
): Branch | undefined {
  const parts = keyedReadParts(metadata, driver, key, order, 'entitiesByKeysTogether');
  const parsers: TextParser[] = [];
  for (const column of parts.columns) {
    const oid = oidOf(driver.normalizeType(column), column.isArray);
    if (oid === undefined) return undefined;
    parsers.push(pg.types.getTypeParser(oid, 'text') as TextParser);
  }
  const text = (keys: KeyCount) =>
    `SELECT {q} AS q, row_number() OVER (${parts.ranking ? `ORDER BY ${parts.ranking}` : ''}) AS n,` +
    ` ARRAY[${parts.columns.map((c) => `${parts.name(c)}::text`).join(', ')}] AS r` +
    ` FROM ${parts.table} WHERE ${parts.keyMatch('{keys}', keys)}`;
  return {
    id: `${metadata.tablePath} ${JSON.stringify([key, order])}`,
    metadata,
    key,
    order,
    text: { one: text('one'), many: text('many') },
    columns: parts.columns,
    parsers,
  };
}

/**
 * The type OID pg would report for a column, so that its text is parsed as pg
 * parses it (`getTypeParser`). Enums have OIDs of their own, for which pg has
 * no parser: their text is the value, as pg gives it. Types not listed are not
 * read together.
 */
function oidOf(type: string, isArray: boolean): number | undefined {
  if (type === 'enum') return UNPARSED;
  const scalar = SCALAR_OIDS[type];
  if (scalar === undefined) return undefined;
  return isArray ? ARRAY_OIDS[scalar] : scalar;
}

/** An OID pg has no parser for: the text as it is. */
const UNPARSED = 0;

const SCALAR_OIDS: Record<string, number> = {
  boolean: 16,
  bigint: 20,
  smallint: 21,
  integer: 23,
  text: 25,
  json: 114,
  real: 700,
  'double precision': 701,
  character: 1042,
  'character varying': 1043,
  date: 1082,
  'timestamp without time zone': 1114,
  'timestamp with time zone': 1184,
  numeric: 1700,
  uuid: 2950,
  jsonb: 3802,
};

const ARRAY_OIDS: Record<number, number> = {
  16: 1000,
  20: 1016,
  21: 1005,
  23: 1007,
  25: 1009,
  114: 199,
  700: 1021,
  701: 1022,
  1042: 1014,
  1043: 1015,
  1082: 1182,
  1114: 1115,
  1184: 1185,
  1700: 1231,
  2950: 2951,
  3802: 3807,
};
