import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The personal data keys this database knows (docs/privacy.md): the ones this
 * service issued for its own people and the ones it learnt from the
 * `privacy.subject-keys` topic. An erased person keeps a row without a key:
 * the ledger that tells "erased" apart from "not known yet", and holds
 * nothing about the person but their id.
 */
export class PrivacySubjectKeys1767050000000 implements MigrationInterface {
  name = 'PrivacySubjectKeys1767050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE privacy_subject_key (
        subject_id text PRIMARY KEY,
        owner text NOT NULL,
        key bytea,
        issued_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz,
        CONSTRAINT ck_privacy_subject_key_state CHECK ((key IS NULL) = (erased_at IS NOT NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE privacy_subject_key`);
  }
}
