import type { Client } from 'pg';
import { copyFromStdin } from '../lib/copy-from-stdin';
import { copyTextLine } from '../lib/copy-text';

export interface CopyBound {
  rows: number;
  /** Median of the attempts, each into a fresh table. */
  rowsPerSecond: number;
  attempts: number;
}

/**
 * The bound for ingest: the leads a run stored, read back and written again
 * by one raw COPY FROM STDIN into a scratch table shaped like `lead` (its
 * columns, defaults and indexes: LIKE ... INCLUDING ALL), in the same
 * database. No de-duplication, assignment, consent or outbox: what storing
 * the rows alone costs. Only the COPY is timed.
 */
export async function copyBound(client: Client, tag: string, attempts = 3): Promise<CopyBound> {
  const { rows: columnRows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'lead' AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
  );
  const columns = columnRows.map((row) => `"${row.column_name}"`);
  const { rows } = await client.query<{ v: Array<string | null> }>({
    text: `SELECT ARRAY[${columns.map((c) => `${c}::text`).join(', ')}] AS v FROM lead WHERE external_id LIKE $1`,
    values: [`${tag}-%`],
  });
  const lines = rows.map((row) => copyTextLine(row.v));
  const rates: number[] = [];
  for (let i = 0; i < attempts; i += 1) {
    await client.query('DROP TABLE IF EXISTS bench_lead_copy');
    await client.query('CREATE TABLE bench_lead_copy (LIKE lead INCLUDING ALL)');
    const started = performance.now();
    const copied = await copyFromStdin(
      client,
      `COPY bench_lead_copy (${columns.join(', ')}) FROM STDIN`,
      lines,
    );
    const seconds = (performance.now() - started) / 1000;
    if (copied !== lines.length) throw new Error(`COPY wrote ${copied} of ${lines.length} rows`);
    rates.push(copied / seconds);
  }
  await client.query('DROP TABLE IF EXISTS bench_lead_copy');
  rates.sort((a, b) => a - b);
  return {
    rows: lines.length,
    rowsPerSecond: Math.round(rates[Math.floor(rates.length / 2)]),
    attempts,
  };
}
