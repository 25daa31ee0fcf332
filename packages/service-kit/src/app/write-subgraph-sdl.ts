import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pino from 'pino';
import type { ServiceEnv } from '../config/service-env';
import { printSubgraphSdl } from '../graphql/print-subgraph-sdl';
import { createServiceDeps } from './service-deps';
import type { SubgraphServiceSpec } from './service-spec';

/**
 * Prints a service's subgraph SDL without connecting to anything, for
 * composing the supergraph at build time. With `check`, compares instead of
 * writing and reports whether the checked-in file is stale.
 */
export async function writeSubgraphSdl<TConfig extends ServiceEnv & { PORT: number }>(
  spec: SubgraphServiceSpec<TConfig>,
  file: string,
  options: { check?: boolean } = {},
): Promise<{ changed: boolean; sdl: string }> {
  const deps = createServiceDeps(spec, pino({ level: 'silent' }));
  const sdl = printSubgraphSdl(await spec.buildSchema(deps));
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // no file yet
  }
  const changed = current !== sdl;
  if (changed && !options.check) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, sdl);
  }
  return { changed, sdl };
}

/** Configuration good enough to build a schema offline; nothing here is ever connected to. */
export function offlineServiceEnv(port: number) {
  return {
    DATABASE_URL: 'postgres://offline@127.0.0.1:1/offline',
    KAFKA_BROKERS: '127.0.0.1:1',
    INTERNAL_TOKEN_PUBLIC_JWK: JSON.stringify({
      kty: 'OKP',
      crv: 'Ed25519',
      x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
    }),
    PORT: String(port),
  };
}
