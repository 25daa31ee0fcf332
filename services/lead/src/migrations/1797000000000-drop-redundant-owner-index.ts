import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: ix_lead_owner (owner_id) repeats the first column of
 * ix_lead_owner_status (owner_id, status), which serves every look-up by owner
 * alone as well. Each lead written (marketing's intake inserts a lead, then
 * gives it an owner in a second version of the row) paid an entry in both.
 */
export class DropRedundantOwnerIndex1797000000000 implements MigrationInterface {
  name = 'DropRedundantOwnerIndex1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_lead_owner');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX ix_lead_owner ON lead (owner_id)');
  }
}
