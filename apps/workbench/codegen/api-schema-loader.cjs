// GraphQL Code Generator loader: the API schema that clients see, derived from
// the gateway's supergraph. The supergraph file also holds federation's join
// directives, @inaccessible fields and link types; validating operations
// against it would accept fields the gateway refuses. Deriving the API schema
// on every run means there is no second generated file to go stale.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { Supergraph } = require('@apollo/federation-internals');

module.exports = function loadApiSchema(pointer) {
  const supergraphSdl = readFileSync(resolve(__dirname, '..', pointer), 'utf8');
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
};
