import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * A pg client that sends the reads a service repeats as named prepared
 * statements, so PostgreSQL plans them once per connection instead of on every
 * call.
 *
 * Planning was most of PostgreSQL's work for the graph's reads: in a benchmark
 * run of the key-account query (pg_stat_statements with track_planning) it
 * planned for 13.7 s and executed for 2.6 s. The order service's revenue
 * statement took 3.6 ms to plan and 0.3 ms to run, every request. A named
 * statement is parsed once per connection; PostgreSQL then plans it per call
 * for its first five runs and afterwards keeps a generic plan when that plan
 * is estimated no dearer than the custom ones (`plan_cache_mode = auto`).
 *
 * Which statements: reads (`SELECT`, and `WITH` that writes nothing) with
 * parameters, once the process has sent the same text `HOT_AFTER` times;
 * statements sent once (a migration, a script) stay unnamed. Writes stay
 * unnamed: they plan cheaply, and a generic plan can be far worse than one
 * made for the rows at hand (the subject keys' issue, a `WITH` that inserts,
 * took 78 ms a call with one against 17 ms planned each time). A connection
 * keeps at most `MAX_PER_CONNECTION` statements, and the process counts at
 * most `MAX_TEXTS` texts (IN lists of every length would otherwise each be
 * one).
 *
 * A prepared statement outlives DDL but not every change: one whose result
 * columns changed under it fails once with `cached plan must not change
 * result type` (0A000). That text is then sent unnamed on that connection, as
 * is one the session lost (26000).
 *
 * Needs a session of its own per connection (see docs/operations.md: no
 * transaction-mode pooler), as the relay's and the migrations' locks do.
 */
export class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();
  private readonly refused = new Set<string>();

  // pg's query() has many overloads; every form but one passes through unchanged.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    const name =
      typeof config === 'string' && Array.isArray(values) && values.length > 0
        ? this.nameFor(config)
        : undefined;
    // pg.Client's own query() as it is now (tests wrap it to count statements), untyped: its
    // overloads do not take a forwarded call.
    const send = super.query as unknown as (...args: unknown[]) => unknown;
    if (!name) return send.call(this, config, values, callback);
    const sent = send.call(this, { name, text: config }, values, callback);
    // With a callback pg returns nothing; TypeORM always takes the promise.
    if (!(sent instanceof Promise)) return sent;
    return sent.catch((error: { code?: string }) => {
      if (error.code && UNUSABLE.has(error.code)) {
        this.prepared.delete(name);
        this.refused.add(name);
      }
      throw error;
    });
  }

  private nameFor(text: string): string | undefined {
    const hot = hotStatements.nameOf(text);
    if (!hot || this.refused.has(hot)) return undefined;
    if (this.prepared.has(hot)) return hot;
    if (this.prepared.size >= MAX_PER_CONNECTION) return undefined;
    this.prepared.add(hot);
    return hot;
  }
}

/**
 * A statement this connection must not use again: its result columns changed
 * (0A000, `cached plan must not change result type`), or the session lost it
 * (26000, e.g. after DISCARD ALL).
 */
const UNUSABLE = new Set(['0A000', '26000']);
const HOT_AFTER = 3;
const MAX_PER_CONNECTION = 200;
const MAX_TEXTS = 2_000;

/** The process' count of the reads it sent, by text; a name once a text is hot. */
class HotStatements {
  private readonly seen = new Map<string, { count: number; name?: string }>();

  nameOf(text: string): string | undefined {
    let entry = this.seen.get(text);
    if (!entry) {
      if (this.seen.size >= MAX_TEXTS || !isRead(text)) return undefined;
      entry = { count: 0 };
      this.seen.set(text, entry);
    }
    if (entry.name) return entry.name;
    entry.count += 1;
    if (entry.count < HOT_AFTER) return undefined;
    entry.name = `sg_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    return entry.name;
  }
}

/** A SELECT, or a WITH that writes nothing (a data-modifying CTE is a write). */
function isRead(text: string): boolean {
  return /^\s*SELECT\b/i.test(text) || (/^\s*WITH\b/i.test(text) && !WRITES.test(text));
}
const WRITES = /\b(INSERT|UPDATE|DELETE|MERGE)\b/i;
const hotStatements = new HotStatements();
