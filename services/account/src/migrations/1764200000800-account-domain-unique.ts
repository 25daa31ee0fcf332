import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One account per company: the domain is stored normalised (lower case, no
 * "www.") and unique. A lead from a company that is a customer already is
 * then converted into that account, never into a second one.
 */
export class AccountDomainUnique1764200000800 implements MigrationInterface {
  name = 'AccountDomainUnique1764200000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "UPDATE account SET domain = regexp_replace(lower(btrim(domain)), '^www\\.', '') WHERE domain IS NOT NULL",
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX ux_account_domain ON account (domain) WHERE domain IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ux_account_domain');
  }
}
