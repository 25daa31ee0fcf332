import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A trigram index on the customer's name, so that a service's list search
 * finds records by the name of their customer (orders by "Müller", say). The
 * expression is service-kit's searchDocument(['name']), which the searches
 * repeat; pg_trgm is a trusted extension, a database owner may create it.
 */
export class AccountDirectoryNameSearch1764000000202 implements MigrationInterface {
  name = 'AccountDirectoryNameSearch1764000000202';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      `CREATE INDEX ix_account_owner_search ON account_owner USING gin ((lower(coalesce("name", ''))) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_account_owner_search');
  }
}
