// Unit specs of the benchmarks' own parts (percentiles, tables, the peers' supergraph).
module.exports = require('@salesgraph/jest-config').unit(__dirname, 'bench');
