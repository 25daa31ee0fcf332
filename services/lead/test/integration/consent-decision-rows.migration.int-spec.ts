import type { DataSource } from 'typeorm';
import { leadMigrations } from '../../src/data-source';
import { migratedDatabase } from './support/migrated-database';
import { ConsentDecisionRows1797200000000 } from '../../src/migrations/1797200000000-consent-decision-rows';

const leadId = '00000000-0000-4000-8000-000000000001';
const emailRow = '00000000-0000-4000-8000-000000000010';
const phoneRow = '00000000-0000-4000-8000-000000000011';
const decision = '00000000-0000-4000-8000-000000000020';

/** Rows of lead_consent as a test reads them, oldest shape or newest. */
type ConsentRow = { id: string; channel?: string; channels?: string[]; given: boolean };

describe('migration ConsentDecisionRows: a consent row per decision', () => {
  const { openWith } = migratedDatabase('lead-consent-rows');

  it('turns each row into a decision on its channel, and splits decisions back into rows on the way down', async () => {
    const before = await openWith(
      leadMigrations.filter((m) => m !== ConsentDecisionRows1797200000000),
    );
    await before.query(
      `INSERT INTO lead (id, company, contact_name, status, source, origin)
       VALUES ($1, 'Acme', 'Ada', 'NEW', 'web-form', 'MARKETING')`,
      [leadId],
    );
    for (const [id, channel, given] of [
      [emailRow, 'EMAIL', true],
      [phoneRow, 'PHONE', false],
    ] as const)
      await before.query(
        `INSERT INTO lead_consent (id, lead_id, channel, given, source, recorded_by, effective_at, recorded_at, note)
         VALUES ($1, $2, $3, $4, 'IMPORT', 'marketing', now(), now(), 'as imported')`,
        [id, leadId, channel, given],
      );

    const after = await openWith(leadMigrations);
    const rows = (source: DataSource): Promise<ConsentRow[]> =>
      source.query('SELECT * FROM lead_consent ORDER BY id');
    expect(await rows(after)).toEqual([
      expect.objectContaining({ id: emailRow, channels: ['EMAIL'], given: true }),
      expect.objectContaining({ id: phoneRow, channels: ['PHONE'], given: false }),
    ]);
    expect((await rows(after))[0]).not.toHaveProperty('channel');
    const insert = (channels: string) =>
      after.query(
        `INSERT INTO lead_consent (id, lead_id, channels, given, source, recorded_by, effective_at, recorded_at)
         VALUES (gen_random_uuid(), $1, $2, true, 'EMAIL', 'u-rep', now(), now())`,
        [leadId, channels],
      );
    await expect(insert('{}')).rejects.toThrow(/ck_lead_consent_channels/);
    await expect(insert('{FAX}')).rejects.toThrow(/ck_lead_consent_channels/);
    await after.query(
      `INSERT INTO lead_consent (id, lead_id, channels, given, source, recorded_by, effective_at, recorded_at)
       VALUES ($1, $2, '{EMAIL,VISIT,MARKETING}', false, 'EMAIL', 'u-rep', now(), now())`,
      [decision, leadId],
    );

    await after.undoLastMigration({ transaction: 'each' });
    const down = await rows(after);
    // The decision's first channel keeps its row and id, each further one has a row of its own.
    expect(down.map((r) => [r.channel, r.given, r.id === decision]).sort()).toEqual(
      [
        ['EMAIL', true, false],
        ['EMAIL', false, true],
        ['MARKETING', false, false],
        ['PHONE', false, false],
        ['VISIT', false, false],
      ].sort(),
    );
    expect(down.find((r) => r.id === emailRow)?.channel).toBe('EMAIL');
    expect(down[0]).not.toHaveProperty('channels');

    // Up again: five decisions, each on its one channel.
    await after.runMigrations({ transaction: 'each' });
    expect((await rows(after)).map((r) => r.channels!.join()).sort()).toEqual([
      'EMAIL',
      'EMAIL',
      'MARKETING',
      'PHONE',
      'VISIT',
    ]);
  });
});
