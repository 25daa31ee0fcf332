import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The account's web domain, lower-cased, so that a service can tell that a
 * lead or an e-mail belongs to a company that is a customer already.
 */
export class AccountDirectoryDomain1764000000201 implements MigrationInterface {
  name = 'AccountDirectoryDomain1764000000201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE account_owner ADD COLUMN domain text');
    await queryRunner.query(
      'CREATE INDEX ix_account_owner_domain ON account_owner (domain) WHERE domain IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE account_owner DROP COLUMN domain');
  }
}
