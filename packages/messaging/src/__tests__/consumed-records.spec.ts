import { consumedCuts } from '../kafka/consumed-records';

describe('consumed records: where an intake topic may be cut', () => {
  const ranges = [
    { partition: 0, low: '0', high: '10' },
    { partition: 1, low: '4', high: '8' },
    { partition: 2, low: '0', high: '0' },
  ];

  it('cuts each partition at the group’s committed offset: what it has read goes, the rest stays', () => {
    const group = [
      { partition: 0, offset: '7' },
      { partition: 1, offset: '8' },
      { partition: 2, offset: '-1' },
    ];
    expect(consumedCuts(ranges, [group])).toEqual([
      { partition: 0, offset: '7', removed: 7 },
      { partition: 1, offset: '8', removed: 4 },
    ]);
  });

  it('cuts at the slowest of several groups, and not at all where one has committed nothing', () => {
    const fast = [
      { partition: 0, offset: '9' },
      { partition: 1, offset: '8' },
    ];
    const slow = [
      { partition: 0, offset: '3' },
      { partition: 1, offset: '-1' },
    ];
    expect(consumedCuts(ranges, [fast, slow])).toEqual([{ partition: 0, offset: '3', removed: 3 }]);
  });

  it('does nothing where the topic is cut there already, and never beyond its end', () => {
    const cut = [{ partition: 1, low: '8', high: '8' }];
    expect(consumedCuts(cut, [[{ partition: 1, offset: '8' }]])).toEqual([]);
    const ahead = [{ partition: 0, low: '2', high: '5' }];
    expect(consumedCuts(ahead, [[{ partition: 0, offset: '12' }]])).toEqual([
      { partition: 0, offset: '5', removed: 3 },
    ]);
  });

  it('cuts nothing when no group is named', () => {
    expect(consumedCuts(ranges, [])).toEqual([]);
  });
});
