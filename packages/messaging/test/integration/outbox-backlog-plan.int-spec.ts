import type { DataSource, QueryRunner } from 'typeorm';
import { PENDING_ROWS_SQL } from '../../src/outbox/pending-rows';
import { MessagingFixture } from './messaging-fixture';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

/** Rows the plan's nodes read through one index, over all their loops (EXPLAIN ANALYZE). */
function rowsReadThrough(node: PlanNode, index: string): number {
  const own =
    node['Index Name'] === index ? (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1) : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsReadThrough(child, index), 0);
}

function indexesIn(node: PlanNode): string[] {
  return [
    ...(node['Index Name'] ? [node['Index Name']] : []),
    ...(node.Plans ?? []).flatMap(indexesIn),
  ];
}

/**
 * The relay's read of a backlog the statistics have not seen: an import into a
 * young database writes thousands of rows before autovacuum analyses the table.
 * With the planner believing in a row or so, the look-up of parked rows once
 * walked the unpublished index for every row read, 3.9 s a read with 22,000
 * rows pending. Read from the plan, not timed.
 */
describe("the relay's read of a backlog larger than the statistics know", () => {
  const fixture = new MessagingFixture();
  let db: DataSource;

  beforeAll(async () => {
    db = await fixture.database('relay-plan');
    // Statistics of an empty table, kept so: autovacuum must not catch up during the test.
    await db.query('ALTER TABLE outbox_message SET (autovacuum_enabled = false)');
    await db.query('ANALYZE outbox_message');
    await db.query(
      `INSERT INTO outbox_message (id, aggregate_type, aggregate_id, event_type, topic, payload, correlation_id)
       SELECT gen_random_uuid(), 'Lead', gen_random_uuid()::text, 'lead.captured.v1', 'lead',
              jsonb_build_object('n', n), 'backlog'
         FROM generate_series(1, 5000) AS n`,
    );
  });

  afterAll(() => fixture.stop());

  /** Runs `read` on a connection set up as the relay's (see OutboxRelay.ensureLeadership). */
  const asTheRelay = async <T>(read: (runner: QueryRunner) => Promise<T>): Promise<T> => {
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SET enable_sort = off');
      return await read(runner);
    } finally {
      await runner.query('RESET enable_sort');
      await runner.release();
    }
  };

  const planOfRead = (): Promise<PlanNode> =>
    asTheRelay(async (runner) => {
      const [row] = await runner.query(`EXPLAIN (FORMAT JSON) ${PENDING_ROWS_SQL}`, [1000]);
      return row['QUERY PLAN'][0].Plan;
    });

  it('walks the queue of unpublished rows once and looks parked rows up on their own index', async () => {
    const indexes = indexesIn(await planOfRead());
    expect(indexes.filter((i) => i === 'outbox_pending_pkey')).toHaveLength(1);
    expect(indexes).toContain('ix_outbox_message_parked');
  });

  it('reads the oldest pending rows first', async () => {
    const rows: Array<{ position: string }> = await asTheRelay((runner) =>
      runner.query(PENDING_ROWS_SQL, [1000]),
    );
    const [{ first }] = await db.query('SELECT min(position)::text AS first FROM outbox_pending');
    expect(rows).toHaveLength(1000);
    expect(rows[0].position).toBe(first);
    const positions = rows.map((r) => BigInt(r.position));
    expect(positions.every((p, i) => i === 0 || positions[i - 1] < p)).toBe(true);
  });

  it('reads only the rows it returns when most of the history is published', async () => {
    // A merge join on position walked every published row's entry before the first queued one.
    await db.query(
      'DELETE FROM outbox_pending WHERE position < (SELECT max(position) - 99 FROM outbox_pending)',
    );
    const plan = await asTheRelay(async (runner) => {
      const [row] = await runner.query(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${PENDING_ROWS_SQL}`,
        [1000],
      );
      return row['QUERY PLAN'][0].Plan as PlanNode;
    });
    expect(rowsReadThrough(plan, 'outbox_message_position_key')).toBe(100);
  });
});
