// Preloaded with `NODE_OPTIONS=--require <this file>`, like cpu-profile.cjs: samples every
// allocation from start to exit, including objects the collector has freed since (a lead's
// garbage is what its scavenges cost), and writes reports/profiles/<name>-<pid>.heapprofile,
// which Chrome DevTools or `node bench/profiling/profile-summary.cjs` read.
const { Session } = require('node:inspector');
const { writeProfile } = require('./profile-output.cjs');

const session = new Session();
session.connect();
session.post('HeapProfiler.enable');
session.post('HeapProfiler.startSampling', {
  samplingInterval: 16384,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
process.on('exit', () => {
  // An in-process session answers synchronously, so the profile is written before the process ends.
  session.post('HeapProfiler.stopSampling', (error, result) => {
    if (!error) writeProfile('heapprofile', result.profile);
  });
});
