import { LoaderRegistry } from '../loader-registry';
import { loadMany, loadOne, manyByKey, oneByKey } from '../loader-helpers';

describe('loader helpers', () => {
  const rows = [
    { id: 'b', accountId: 'x' },
    { id: 'a', accountId: 'x' },
    { id: 'c', accountId: 'y' },
  ];

  it('align fetched rows with the keys asked', () => {
    expect(oneByKey(['a', 'z', 'b'], rows, (r) => r.id)).toEqual([rows[1], null, rows[0]]);
    expect(manyByKey(['x', 'y', 'z'], rows, (r) => r.accountId)).toEqual([
      [rows[0], rows[1]],
      [rows[2]],
      [],
    ]);
  });

  it('batch the loads of one request into one fetch per name', async () => {
    const command = { loaders: new LoaderRegistry() };
    const fetches: string[][] = [];
    const fetch = async (keys: readonly string[]) => {
      fetches.push([...keys]);
      return oneByKey(keys, rows, (r) => r.id);
    };
    const found = await Promise.all(
      ['a', 'b', 'q'].map((id) => loadOne(command, 'row', id, fetch)),
    );
    expect(found.map((r) => r?.id ?? null)).toEqual(['a', 'b', null]);
    const byAccount = await loadMany(command, 'rows-of-account', 'x', async (keys) =>
      manyByKey(keys, rows, (r) => r.accountId),
    );
    expect(byAccount).toHaveLength(2);
    expect(fetches).toEqual([['a', 'b', 'q']]);
  });

  it('remember a computed answer per command, and forget a failure', async () => {
    const loaders = new LoaderRegistry();
    let calls = 0;
    const compute = async () => ++calls;
    expect(await loaders.memo('scope', compute)).toBe(1);
    expect(await loaders.memo('scope', compute)).toBe(1);
    await expect(
      loaders.memo('failing', async () => Promise.reject(new Error('db down'))),
    ).rejects.toThrow('db down');
    expect(await loaders.memo('failing', async () => 'ok')).toBe('ok');
  });
  it('share one object per name within a command, never between commands', () => {
    const [one, other] = [new LoaderRegistry(), new LoaderRegistry()];
    const made = one.shared('batch', () => ({ reads: [] as string[] }));
    made.reads.push('contacts');
    expect(one.shared('batch', () => ({ reads: [] as string[] }))).toBe(made);
    expect(other.shared('batch', () => ({ reads: [] as string[] })).reads).toEqual([]);
  });
});
