import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The customer's people (contacts with buying roles) and ours (the account team). */
export class ContactsAndTeam1764200000200 implements MigrationInterface {
  name = 'ContactsAndTeam1764200000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE contact (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES account (id),
        name text NOT NULL,
        title text,
        email text,
        phone text,
        buying_role text NOT NULL CHECK (buying_role IN
          ('PURCHASING_MANAGER', 'PURCHASING_OFFICER', 'TECHNICAL_DECISION_MAKER', 'SENIOR_EXECUTIVE', 'USER')),
        influence smallint NOT NULL CHECK (influence BETWEEN 1 AND 5),
        relationship_strength smallint NOT NULL CHECK (relationship_strength BETWEEN 1 AND 5),
        last_interaction_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query('CREATE INDEX ix_contact_account ON contact (account_id)');
    await queryRunner.query(`
      CREATE TABLE account_team_member (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES account (id),
        user_id text NOT NULL,
        name text NOT NULL,
        department text NOT NULL CHECK (department IN ('SALES', 'TECHNICAL', 'LOGISTICS', 'FINANCE', 'SERVICE')),
        role text NOT NULL,
        added_by text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ux_account_team_member UNIQUE (account_id, user_id, department)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_account_team_member_account ON account_team_member (account_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE account_team_member');
    await queryRunner.query('DROP TABLE contact');
  }
}
