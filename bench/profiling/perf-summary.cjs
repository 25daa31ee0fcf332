// Where a process' CPU went, from Linux perf's samples: `perf script -i <file.data> | node
// bench/profiling/perf-summary.cjs [top]` (or a file of `perf script`'s output as an argument).
//
// Record it on a platform process started with `--perf-basic-prof` in BENCH_GATEWAY_NODE_OPTIONS /
// BENCH_SERVICE_NODE_OPTIONS (Node then writes /tmp/perf-<pid>.map, which names the JIT-compiled code):
// `perf record -F 997 -g -p <pid> -o <file.data> -- sleep 10`, then read it on the same machine, where
// the map still is. (The flag also has V8 write its own log, `isolate-*-v8.log`, in the working directory:
// ignored by git, delete them after.)
//
// The map is an append-only list of code objects, and V8 reuses the memory of code it has freed: an
// address can lie in several entries, and only the last one written is the code there now. perf takes
// whichever it likes (samples of a busy gateway read `Module._findPath` and chalk's module body, code
// that ran once at start), so this summary names every frame in a map again from the map's last entry
// that holds its address: right for samples of a process past its start, as a benchmark's are. With
// `--perf-basic-prof-only-functions` the map leaves out code that is not a function's (compiled regular
// expressions, stubs), and their samples take the name of whatever function once lay at that address:
// record with `--perf-basic-prof`.
//
// Why beside cpu-profile.cjs: V8's profiler samples on wall time and charges the time between two
// samples to the second one's frame, so time a process spends switched out counts as CPU of whatever
// it was doing when it lost the core. On two busy cores that is mostly a socket write that woke the
// process at the other end (the kernel lets the woken one run first): `writev` read 25 to 32 % of the
// gateway's samples there where the kernel's whole share of its CPU was 12 to 16 % in these samples
// (its system time in /proc read about as much). perf samples CPU time only, the kernel's and every
// thread's (the garbage collector's helpers, the compilers) included.
const { existsSync, readFileSync } = require('node:fs');
const { packageOfUrl } = require('./package-of-url.cjs');
const { shareOf, shareTable } = require('./share-table.cjs');

/**
 * The samples of `perf script`'s default output: one block a sample, its frames innermost first.
 * `readMap(path)` gives the text of a perf map (or undefined): frames in one are named from it again.
 */
function parseSamples(text, readMap = () => undefined) {
  const maps = new Map();
  const samples = [];
  for (const block of text.split(/\n\s*\n/)) {
    const frames = [];
    for (const line of block.split('\n').slice(1)) {
      const frame = /^\s*([0-9a-f]+)\s+(.*?)(?:\+0x[0-9a-f]+)?\s+\((.*)\)\s*$/.exec(line);
      if (!frame) continue;
      const [, ip, symbol, dso] = frame;
      if (/^\/tmp\/perf-\d+\.map$/.test(dso) && !maps.has(dso))
        maps.set(dso, perfMap(readMap(dso)));
      frames.push({ symbol: maps.get(dso)?.(BigInt(`0x${ip}`)) ?? symbol, dso });
    }
    if (frames.length > 0) samples.push(frames);
  }
  return samples;
}

/** A lookup of the code at an address in a perf map's text: its last entry that holds it. */
function perfMap(text) {
  if (text === undefined) return undefined;
  const entries = [];
  for (const line of text.split('\n')) {
    const entry = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
    if (entry) {
      const start = BigInt(`0x${entry[1]}`);
      entries.push({ start, end: start + BigInt(`0x${entry[2]}`), name: entry[3] });
    }
  }
  const named = new Map();
  return (address) => {
    if (!named.has(address)) {
      let name;
      for (let i = entries.length - 1; i >= 0 && name === undefined; i--) {
        if (entries[i].start <= address && address < entries[i].end) name = entries[i].name;
      }
      named.set(address, name);
    }
    return named.get(address);
  };
}

/** A JIT frame of --perf-basic-prof's map: `JS:*name /path/file.js:line:column` (name may be empty). */
function jsFrame({ symbol }) {
  const js = /^JS:[*^~+]?(.*)$/.exec(symbol);
  if (!js) return undefined;
  const located = /^(.*?) ?((?:node:|file:|\/)\S*):(\d+):\d+$/.exec(js[1]);
  if (!located) return { name: js[1], url: '', line: 0 };
  return { name: located[1] || '(anonymous)', url: located[2], line: Number(located[3]) };
}

/** The package a frame's code belongs to, as profile-summary.cjs names it. */
function packageOf(url) {
  return url ? packageOfUrl(url) : '(wasm and stubs)';
}

/** What the innermost frame is: the kernel, JIT-compiled JavaScript, V8 and Node's own code, a library. */
function codeOf({ dso }) {
  if (dso === '[kernel.kallsyms]') return 'kernel';
  if (dso.startsWith('/tmp/perf-') || dso.startsWith('[JIT]')) return 'JIT-compiled JavaScript';
  if (/(^|\/)node$/.test(dso)) return "V8 and Node's native code (builtins, ICs, GC, compilers)";
  return dso.split('/').pop();
}

/** Samples with no JavaScript frame: the main thread's own native work, or another thread's. */
function withoutJs(frames) {
  const root = frames[frames.length - 1].symbol;
  return /start_thread|clone/.test(root)
    ? '(other threads: GC helpers, compilers, libuv pool)'
    : '(main thread, no JavaScript frame: the event loop, sockets, GC)';
}

/** Node's async hooks and AsyncLocalStorage at work (promise hooks on every promise, the scope's runs). */
function isAsyncContext(js) {
  return (
    js !== undefined &&
    /async_hooks|async_local_storage|request-scope/.test(js.url) &&
    js.name !== 'callbackTrampoline'
  );
}

/** The samples tallied by code, by innermost JavaScript frame's package and function, and async context. */
function summarise(samples) {
  const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
  const code = new Map();
  const packages = new Map();
  const functions = new Map();
  let asyncContext = 0;
  for (const frames of samples) {
    count(code, codeOf(frames[0]));
    const js = frames.map(jsFrame).find((frame) => frame !== undefined);
    if (js === undefined) {
      const thread = withoutJs(frames);
      count(packages, thread);
      count(functions, thread);
      continue;
    }
    const pkg = packageOf(js.url);
    count(packages, pkg);
    count(functions, `${js.name} ${pkg}:${js.line}`);
    if (isAsyncContext(js)) asyncContext++;
  }
  return { total: samples.length, code, packages, functions, asyncContext };
}

function printSummary({ total, code, packages, functions, asyncContext }, top) {
  const list = (map) => shareTable(map, total, top);
  console.log(`${total} samples of CPU time`);
  console.log(`by code (the innermost frame):\n${list(code)}`);
  console.log(
    `by the innermost JavaScript frame's package (with the native code it called):\n${list(packages)}`,
  );
  console.log(`by the innermost JavaScript function (likewise):\n${list(functions)}`);
  console.log(`async hooks and AsyncLocalStorage: ${shareOf(asyncContext, total).trim()}`);
}

if (require.main === module) {
  // A file of `perf script` output, or standard input (no file, or `-`); a number is how many rows.
  const args = process.argv.slice(2);
  const top = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 30);
  const file = args.find((arg) => !/^\d+$/.test(arg) && arg !== '-');
  const readMap = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  printSummary(summarise(parseSamples(readFileSync(file ?? 0, 'utf8'), readMap)), top);
}

module.exports = { parseSamples, summarise };
