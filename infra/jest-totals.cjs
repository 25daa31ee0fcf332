// Adds up jest --json reports. Prints "N passed, N failed" as its last line
// and exits 1 when anything failed. A test file that could not run counts as
// one failure; a report that is missing (jest crashed) counts as one too.
'use strict';
const fs = require('node:fs');

const args = process.argv.slice(2);
const showFailures = args[0] === '--failures';
const files = showFailures ? args.slice(1) : args;
let passed = 0;
let failed = 0;
const failures = [];

for (const file of files) {
  let report;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    failed += 1;
    failures.push(
      `${file}: no report (jest did not finish; see ${file.replace(/\.json$/, '.log')})`,
    );
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const suite of report.testResults) {
    if (suite.status === 'failed' && suite.assertionResults.every((a) => a.status !== 'failed')) {
      failed += 1;
      failures.push(
        `${suite.name}: could not run\n${(suite.message || '').split('\n').slice(0, 30).join('\n')}`,
      );
    }
    for (const assertion of suite.assertionResults) {
      if (assertion.status === 'failed') {
        failures.push(
          `${suite.name}\n  ✕ ${assertion.fullName}\n${assertion.failureMessages
            .join('\n')
            .split('\n')
            .slice(0, 25)
            .map((l) => `    ${l}`)
            .join('\n')}`,
        );
      }
    }
  }
}

if (showFailures && failures.length) {
  process.stdout.write(`\nFailures:\n\n${failures.join('\n\n')}\n\n`);
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
