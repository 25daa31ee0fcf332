import { createTestDatabase, type TestDatabase } from '@salesgraph/testing';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createDataSource, migrate } from '../../src';

/** A migration slow enough that two replicas starting together would overlap in it. */
class SlowWidgets1769000000000 implements MigrationInterface {
  name = 'SlowWidgets1769000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('SELECT pg_sleep(0.5)');
    await runner.query('CREATE TABLE widget (id int PRIMARY KEY)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE widget');
  }
}

describe('migrate', () => {
  let database: TestDatabase;
  const sources: DataSource[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('migrate-lock');
  });

  afterAll(async () => {
    for (const source of sources) await source.destroy().catch(() => undefined);
    await database.drop();
  });

  it('lets two replicas that start together migrate one after the other', async () => {
    const replica = async () => {
      const source = createDataSource({
        url: database.url,
        entities: [],
        migrations: [SlowWidgets1769000000000],
        applicationName: 'migrate-lock-test',
      });
      sources.push(source);
      await source.initialize();
      return source;
    };
    const [first, second] = await Promise.all([replica(), replica()]);

    const applied = await Promise.all([migrate(first), migrate(second)]);

    // One replica applied everything, the other found nothing left to do.
    const counts = applied.map((names) => names.length).sort();
    expect(counts[0]).toBe(0);
    expect(applied.flat()).toContain('SlowWidgets1769000000000');
    const rows = await first.query(
      'SELECT name, count(*)::int AS n FROM typeorm_migrations GROUP BY name',
    );
    expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
    expect(rows.map((r: { name: string }) => r.name)).toContain('SlowWidgets1769000000000');
  });
});
