import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 18: whom sales may no longer approach, learnt from the consent events. */
export class PersonConsent1768300000100 implements MigrationInterface {
  name = 'PersonConsent1768300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE person_consent (
        subject_id uuid PRIMARY KEY,
        subject_type text NOT NULL CHECK (subject_type IN ('Lead', 'Contact')),
        contactable_by_sales boolean NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE person_consent');
  }
}
