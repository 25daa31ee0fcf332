import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstPageScripts } from './first-page-javascript';

const dist = join(__dirname, '..', 'dist');
const budgetBytes = 300 * 1024;

describe('the first page’s JavaScript', () => {
  it('stays under 300 KB compressed (gzip at level 6, as nginx serves it here), role pages and charts loading later', () => {
    if (!existsSync(join(dist, '.vite', 'manifest.json')))
      throw new Error(
        'no build of the workbench: run npm run build -w @salesgraph/workbench first',
      );
    const files = firstPageScripts(dist);
    const sizes = files.map((file) => ({
      file,
      gzip: gzipSync(readFileSync(join(dist, file)), { level: 6 }).length,
    }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    // Printed for the report: what the first page costs now.
    console.log(
      `first page JavaScript: ${(total / 1024).toFixed(1)} KB gzip in ${files.length} file(s)`,
    );
    expect(files.some((f) => /echarts/.test(f))).toBe(false);
    expect(total).toBeLessThanOrEqual(budgetBytes);
  });
});
