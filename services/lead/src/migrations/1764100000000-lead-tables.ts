import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadTables1764100000000 implements MigrationInterface {
  name = 'LeadTables1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE lead (
        id uuid PRIMARY KEY,
        company text NOT NULL,
        contact_name text NOT NULL,
        email text,
        status text NOT NULL,
        owner_id text,
        source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query('CREATE INDEX ix_lead_owner ON lead (owner_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE lead');
  }
}
