// Unit specs of the fault suite's own parts (the checker's arithmetic, its independence).
module.exports = require('@salesgraph/jest-config').unit(__dirname, 'faults');
