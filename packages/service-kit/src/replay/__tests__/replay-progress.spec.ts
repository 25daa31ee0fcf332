import type { IncomingMessage } from '@salesgraph/messaging';
import { ReplayProgress } from '../replay-progress';

const message = (topic: string, partition: number, offset: number) =>
  ({ topic, partition, offset: String(offset) }) as IncomingMessage;

describe('replay progress', () => {
  it('is done at once when every partition is empty or already compacted away', async () => {
    const progress = new ReplayProgress();
    progress.expect('t', [
      { partition: 0, low: '0', high: '0' },
      { partition: 1, low: '7', high: '7' },
    ]);
    expect(progress.done()).toBe(true);
    await expect(progress.finished(1_000)).resolves.toBeUndefined();
  });

  it('reads each partition up to the end recorded at the start, not beyond', async () => {
    const progress = new ReplayProgress();
    progress.expect('orders', [
      { partition: 0, low: '0', high: '2' },
      { partition: 1, low: '5', high: '6' },
    ]);
    const finished = progress.finished(5_000);
    expect(progress.wanted(message('orders', 0, 0))).toBe(true);
    progress.seen(message('orders', 0, 0));
    expect(progress.done()).toBe(false);
    progress.seen(message('orders', 0, 1));
    expect(progress.wanted(message('orders', 1, 6))).toBe(false); // arrived after the start
    expect(progress.done()).toBe(true);
    await expect(finished).resolves.toBeUndefined();
    expect(progress.endOffsets()).toEqual({ orders: { '0': '2', '1': '6' } });
  });

  it('fails when the recorded ends are not reached in time', async () => {
    const progress = new ReplayProgress();
    progress.expect('orders', [{ partition: 0, low: '0', high: '3' }]);
    await expect(progress.finished(20)).rejects.toThrow(
      'did not reach the recorded end offsets within 20 ms',
    );
  });
});
