/*
 * `npm run faults` (the full size) or `npm run faults -- --size reduced`: runs
 * the fault suite with its own PostgreSQL, Kafka and service processes, and
 * writes its figures to reports/faults/<time>-<size>.json and .md.
 * Build first: npm run build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportMarkdown } from './suite/report-markdown';
import { emergencyStop, runFaultSuite } from './suite/fault-suite';
import { suiteSizes, type SuiteSize } from './suite/suite-size';
import { repoRoot } from './stack/process-stack';

async function main(argv: string[]): Promise<number> {
  const sizeArg = argv.includes('--size') ? argv[argv.indexOf('--size') + 1] : 'full';
  const size = suiteSizes[sizeArg as SuiteSize['name']];
  if (!size) {
    process.stderr.write('usage: npm run faults [-- --size full|reduced]\n');
    return 2;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = join(repoRoot, 'reports', 'faults');
  const logDir = join(dir, `${stamp}-${size.name}-logs`);
  mkdirSync(logDir, { recursive: true });
  const log = (line: string) =>
    process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
  log(`fault suite, ${size.name} size; service logs in ${logDir}`);
  const report = await runFaultSuite(size, { logDir, log });
  writeFileSync(join(dir, `${stamp}-${size.name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = reportMarkdown(report);
  writeFileSync(join(dir, `${stamp}-${size.name}.md`), markdown);
  process.stdout.write(`\n${markdown}\n`);
  return report.passed ? 0 : 1;
}

// Ctrl-C: stop the processes and servers the suite started, then leave.
process.on('SIGINT', () => {
  process.stderr.write("\ninterrupted: stopping the suite's services, PostgreSQL and Kafka\n");
  void emergencyStop().then(() => process.exit(130));
});

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`fault suite failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
