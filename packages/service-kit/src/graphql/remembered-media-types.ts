import { createRequire } from 'node:module';
import { Remembered } from './remembered';

/** At most this many answers are kept per lookup: header values repeat. */
const MOST_REMEMBERED = 256;
/** Header values longer than this are worked out every time. */
const LONGEST_REMEMBERED = 1_024;

const preferred = new Remembered<string | undefined>(MOST_REMEMBERED);
const parsed = new Remembered<object | null>(MOST_REMEMBERED);

interface Negotiator {
  request: { headers: { accept?: string } };
  mediaType(available?: string[]): string | undefined;
}

interface MIMETypeClass {
  parse(text: string): object | null;
}

/**
 * Apollo Server works out what a request's `accept` header prefers on every
 * execution, whatever the answer's form (`negotiator`, to decide the format
 * of incremental delivery, which graphql 16 never uses), and parses the
 * request's content-type for CSRF prevention (`whatwg-mimetype`): 1.4 % and
 * 0.7 % of the gateway's CPU under the lead list, 1.4 % of the order
 * service's under the key-account query, for the same few header values on
 * every request (bench/journal.md). This remembers both answers per header
 * value in the copies the module at `moduleFile` (a resolved path:
 * `require.resolve('@apollo/server')`) uses. Both are pure functions of the
 * text; a remembered content type is frozen, so that a caller that changed
 * it would fail instead of changing it for the next request (Apollo Server
 * only reads its `essence`). The `remembered-media-types` spec fails if
 * Apollo Server stops going through them.
 */
export function rememberMediaTypes(moduleFile: string): void {
  const load = createRequire(moduleFile);
  const negotiator = (load('negotiator') as { prototype: Negotiator }).prototype;
  const mediaType = negotiator.mediaType;
  if (!('remembered' in mediaType)) {
    negotiator.mediaType = Object.assign(
      function (this: Negotiator, available?: string[]) {
        const accept = this.request.headers.accept;
        if (!Array.isArray(available) || (accept?.length ?? 0) > LONGEST_REMEMBERED) {
          return mediaType.call(this, available);
        }
        // No header and an empty one differ (an empty one accepts nothing); "\0" is in neither.
        const key = `${accept ?? '\0'}\n\n${available.join('\n')}`;
        return preferred.get(key, () => mediaType.call(this, available));
      },
      { remembered: true },
    );
  }

  const mimeType = load('whatwg-mimetype') as MIMETypeClass;
  const parse = mimeType.parse;
  if (!('remembered' in parse)) {
    mimeType.parse = Object.assign(
      (text: string) =>
        typeof text === 'string' && text.length <= LONGEST_REMEMBERED
          ? parsed.get(text, () => {
              const type = parse.call(mimeType, text);
              return type === null ? null : Object.freeze(type);
            })
          : parse.call(mimeType, text),
      { remembered: true },
    );
  }
}

/** How many answers were given from memory: for tests. */
export function rememberedMediaTypeHits(): number {
  return preferred.hits + parsed.hits;
}
