import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * The JavaScript files the first page loads: the entry chunk of index.html and
 * everything it imports statically, transitively (from Vite's manifest).
 * Dynamic imports (the role pages, the charts) load later and do not count.
 */
export function firstPageScripts(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = manifest['index.html'];
  if (!entry?.isEntry) throw new Error('the Vite manifest has no index.html entry');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit('index.html');
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}
