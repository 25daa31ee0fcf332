import { createHash, type BinaryLike, type BinaryToTextEncoding, type Encoding } from 'node:crypto';
import { createRequire } from 'node:module';
import { Remembered } from './remembered';

/** Texts longer than this are hashed every time: a query is a few kilobytes. */
const LONGEST_REMEMBERED = 16_384;
/** At most this many digests are kept (the oldest forgotten first): a few megabytes at worst. */
const MOST_REMEMBERED = 256;

const remembered = new Remembered<string>(MOST_REMEMBERED);

/**
 * A sha256 that gives the hex digest of a text it has hashed before from
 * memory. Anything else (bytes, an encoding, another digest form, a text too
 * long) is hashed by Node as it comes; the digest is the same either way.
 */
class RememberingSha256 {
  private text = '';
  private hash?: ReturnType<typeof createHash>;

  update(data: BinaryLike, encoding?: Encoding): this {
    if (!this.hash && typeof data === 'string' && encoding === undefined) this.text += data;
    else {
      this.hash ??= createHash('sha256').update(this.text);
      if (encoding === undefined) this.hash.update(data);
      else this.hash.update(data as string, encoding);
    }
    return this;
  }

  digest(): Buffer;
  digest(encoding: BinaryToTextEncoding): string;
  digest(encoding?: BinaryToTextEncoding): string | Buffer {
    if (this.hash || encoding !== 'hex' || this.text.length > LONGEST_REMEMBERED) {
      const hash = this.hash ?? createHash('sha256').update(this.text);
      return encoding === undefined ? hash.digest() : hash.digest(encoding);
    }
    const text = this.text;
    return remembered.get(text, () => createHash('sha256').update(text).digest('hex'));
  }
}

function rememberingCreateHash(kind: string) {
  return kind === 'sha256' ? new RememberingSha256() : createHash(kind);
}

/**
 * Apollo Server hashes the text of every query it receives (sha256, hex) to
 * find the document it parsed and validated before, and Apollo's gateway
 * hashes that hash again with the operation's name to find its query plan,
 * both through `@apollo/utils.createhash`, which also looks Node's crypto
 * module up (`module.require`) on every call: about 2 % of the order and
 * planning services' CPU under the key-account query, for the same few
 * texts on every request. This puts a `createHash` that remembers the
 * digests of recent texts in place of that package's, in the copy that the
 * module at `moduleFile` (a resolved path: `require.resolve('@apollo/server')`)
 * uses; Apollo's modules read the export on each call. The
 * `remembered-query-hashes` spec fails if Apollo Server stops going through it.
 */
export function rememberQueryHashes(moduleFile: string): void {
  const hashes = createRequire(moduleFile)('@apollo/utils.createhash') as { createHash: unknown };
  hashes.createHash = rememberingCreateHash;
}

/** How many digests are remembered, and how many were given from memory: for tests. */
export function rememberedQueryHashes(): { texts: number; hits: number } {
  return { texts: remembered.size, hits: remembered.hits };
}
