import {
  countingStatements,
  statementsInRequest,
  StatementCountingLogger,
} from '../sql-statement-count';

const logger = new StatementCountingLogger(['error']);
/** As TypeORM's query runner does before each statement. */
const send = (sql = 'SELECT 1') => logger.logQuery(sql, []);
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('counting SQL statements per request', () => {
  it('counts every statement sent within the request, across awaits and batched callbacks', async () => {
    const count = await countingStatements(async (tally) => {
      send('BEGIN');
      await tick();
      send();
      // A DataLoader batch runs in a later tick, still in the request's async context.
      await new Promise<void>((resolve) =>
        process.nextTick(() => {
          send();
          resolve();
        }),
      );
      send('COMMIT');
      expect(statementsInRequest()).toBe(4);
      return tally.count;
    });
    expect(count).toBe(4);
  });

  it('counts nothing outside a request (relay, consumers, jobs)', () => {
    send();
    expect(statementsInRequest()).toBeUndefined();
  });

  it('keeps concurrent requests apart', async () => {
    const request = (statements: number) =>
      countingStatements(async (tally) => {
        for (let i = 0; i < statements; i++) {
          send();
          await tick();
        }
        return tally.count;
      });
    await expect(Promise.all([request(2), request(5), request(0)])).resolves.toEqual([2, 5, 0]);
  });
});
