import { markdownTable } from '../markdown-table';

describe('markdownTable', () => {
  it('pads every column to its widest cell, as Prettier formats tables', () => {
    expect(
      markdownTable(
        ['side', 'req/s'],
        [
          ['ours', '1234.5'],
          ['peer', '9'],
        ],
      ),
    ).toEqual(['| side | req/s  |', '| ---- | ------ |', '| ours | 1234.5 |', '| peer | 9      |']);
  });
});
