import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Price lists per account or per customer segment, in a currency, with
 * validity dates; order lines say where their price came from.
 */
export class PriceLists1764300000006 implements MigrationInterface {
  name = 'PriceLists1764300000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE price_list (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        account_id uuid,
        segment text,
        currency char(3) NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        entries jsonb NOT NULL,
        changed_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL,
        CONSTRAINT ck_price_list_for CHECK ((account_id IS NULL) <> (segment IS NULL)),
        CONSTRAINT ck_price_list_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_price_list_account ON price_list (account_id, currency)',
    );
    await queryRunner.query('CREATE INDEX ix_price_list_segment ON price_list (segment, currency)');
    await queryRunner.query(`
      ALTER TABLE order_line
        ADD COLUMN price_source text NOT NULL DEFAULT 'LIST_PRICE',
        ADD COLUMN price_list_id uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE order_line DROP COLUMN price_source, DROP COLUMN price_list_id',
    );
    await queryRunner.query('DROP TABLE price_list');
  }
}
