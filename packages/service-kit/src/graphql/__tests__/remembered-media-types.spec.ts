import { ApolloServer, HeaderMap } from '@apollo/server';
import { createRequire } from 'node:module';
import { rememberedMediaTypeHits, rememberMediaTypes } from '../remembered-media-types';

rememberMediaTypes(require.resolve('@apollo/server'));
/** The copies Apollo Server uses, now remembering. */
const load = createRequire(require.resolve('@apollo/server'));
const Negotiator = load('negotiator') as new (request: { headers: { accept?: string } }) => {
  mediaType(available?: string[]): string | undefined;
  mediaTypes(available?: string[]): string[];
};
const MIMEType = load('whatwg-mimetype') as {
  parse(text: string): { essence: string; type: string } | null;
};

/** The offers Apollo Server makes: incremental delivery's formats, and a single answer's. */
const offers = [
  ['multipart/mixed;deferSpec=20220824', 'multipart/mixed;incrementalSpec=v0.2'],
  ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8'],
];

describe('remembered media types', () => {
  it('prefers what negotiator prefers, remembered or not, for any accept header', () => {
    const accepts = [
      undefined,
      '',
      '*/*',
      'application/json',
      'application/graphql-response+json, application/json;q=0.9',
      'multipart/mixed;incrementalSpec=v0.2, application/json;q=0.5',
      'text/html',
      'x'.repeat(2_000),
    ];
    for (const accept of accepts) {
      for (const available of offers) {
        // mediaTypes is negotiator's own, untouched: the list mediaType takes the first of.
        const expected = new Negotiator({ headers: { accept } }).mediaTypes(available)[0];
        expect(new Negotiator({ headers: { accept } }).mediaType(available)).toBe(expected);
        expect(new Negotiator({ headers: { accept } }).mediaType(available)).toBe(expected);
      }
    }
    expect(new Negotiator({ headers: { accept: 'text/html' } }).mediaType()).toBe('text/html');
  });

  it('parses content types as whatwg-mimetype does, and a remembered one cannot be changed', () => {
    expect(MIMEType.parse('application/json; charset=utf-8')?.essence).toBe('application/json');
    expect(MIMEType.parse('application/json; charset=utf-8')?.essence).toBe('application/json');
    expect(MIMEType.parse('Text/Plain')?.essence).toBe('text/plain');
    expect(MIMEType.parse('not a type')).toBeNull();
    expect(MIMEType.parse('not a type')).toBeNull();
    const type = MIMEType.parse('application/json')!;
    expect(() => (type.type = 'text')).toThrow(TypeError);
    expect(MIMEType.parse('application/json')?.essence).toBe('application/json');
  });

  it('is what Apollo Server negotiates and checks content types with', async () => {
    const server = new ApolloServer({ typeDefs: 'type Query { hello: String }' });
    await server.start();
    try {
      const ask = () =>
        server.executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: 'POST',
            headers: new HeaderMap([['content-type', 'application/json']]),
            search: '',
            body: { query: '{ hello }' },
          },
          context: async () => ({}),
        });
      await ask();
      const before = rememberedMediaTypeHits();
      const answer = await ask();
      expect(answer.body).toEqual({ kind: 'complete', string: '{"data":{"hello":null}}\n' });
      // The CSRF check's content type, and the execution's accept header (none here).
      expect(rememberedMediaTypeHits()).toBe(before + 2);
    } finally {
      await server.stop();
    }
  });
});
