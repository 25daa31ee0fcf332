import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: the rules' caps read each rep's open leads under the assignment
 * lock, once per team and batch. `count(*)` over `lead` read every open lead
 * of the team's reps (2 to 7 ms a call with a few thousand each, while every
 * other intake batch waited for the lock). Each statement that changes a
 * lead's owner or open status now appends what it changed to
 * `open_lead_tally`, a row per rep and statement; a rep's open leads are the
 * sum of their rows, and the planner folds them into one row per rep as it
 * reads them (AssignmentPlanner).
 *
 * Rows are only ever added by the trigger, never updated: a statement takes no
 * lock on a rep's tally, so a rep closing a lead never waits for an intake
 * batch that gives them leads, and no lock order between tallies and leads
 * can deadlock. The fold deletes the rows it sums, under the assignment lock
 * (one folder at a time); rows of transactions still open are not in its
 * snapshot and stay for the next fold.
 *
 * The open statuses are written into the function (openLeadStatuses when this
 * migration was written): a lifecycle with other open statuses needs a
 * migration replacing it. `open-lead-tally.migration.int-spec.ts` compares the tally with
 * a count of the leads after every kind of change.
 */
/** The open statuses, as this migration writes them into SQL (openLeadStatuses when it was written). */
const OPEN = "('NEW', 'CONTACTED', 'QUALIFIED')";

export class OpenLeadTally1797400000000 implements MigrationInterface {
  name = 'OpenLeadTally1797400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE open_lead_tally (owner_id text NOT NULL, open_leads integer NOT NULL)`,
    );
    await queryRunner.query('CREATE INDEX ix_open_lead_tally_owner ON open_lead_tally (owner_id)');
    await queryRunner.query(`
      CREATE FUNCTION open_lead_tally_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO open_lead_tally (owner_id, open_leads)
          SELECT owner_id, count(*) FROM new_leads
           WHERE owner_id IS NOT NULL AND status IN ${OPEN}
           GROUP BY owner_id;
        ELSIF TG_OP = 'UPDATE' THEN
          INSERT INTO open_lead_tally (owner_id, open_leads)
          SELECT owner_id, sum(change) FROM (
                 SELECT owner_id, 1 AS change FROM new_leads
                  WHERE owner_id IS NOT NULL AND status IN ${OPEN}
                 UNION ALL
                 SELECT owner_id, -1 FROM old_leads
                  WHERE owner_id IS NOT NULL AND status IN ${OPEN}
                 ) AS changes
           GROUP BY owner_id HAVING sum(change) <> 0;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO open_lead_tally (owner_id, open_leads)
          SELECT owner_id, -count(*) FROM old_leads
           WHERE owner_id IS NOT NULL AND status IN ${OPEN}
           GROUP BY owner_id;
        ELSE
          DELETE FROM open_lead_tally;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER open_lead_tally_insert AFTER INSERT ON lead
      REFERENCING NEW TABLE AS new_leads FOR EACH STATEMENT EXECUTE FUNCTION open_lead_tally_change()`);
    await queryRunner.query(`CREATE TRIGGER open_lead_tally_update AFTER UPDATE ON lead
      REFERENCING OLD TABLE AS old_leads NEW TABLE AS new_leads
      FOR EACH STATEMENT EXECUTE FUNCTION open_lead_tally_change()`);
    await queryRunner.query(`CREATE TRIGGER open_lead_tally_delete AFTER DELETE ON lead
      REFERENCING OLD TABLE AS old_leads FOR EACH STATEMENT EXECUTE FUNCTION open_lead_tally_change()`);
    await queryRunner.query(`CREATE TRIGGER open_lead_tally_truncate AFTER TRUNCATE ON lead
      FOR EACH STATEMENT EXECUTE FUNCTION open_lead_tally_change()`);
    // Creating the triggers locked out every writer of lead until this migration commits: no
    // change slips between the count and the triggers.
    await queryRunner.query(`
      INSERT INTO open_lead_tally (owner_id, open_leads)
      SELECT owner_id, count(*) FROM lead
       WHERE owner_id IS NOT NULL AND status IN ${OPEN}
       GROUP BY owner_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of ['insert', 'update', 'delete', 'truncate'])
      await queryRunner.query(`DROP TRIGGER open_lead_tally_${trigger} ON lead`);
    await queryRunner.query('DROP FUNCTION open_lead_tally_change()');
    await queryRunner.query('DROP TABLE open_lead_tally');
  }
}
