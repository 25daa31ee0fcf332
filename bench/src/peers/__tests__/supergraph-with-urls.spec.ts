import { supergraphWithUrls } from '../hive-gateway';

describe('supergraphWithUrls', () => {
  const sdl = [
    'enum join__Graph {',
    '  ACCOUNT @join__graph(name: "account", url: "http://127.0.0.1:4002/graphql")',
    '  LEAD @join__graph(name: "lead", url: "http://127.0.0.1:4001/graphql")',
    '}',
  ].join('\n');

  it('points each subgraph at where it runs in the benchmark stack', () => {
    const out = supergraphWithUrls(sdl, { lead: 'http://127.0.0.1:5555/graphql' });
    expect(out).toContain('LEAD @join__graph(name: "lead", url: "http://127.0.0.1:5555/graphql")');
    expect(out).toContain(
      'ACCOUNT @join__graph(name: "account", url: "http://127.0.0.1:4002/graphql")',
    );
  });
});
