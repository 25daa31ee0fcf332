import { inRunOrder, queriesGiven, sidesGiven } from '../gateway-sides';

describe('sidesGiven', () => {
  it('gives every side (undefined) when BENCH_SIDES is unset or blank', () => {
    expect(sidesGiven({})).toBeUndefined();
    expect(sidesGiven({ BENCH_SIDES: ' , ' })).toBeUndefined();
  });

  it('reads the names in the order given, trimmed, each once', () => {
    expect(sidesGiven({ BENCH_SIDES: ' direct,salesgraph , direct' })).toEqual([
      'direct',
      'salesgraph',
    ]);
  });

  it('refuses a name that is no side, naming it and the sides there are', () => {
    expect(() => sidesGiven({ BENCH_SIDES: 'salesgraph,hive-ruoter' })).toThrow(
      'no side named hive-ruoter; the sides are salesgraph, candidate, hive-gateway, hive-router, direct',
    );
  });
});

describe('queriesGiven', () => {
  it('gives both queries (undefined) when BENCH_QUERIES is unset or blank', () => {
    expect(queriesGiven({})).toBeUndefined();
    expect(queriesGiven({ BENCH_QUERIES: ' ' })).toBeUndefined();
  });

  it('reads the names given, each once', () => {
    expect(queriesGiven({ BENCH_QUERIES: 'leadList, leadList' })).toEqual(['leadList']);
  });

  it('refuses a name that is no query, naming the queries there are', () => {
    expect(() => queriesGiven({ BENCH_QUERIES: 'leadlist' })).toThrow(
      'BENCH_QUERIES=leadlist: no query named leadlist; the queries are leadList, keyAccount',
    );
  });
});

describe('inRunOrder', () => {
  const targets = [
    { side: 'salesgraph' as const },
    { side: 'hive-router' as const },
    { side: 'direct' as const },
  ];

  it('keeps every target in its own order when no sides were given', () => {
    expect(inRunOrder(targets, undefined)).toEqual(targets);
  });

  it('keeps only the sides given, in their order', () => {
    expect(inRunOrder(targets, ['direct', 'salesgraph']).map(({ side }) => side)).toEqual([
      'direct',
      'salesgraph',
    ]);
  });
});
