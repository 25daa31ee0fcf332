// Preloaded with `NODE_OPTIONS=--require <this file>` (Node 20 refuses --cpu-prof in NODE_OPTIONS):
// samples the process' CPU from start to exit and writes reports/profiles/<name>-<pid>.cpuprofile,
// which Chrome DevTools or `node bench/profiling/profile-summary.cjs` read. The platform's
// processes exit through process.exit after SIGTERM, which runs the exit handler below.
const { Session } = require('node:inspector');
const { writeProfile } = require('./profile-output.cjs');

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 2000 });
session.post('Profiler.start');
process.on('exit', () => {
  // An in-process session answers synchronously, so the profile is written before the process ends.
  session.post('Profiler.stop', (error, result) => {
    if (!error) writeProfile('cpuprofile', result.profile);
  });
});
