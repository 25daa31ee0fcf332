/**
 * `npm run bench [-- <name>...]`: runs the benchmarks (all of them by
 * default), writes bench/results/<name>.json and regenerates BENCHMARKS.md
 * from every results file. BENCH_REDUCED=1 makes a run of seconds whose
 * figures mean nothing: it writes to reports/bench-reduced/ (or
 * BENCH_RESULTS_DIR) and leaves BENCHMARKS.md alone.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchOptions } from './lib/bench-options';
import { writeBenchmarksMarkdown } from './report/benchmarks-markdown';
import { benchmarkNames, runBenchmarks, type BenchmarkName } from './run-benchmarks';

const repoRoot = resolve(__dirname, '..', '..');

async function main() {
  const options = benchOptions();
  const given = process.argv.slice(2) as BenchmarkName[];
  const resultsDir =
    process.env.BENCH_RESULTS_DIR ??
    (options.reduced
      ? join(repoRoot, 'reports', 'bench-reduced')
      : join(repoRoot, 'bench', 'results'));
  const say = (line: string) => process.stdout.write(`${line}\n`);
  await runBenchmarks({
    names: given.length > 0 ? given : benchmarkNames,
    options,
    resultsDir,
    repoRoot,
    say,
  });
  if (!options.reduced) {
    const file = writeBenchmarksMarkdown(repoRoot, resultsDir);
    say(`==> ${file} regenerated from ${resultsDir}`);
    const results = readdirSync(resultsDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(resultsDir, name));
    formatAsTheRepository([file, ...results]);
  }
}

/**
 * The repository's own Prettier over what a run wrote, so that committing a run's results leaves the
 * lint check clean (JSON.stringify puts every number of an array on a line of its own; Prettier
 * does not). Files outside the repository (BENCH_RESULTS_DIR elsewhere) are left as written.
 */
function formatAsTheRepository(files: string[]): void {
  const inside = files.filter((f) => f.startsWith(`${repoRoot}/`));
  if (inside.length === 0) return;
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'prettier'), ['--write', ...inside], {
    cwd: repoRoot,
    stdio: 'ignore',
  });
}

main().catch((error) => {
  process.stderr.write(`\n!!  ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
