import { postgresDurabilityLine } from '../benchmarks-markdown';

describe('postgresDurabilityLine', () => {
  it('says a run was durable only when all three settings made it so', () => {
    expect(
      postgresDurabilityLine({ fsync: true, synchronousCommit: 'on', fullPageWrites: true }),
    ).toBe(
      'PostgreSQL durable, as production runs it (fsync on, synchronous_commit on, full_page_writes on).',
    );
    for (const d of [
      { fsync: false, synchronousCommit: 'on', fullPageWrites: true },
      { fsync: true, synchronousCommit: 'off', fullPageWrites: true },
      { fsync: true, synchronousCommit: 'on', fullPageWrites: false },
    ])
      expect(postgresDurabilityLine(d)).toMatch(/^PostgreSQL \*\*not durable\*\* \(fsync/);
    expect(
      postgresDurabilityLine({ fsync: false, synchronousCommit: 'off', fullPageWrites: false }),
    ).toContain('(fsync off, synchronous_commit off, full_page_writes off)');
  });

  it('names the dev cluster for results that did not record it', () => {
    expect(postgresDurabilityLine(undefined)).toMatch(
      /not recorded; .*dev cluster .*fsync, synchronous commit and full-page writes off/,
    );
  });
});
