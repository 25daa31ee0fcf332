import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The service-level breaches raised, one per order and status entry: the watch never raises one twice. */
export class ServiceLevelBreaches1764300000003 implements MigrationInterface {
  name = 'ServiceLevelBreaches1764300000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE order_service_level_breach (
        order_id uuid NOT NULL,
        status text NOT NULL,
        since timestamptz NOT NULL,
        raised_at timestamptz NOT NULL,
        PRIMARY KEY (order_id, status, since)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE order_service_level_breach');
  }
}
