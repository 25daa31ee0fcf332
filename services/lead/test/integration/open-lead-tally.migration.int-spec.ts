import type { DataSource } from 'typeorm';
import { leadMigrations } from '../../src/data-source';
import { migratedDatabase } from './support/migrated-database';
import { openLeadStatuses } from '../../src/modules/lead/lead-lifecycle';
import { OpenLeadTally1797400000000 } from '../../src/migrations/1797400000000-open-lead-tally';

const ada = '00000000-0000-4000-8000-0000000000a1';
const bob = '00000000-0000-4000-8000-0000000000b2';
const cy = '00000000-0000-4000-8000-0000000000c3';

describe('migration OpenLeadTally: each rep’s open leads, kept by the statements that change them', () => {
  const { openWith } = migratedDatabase('lead-open-lead-tally');
  const insertLeads = (source: DataSource, leads: Array<[string | null, string]>) =>
    source.query(
      `INSERT INTO lead (id, company, contact_name, status, source, origin, owner_id, disqualification_reason)
       SELECT gen_random_uuid(), 'Acme ' || n, 'Ada', l.status, 'web-form', 'MARKETING', l.owner,
              CASE WHEN l.status = 'DISQUALIFIED' THEN 'no budget' END
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS l(owner, status, n)`,
      [leads.map(([owner]) => owner), leads.map(([, status]) => status)],
    );
  /** Each rep's open leads as the tally has them, and as the leads themselves say. */
  const tallyAndCount = async (source: DataSource) => {
    const [row] = await source.query(
      `SELECT (SELECT coalesce(jsonb_object_agg(owner_id, open) FILTER (WHERE open <> 0), '{}')
                 FROM (SELECT owner_id, sum(open_leads) AS open FROM open_lead_tally GROUP BY owner_id) t) AS tally,
              (SELECT coalesce(jsonb_object_agg(owner_id, open), '{}')
                 FROM (SELECT owner_id, count(*) AS open FROM lead
                        WHERE owner_id IS NOT NULL AND status = ANY($1::text[]) GROUP BY owner_id) c) AS count`,
      [[...openLeadStatuses]],
    );
    return row as { tally: Record<string, number>; count: Record<string, number> };
  };

  it('starts from the leads stored, follows every insert, update, delete and truncate, and forgets a rollback', async () => {
    const before = await openWith(leadMigrations.filter((m) => m !== OpenLeadTally1797400000000));
    await insertLeads(before, [
      [ada, 'NEW'],
      [ada, 'CONTACTED'],
      [ada, 'DISQUALIFIED'],
      [bob, 'QUALIFIED'],
      [null, 'NEW'],
    ]);
    const after = await openWith(leadMigrations);
    expect(await tallyAndCount(after)).toEqual({
      tally: { [ada]: 2, [bob]: 1 },
      count: { [ada]: 2, [bob]: 1 },
    });

    await insertLeads(after, [
      [bob, 'NEW'],
      [cy, 'NEW'],
      [cy, 'DISQUALIFIED'],
      [null, 'NEW'],
    ]);
    // Assigned, closed, handed over, closed and handed over at once.
    await after.query(`UPDATE lead SET owner_id = $1 WHERE owner_id IS NULL`, [cy]);
    await after.query(
      `UPDATE lead SET status = 'DISQUALIFIED', disqualification_reason = 'no budget' WHERE owner_id = $1 AND status = 'NEW'`,
      [ada],
    );
    await after.query(
      `UPDATE lead SET owner_id = $1 WHERE owner_id = $2 AND status = 'QUALIFIED'`,
      [ada, bob],
    );
    await after.query(
      `UPDATE lead SET owner_id = $1, status = 'DISQUALIFIED', disqualification_reason = 'gone' WHERE id = (SELECT id FROM lead WHERE owner_id = $2 LIMIT 1)`,
      [bob, cy],
    );
    const rows = async () =>
      Number((await after.query('SELECT count(*) AS n FROM open_lead_tally'))[0].n);
    const rowsBefore = await rows();
    // A change that moves no count adds no row.
    await after.query(`UPDATE lead SET campaign = 'spring'`);
    expect(await rows()).toBe(rowsBefore);
    let state = await tallyAndCount(after);
    expect(state.tally).toEqual(state.count);
    expect(Object.keys(state.count).sort()).toEqual([ada, bob, cy].sort());

    await after.query(`DELETE FROM lead WHERE owner_id = $1`, [cy]);
    await after
      .transaction(async (manager) => {
        await manager.query(`UPDATE lead SET owner_id = $1`, [cy]);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    state = await tallyAndCount(after);
    expect(state.tally).toEqual(state.count);
    expect(state.count[cy]).toBeUndefined();

    await after.query('TRUNCATE lead CASCADE');
    expect(await tallyAndCount(after)).toEqual({ tally: {}, count: {} });
    expect(await rows()).toBe(0);

    await after.undoLastMigration({ transaction: 'each' });
    const [left] = await after.query(`SELECT to_regclass('open_lead_tally') AS tally`);
    expect(left.tally).toBeNull();
  });
});
