// Where the preloaded profilers (cpu-profile.cjs, allocation-profile.cjs) write:
// reports/profiles/<the process' script, e.g. services-lead>-<pid>.<extension>.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');

const repoRoot = resolve(__dirname, '..', '..');

function writeProfile(extension, profile) {
  const directory = join(repoRoot, 'reports', 'profiles');
  const script = process.argv[1] ? relative(repoRoot, process.argv[1]) : 'node';
  const name = script.replace(/\/dist\/main\.js$/, '').replace(/[^A-Za-z0-9]+/g, '-');
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, `${name}-${process.pid}.${extension}`), JSON.stringify(profile));
}

module.exports = { writeProfile };
