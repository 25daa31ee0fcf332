const { parseSamples, summarise } = require('../../../profiling/perf-summary.cjs');

/** `perf script`'s default output for five samples of one node process. */
const perfScript = `node 4242 100.000001:    1003009 cpu-clock:ppp:
\t        ffffffff811 tcp_sendmsg+0x1a ([kernel.kallsyms])
\t    7fb04a2e9fc9 JS:*clearBuffer node:internal/streams/writable:744:21+0x649 (/tmp/perf-4242.map)
\t          7badaf node::InternalCallbackScope::Close+0x28f (/usr/bin/node)

node 4242 100.001001:    1003009 cpu-clock:ppp:
\t         14d1546 Builtins_KeyedLoadIC_Megamorphic+0x86 (/usr/bin/node)
\t    7fb04a30916a JS:*promiseInitHook node:internal/async_hooks:320:25+0x3fea (/tmp/perf-4242.map)
\t    7fb04a30aaaa JS:*processGraphQLRequest /work/main/node_modules/@apollo/server/dist/cjs/requestPipeline.js:33:37+0x10 (/tmp/perf-4242.map)

node 4242 100.002001:    1003009 cpu-clock:ppp:
\t    7fb04a30bbbb JS:* /work/main/gateway/dist/subgraphs/keep-alive-fetch.js:37:12+0x80 (/tmp/perf-4242.map)

node 4242 100.003001:    1003009 cpu-clock:ppp:
\t          9dd94f node::LibuvStreamWrap::OnUvRead+0x8f (/usr/bin/node)
\t          7f0001 __libc_start_call_main+0x80 (/usr/lib/x86_64-linux-gnu/libc.so.6)

node 4243 100.004001:    1003009 cpu-clock:ppp:
\t          c4993d v8::internal::Scavenger::Process+0x58d (/usr/bin/node)
\t          7f0002 start_thread+0x2f2 (/usr/lib/x86_64-linux-gnu/libc.so.6)
`;

describe('perf-summary', () => {
  const summary = summarise(parseSamples(perfScript));
  const entries = (map: Map<string, number>) => Object.fromEntries(map);

  it('reads every sample with its frames, innermost first', () => {
    const samples = parseSamples(perfScript);
    expect(samples).toHaveLength(5);
    expect(samples[0][0]).toEqual({ symbol: 'tcp_sendmsg', dso: '[kernel.kallsyms]' });
    expect(summary.total).toBe(5);
  });

  it('tells the kernel, JIT-compiled JavaScript and V8 and Node native code apart by the innermost frame', () => {
    expect(entries(summary.code)).toEqual({
      kernel: 1,
      'JIT-compiled JavaScript': 1,
      "V8 and Node's native code (builtins, ICs, GC, compilers)": 3,
    });
  });

  it('charges native work to the innermost JavaScript frame above it, and names threads without one', () => {
    expect(entries(summary.packages)).toEqual({
      'node:internal': 2,
      gateway: 1,
      '(main thread, no JavaScript frame: the event loop, sockets, GC)': 1,
      '(other threads: GC helpers, compilers, libuv pool)': 1,
    });
    expect(summary.functions.get('clearBuffer node:internal:744')).toBe(1);
    expect(summary.functions.get('(anonymous) gateway:37')).toBe(1);
  });

  it('counts the promise hooks of AsyncLocalStorage apart', () => {
    expect(summary.asyncContext).toBe(1);
  });

  it('names a frame in a perf map from the last entry that holds its address, where perf took an older one', () => {
    // 7fb04a2e9fc9 lay in chalk's module body at start; clearBuffer was compiled there later, and a
    // regular expression over the start of promiseInitHook's old code.
    const map = [
      '7fb04a2e9000 2000 JS:^ /work/main/node_modules/chalk/source/index.js:1:1',
      '7fb04a309000 2000 JS:*promiseInitHook node:internal/async_hooks:320:25',
      '7fb04a2e9e00 400 JS:*clearBuffer node:internal/streams/writable:744:21',
      '7fb04a30a000 1000 RegExp:^[A-Za-z0-9._:-]{8,100}$',
    ].join('\n');
    const stale = perfScript.replace(
      'JS:*clearBuffer node:internal/streams/writable:744:21+0x649',
      'JS:^ /work/main/node_modules/chalk/source/index.js:1:1+0xfc9',
    );
    const samples = parseSamples(stale, (path: string) =>
      path === '/tmp/perf-4242.map' ? map : undefined,
    );
    expect(samples[0][1].symbol).toBe('JS:*clearBuffer node:internal/streams/writable:744:21');
    // 7fb04a30aaaa: the expression now, so the sample is charged to the JavaScript that ran it.
    expect(samples[1][2].symbol).toBe('RegExp:^[A-Za-z0-9._:-]{8,100}$');
    expect(samples[1][1].symbol).toBe('JS:*promiseInitHook node:internal/async_hooks:320:25');
    // Outside every entry: perf's own name stays.
    expect(samples[2][0].symbol).toBe(
      'JS:* /work/main/gateway/dist/subgraphs/keep-alive-fetch.js:37:12',
    );
    expect(summarise(samples).functions.get('clearBuffer node:internal:744')).toBe(1);
  });
});
