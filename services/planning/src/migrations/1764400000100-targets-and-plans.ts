import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The service's own state: team members, revenue targets, account plans and their actions. */
export class TargetsAndPlans1764400000100 implements MigrationInterface {
  name = 'TargetsAndPlans1764400000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sales_team_member (
        team_id uuid NOT NULL REFERENCES sales_team (id) ON DELETE CASCADE,
        user_id text NOT NULL,
        role text NOT NULL CHECK (role IN ('SALES_REP', 'ACCOUNT_MANAGER')),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (team_id, user_id)
      )`);
    // One team per person: "the rep's own manager" is then a single person.
    await queryRunner.query(
      'CREATE UNIQUE INDEX ux_sales_team_member_user ON sales_team_member (user_id)',
    );

    await queryRunner.query(`
      CREATE TABLE revenue_target (
        id uuid PRIMARY KEY,
        rep_id text NOT NULL,
        team_id uuid NOT NULL,
        period_kind text NOT NULL CHECK (period_kind IN ('MONTH', 'QUARTER', 'YEAR')),
        period_start date NOT NULL,
        period_end date NOT NULL,
        amount numeric(21, 6) NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        set_by text NOT NULL,
        set_at timestamptz NOT NULL,
        CONSTRAINT ux_revenue_target_rep_period UNIQUE (rep_id, period_kind, period_start)
      )`);
    await queryRunner.query(`
      CREATE TABLE revenue_target_split (
        target_id uuid NOT NULL REFERENCES revenue_target (id) ON DELETE CASCADE,
        position int NOT NULL,
        product_line text,
        product_id uuid,
        amount numeric(21, 6) NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (target_id, position),
        CHECK ((product_line IS NULL) <> (product_id IS NULL))
      )`);

    await queryRunner.query(`
      CREATE TABLE account_plan (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        year int NOT NULL,
        account_manager_id text NOT NULL,
        currency char(3) NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
        objectives text[] NOT NULL DEFAULT '{}',
        competitor_defence_notes text NOT NULL DEFAULT '',
        return_reason text,
        approved_by text,
        approved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT ux_account_plan_account_year UNIQUE (account_id, year)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_account_plan_manager ON account_plan (account_manager_id)',
    );
    await queryRunner.query(`
      CREATE TABLE plan_product_target (
        plan_id uuid NOT NULL REFERENCES account_plan (id) ON DELETE CASCADE,
        product_id uuid NOT NULL,
        revenue numeric(21, 6) NOT NULL CHECK (revenue >= 0),
        margin numeric(21, 6) NOT NULL,
        PRIMARY KEY (plan_id, product_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE relationship_action (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES account_plan (id) ON DELETE CASCADE,
        description text NOT NULL,
        owner_id text NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        origin text NOT NULL CHECK (origin IN ('MANUAL', 'SHORTFALL')),
        product_id uuid,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_relationship_action_plan ON relationship_action (plan_id)',
    );
    await queryRunner.query(
      'CREATE INDEX ix_relationship_action_owner ON relationship_action (owner_id, status)',
    );
    // One alert per plan, product and detection window: the key stops a second one.
    await queryRunner.query(`
      CREATE TABLE plan_shortfall_alert (
        plan_id uuid NOT NULL REFERENCES account_plan (id) ON DELETE CASCADE,
        product_id uuid NOT NULL,
        window_start date NOT NULL,
        action_id uuid NOT NULL,
        detected_at timestamptz NOT NULL,
        PRIMARY KEY (plan_id, product_id, window_start)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE plan_shortfall_alert');
    await queryRunner.query('DROP TABLE relationship_action');
    await queryRunner.query('DROP TABLE plan_product_target');
    await queryRunner.query('DROP TABLE account_plan');
    await queryRunner.query('DROP TABLE revenue_target_split');
    await queryRunner.query('DROP TABLE revenue_target');
    await queryRunner.query('DROP TABLE sales_team_member');
  }
}
