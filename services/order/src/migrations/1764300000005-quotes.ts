import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quotes: a quote of an account (often for an opportunity), and its
 * versions, each immutable once written (lines, prices, discounts, validity,
 * terms). An accepted quote becomes an order: the order keeps the quote's id.
 * Orders gain their currency as a choice (any ISO code; the column exists).
 */
export class Quotes1764300000005 implements MigrationInterface {
  name = 'Quotes1764300000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE SEQUENCE quote_number_seq');
    await queryRunner.query(`
      CREATE TABLE quote (
        id uuid PRIMARY KEY,
        quote_number text NOT NULL UNIQUE,
        account_id uuid NOT NULL,
        opportunity_id uuid,
        seller_id text NOT NULL,
        created_by text NOT NULL,
        currency char(3) NOT NULL,
        status text NOT NULL,
        current_version integer NOT NULL,
        order_id uuid,
        sent_at timestamptz,
        accepted_at timestamptz,
        rejected_at timestamptz,
        rejection_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX ix_quote_account ON quote (account_id, created_at)');
    await queryRunner.query('CREATE INDEX ix_quote_seller ON quote (seller_id, created_at)');
    await queryRunner.query(
      'CREATE INDEX ix_quote_opportunity ON quote (opportunity_id) WHERE opportunity_id IS NOT NULL',
    );
    await queryRunner.query(`
      CREATE TABLE quote_version (
        quote_id uuid NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
        version_number integer NOT NULL,
        valid_until date NOT NULL,
        terms text NOT NULL,
        lines jsonb NOT NULL,
        total_net numeric(21, 6) NOT NULL,
        total_cost numeric(21, 6) NOT NULL,
        margin numeric(21, 6) NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (quote_id, version_number)
      )`);
    // A quote's prices wait for the seller's manager as an order's do.
    await queryRunner.query(
      'ALTER TABLE price_approval DROP CONSTRAINT price_approval_subject_type_check',
    );
    await queryRunner.query(
      `ALTER TABLE price_approval ADD CONSTRAINT price_approval_subject_type_check
         CHECK (subject_type IN ('ORDER', 'CONTRACT', 'QUOTE'))`,
    );
    await queryRunner.query('ALTER TABLE sales_order ADD COLUMN quote_id uuid');
    await queryRunner.query(
      'CREATE UNIQUE INDEX ux_sales_order_quote ON sales_order (quote_id) WHERE quote_id IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE sales_order DROP COLUMN quote_id');
    await queryRunner.query("DELETE FROM price_approval WHERE subject_type = 'QUOTE'");
    await queryRunner.query(
      'ALTER TABLE price_approval DROP CONSTRAINT price_approval_subject_type_check',
    );
    await queryRunner.query(
      `ALTER TABLE price_approval ADD CONSTRAINT price_approval_subject_type_check
         CHECK (subject_type IN ('ORDER', 'CONTRACT'))`,
    );
    await queryRunner.query('DROP TABLE quote_version');
    await queryRunner.query('DROP TABLE quote');
    await queryRunner.query('DROP SEQUENCE quote_number_seq');
  }
}
