import { createTestDatabase, type TestDatabase } from '@salesgraph/testing';
import type { DataSource, QueryRunner } from 'typeorm';
import { createDataSource } from '../../src';

/**
 * The service data source sends repeated reads as prepared statements
 * (preparing-client.ts), seen from PostgreSQL's side: the session's
 * pg_prepared_statements.
 */
describe('repeated reads as prepared statements', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let runner: QueryRunner;

  beforeAll(async () => {
    database = await createTestDatabase('prepared-reads');
    dataSource = createDataSource({
      url: database.url,
      entities: [],
      migrations: [],
      applicationName: 'prepared-reads-test',
    });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE gadget (id int PRIMARY KEY, name text)');
    await dataSource.query("INSERT INTO gadget VALUES (1, 'one'), (2, 'two')");
    // One connection throughout: prepared statements belong to a session.
    runner = dataSource.createQueryRunner();
    await runner.connect();
  });

  afterAll(async () => {
    await runner?.release();
    await dataSource?.destroy();
    await database?.drop();
  });

  const preparedOf = async (marker: string): Promise<string[]> =>
    (
      await runner.query(
        `SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%' || $1 || '%' AND from_sql = false`,
        [marker],
      )
    ).map((row: { statement: string }) => row.statement);

  it('prepares a read once it repeats, and answers as before', async () => {
    const read = 'SELECT name FROM gadget /* hot-read */ WHERE id = $1';
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) answers.push((await runner.query(read, [1 + (i % 2)]))[0].name);
    expect(answers).toEqual(['one', 'two', 'one', 'two', 'one']);
    expect(await preparedOf('hot-read')).toEqual([read]);
  });

  it('leaves reads sent once or twice, writes (data-modifying WITH too) and statements without parameters unnamed', async () => {
    await runner.query('SELECT name FROM gadget /* rare-read */ WHERE id = $1', [1]);
    await runner.query('SELECT name FROM gadget /* rare-read */ WHERE id = $1', [2]);
    for (let i = 0; i < 4; i++) {
      await runner.query('UPDATE gadget SET name = name /* hot-write */ WHERE id = $1', [1]);
      await runner.query('SELECT name FROM gadget /* no-parameters */ WHERE id = 1');
      await runner.query(
        'WITH moved AS (UPDATE gadget SET name = name WHERE id = $1 RETURNING id) SELECT id /* cte-write */ FROM moved',
        [2],
      );
    }
    expect(await preparedOf('rare-read')).toEqual([]);
    expect(await preparedOf('hot-write')).toEqual([]);
    expect(await preparedOf('no-parameters')).toEqual([]);
    expect(await preparedOf('cte-write')).toEqual([]);
  });

  it('fails once when the columns of a prepared read change, then reads unprepared', async () => {
    const read = 'SELECT * FROM gadget /* changing */ WHERE id = $1';
    for (let i = 0; i < 4; i++) await runner.query(read, [1]);
    expect(await preparedOf('changing')).toEqual([read]);
    await dataSource.query('ALTER TABLE gadget ADD COLUMN colour text');
    await expect(runner.query(read, [1])).rejects.toThrow(
      /cached plan must not change result type/,
    );
    const [row] = await runner.query(read, [1]);
    expect(row).toEqual({ id: 1, name: 'one', colour: null });
  });
});
