import { SubgraphReplicas } from '../subgraph-replicas';

describe('SubgraphReplicas', () => {
  it('goes round-robin over the instances', () => {
    const replicas = new SubgraphReplicas(['a', 'b', 'c']);
    expect([
      replicas.order()[0],
      replicas.order()[0],
      replicas.order()[0],
      replicas.order()[0],
    ]).toEqual(['a', 'b', 'c', 'a']);
  });

  it('tries an instance marked down last, until its time is up', () => {
    let now = 0;
    const replicas = new SubgraphReplicas(['a', 'b'], () => now, 2_000);
    replicas.markDown('a');
    expect(replicas.order()).toEqual(['b', 'a']);
    expect(replicas.order()).toEqual(['b', 'a']);
    now = 2_001;
    expect(replicas.order()).toEqual(['a', 'b']);
  });

  it('needs at least one instance', () => {
    expect(() => new SubgraphReplicas([])).toThrow(/at least one/);
  });
});
