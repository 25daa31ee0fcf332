// `node bench/profiling/profile-summary.cjs <file.cpuprofile> [top] [--last <s>] [--first <s>]`:
// where a process' CPU went, by package (a node_modules package, our workspace package, node's own
// code, GC, idle) and by function (self time), as shares of the sampled, non-idle time. `--last 50`
// reads only the profile's last 50 s: the idle window of the at-rest benchmark, not the start.
// `--first 60` reads only its first 60 s: a gateways run's leadList, which comes before keyAccount.
// Given a .heapprofile (allocation-profile.cjs), the same tables of the bytes allocated.
// V8 samples on wall time: time the process spends switched out is charged to the frame it lost the
// core in (on two busy cores, mostly the kernel's `writev` that woke the other end). For the CPU's
// own shares, the kernel's included, sample with perf and read it with perf-summary.cjs.
const { readFileSync } = require('node:fs');
const { packageOfUrl } = require('./package-of-url.cjs');
const { shareTable } = require('./share-table.cjs');

const args = process.argv.slice(2);
const lastAt = args.indexOf('--last');
const lastSeconds = lastAt >= 0 ? Number(args.splice(lastAt, 2)[1]) : undefined;
const firstAt = args.indexOf('--first');
const firstSeconds = firstAt >= 0 ? Number(args.splice(firstAt, 2)[1]) : undefined;
const [file, top = '25'] = args;
const profile = JSON.parse(readFileSync(file, 'utf8'));
if (profile.head) {
  summariseAllocations(profile);
  process.exit(0);
}
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map();
const times = [];
for (let i = 0, t = profile.startTime; i < profile.samples.length; i++)
  times.push((t += profile.timeDeltas[i] ?? 0));
const from = lastSeconds === undefined ? -Infinity : profile.endTime - lastSeconds * 1e6;
const until = firstSeconds === undefined ? Infinity : profile.startTime + firstSeconds * 1e6;
for (let i = 0; i < profile.samples.length; i++) {
  if (times[i] < from || times[i] > until) continue;
  const id = profile.samples[i];
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}

function packageOf({ functionName, url }) {
  return url ? packageOfUrl(url) : `(${functionName || 'native'})`;
}

const cpu = tally(
  [...selfMicros]
    .map(([id, micros]) => [byId.get(id).callFrame, micros])
    .filter(([{ functionName }]) => functionName !== '(idle)' && functionName !== '(program)'),
);
console.log(`${file}: ${(cpu.total / 1000).toFixed(0)} ms busy (idle and (program) left out)`);
printTables(cpu);

// A sampling heap profile is a tree whose nodes carry the bytes allocated in their own frame.
function summariseAllocations({ head }) {
  const frames = [];
  const stack = [head];
  while (stack.length > 0) {
    const { callFrame, selfSize, children } = stack.pop();
    stack.push(...children);
    if (selfSize > 0) frames.push([callFrame, selfSize]);
  }
  const allocated = tally(frames);
  console.log(`${file}: ${(allocated.total / 2 ** 20).toFixed(1)} MiB allocated (sampled)`);
  printTables(allocated);
}

/** Sums `[callFrame, amount]` pairs (microseconds or bytes) by package and by function. */
function tally(frames) {
  const packages = new Map();
  const functions = new Map();
  let total = 0;
  for (const [callFrame, amount] of frames) {
    total += amount;
    const pkg = packageOf(callFrame);
    packages.set(pkg, (packages.get(pkg) ?? 0) + amount);
    const where = `${callFrame.functionName || '(anonymous)'} ${pkg}:${callFrame.lineNumber + 1}`;
    functions.set(where, (functions.get(where) ?? 0) + amount);
  }
  return { total, packages, functions };
}

/** The `top` largest of each tally, as shares of its total. */
function printTables({ total, packages, functions }) {
  const list = (map) => shareTable(map, total, Number(top));
  console.log(`by package:\n${list(packages)}\nby function (self):\n${list(functions)}`);
}
