import { ApolloServer } from '@apollo/server';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { rememberedQueryHashes, rememberQueryHashes } from '../remembered-query-hashes';

rememberQueryHashes(require.resolve('@apollo/server'));
/** The copy of Apollo's hashing that Apollo Server uses, now ours. */
const apolloHashing = createRequire(require.resolve('@apollo/server'))(
  '@apollo/utils.createhash',
) as { createHash(kind: string): ReturnType<typeof createHash> };
const sha256 = () => apolloHashing.createHash('sha256');
const node = (text: string) => createHash('sha256').update(text).digest('hex');

describe('remembered query hashes', () => {
  it('gives the digests Node gives, remembered or not', () => {
    for (const text of ['', 'query { leads { id } }', 'ünïcødé ✓ 𝄞', 'x'.repeat(20_000)]) {
      expect(sha256().update(text).digest('hex')).toBe(node(text));
      expect(sha256().update(text).digest('hex')).toBe(node(text));
    }
    // As the gateway keys its query plans: a hash, then the operation's name.
    expect(sha256().update('abc').update('KeyAccount').digest('hex')).toBe(node('abcKeyAccount'));
  });

  it('hashes anything but text to a hex digest as Node does', () => {
    const bytes = Buffer.from([0, 1, 2, 250]);
    expect(sha256().update(bytes).digest('hex')).toBe(
      createHash('sha256').update(bytes).digest('hex'),
    );
    expect(sha256().update('text').update(bytes).digest('base64')).toBe(
      createHash('sha256').update('text').update(bytes).digest('base64'),
    );
    expect(sha256().update('café', 'latin1').digest('hex')).toBe(
      createHash('sha256').update('café', 'latin1').digest('hex'),
    );
    expect(sha256().update('text').digest()).toEqual(createHash('sha256').update('text').digest());
    expect(apolloHashing.createHash('sha512').update('text').digest('hex')).toBe(
      createHash('sha512').update('text').digest('hex'),
    );
  });

  it('remembers a text once, and a bounded number of texts', () => {
    const text = `query Once${Date.now()} { leads { id } }`;
    const before = rememberedQueryHashes();
    sha256().update(text).digest('hex');
    sha256().update(text).digest('hex');
    expect(rememberedQueryHashes()).toEqual({ texts: before.texts + 1, hits: before.hits + 1 });
    for (let i = 0; i < 1_000; i++) sha256().update(`query Q${i} { id }`).digest('hex');
    expect(rememberedQueryHashes().texts).toBe(256);
  });

  it('is what Apollo Server hashes each query text with', async () => {
    const server = new ApolloServer({ typeDefs: 'type Query { hello: String }' });
    await server.start();
    try {
      const query = `query Hello${Date.now()} { hello }`;
      await server.executeOperation({ query });
      const before = rememberedQueryHashes().hits;
      const answer = await server.executeOperation({ query });
      expect(answer.body).toEqual({ kind: 'single', singleResult: { data: { hello: null } } });
      expect(rememberedQueryHashes().hits).toBe(before + 1);
    } finally {
      await server.stop();
    }
  });
});
