import { currentLogContext, runWithLogContext } from '../../logging/request-context';
import { countingStatements, statementsInRequest } from '../../observability/sql-statement-count';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('one request scope for the log context and the statement tally', () => {
  it('keeps the log context inside the tally and the tally inside a later log context', async () => {
    await runWithLogContext({ correlationId: 'outer-1234' }, () =>
      countingStatements(async (tally) => {
        tally.count = 2;
        await tick();
        expect(currentLogContext()).toEqual({ correlationId: 'outer-1234' });
        await runWithLogContext({ correlationId: 'inner-1234', userId: 'u-1' }, async () => {
          await tick();
          expect(currentLogContext()).toEqual({ correlationId: 'inner-1234', userId: 'u-1' });
          expect(statementsInRequest()).toBe(2);
        });
        expect(currentLogContext()).toEqual({ correlationId: 'outer-1234' });
      }),
    );
    expect(currentLogContext()).toBeUndefined();
    expect(statementsInRequest()).toBeUndefined();
  });

  it('keeps the scopes of concurrent requests apart', async () => {
    const request = (id: string) =>
      runWithLogContext({ correlationId: id }, async () => {
        await tick();
        return currentLogContext()?.correlationId;
      });
    await expect(Promise.all([request('first-1234'), request('second-1234')])).resolves.toEqual([
      'first-1234',
      'second-1234',
    ]);
  });
});
