// Preloaded with `NODE_OPTIONS=--require <this file>` (Node 20 refuses --cpu-prof in NODE_OPTIONS):
// samples the process' CPU from start to exit and writes reports/profiles/<name>-<pid>.cpuprofile,
// which Chrome DevTools or `node bench/profiling/profile-summary.cjs` read. The platform's
// processes exit through process.exit after SIGTERM, which runs the exit handler below.
const { Session } = require('node:inspector');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');

const repoRoot = resolve(__dirname, '..', '..');
const directory = join(repoRoot, 'reports', 'profiles');
const script = process.argv[1] ? relative(repoRoot, process.argv[1]) : 'node';
const name = script.replace(/\/dist\/main\.js$/, '').replace(/[^A-Za-z0-9]+/g, '-');

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 2000 });
session.post('Profiler.start');
process.on('exit', () => {
  // An in-process session answers synchronously, so the profile is written before the process ends.
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    mkdirSync(directory, { recursive: true });
    writeFileSync(
      join(directory, `${name}-${process.pid}.cpuprofile`),
      JSON.stringify(result.profile),
    );
  });
});
