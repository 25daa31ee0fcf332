// Jest presets shared by every workspace.
//
// swc instead of ts-jest: it is an order of magnitude faster, and with
// decoratorMetadata on it emits the design:type metadata that type-graphql and
// TypeORM read (tsx and esbuild do not, which fails with NoExplicitTypeError).
// Internal packages are mapped to their sources so that a test never runs
// against a stale dist/ build.
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');

const swcTransform = [
  require.resolve('@swc/jest'),
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const internalPackages = {
  '^@salesgraph/(events|messaging|identity|service-kit|testing|team-directory|account-directory|access|order-administration|demo-data|observability)$': `${repoRoot}/packages/$1/src/index.ts`,
  '^@salesgraph/(events|messaging|identity|service-kit|testing|team-directory|account-directory|access|order-administration|demo-data|observability)/(.*)$': `${repoRoot}/packages/$1/src/$2`,
};

function base(rootDir, displayName) {
  return {
    rootDir,
    displayName,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)sx?$': swcTransform },
    // jose ships ES modules only; Node 20.19+ requires them natively but jest's
    // module system does not, so swc turns them into CommonJS.
    transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
    moduleNameMapper: internalPackages,
    moduleFileExtensions: ['ts', 'js', 'json'],
    modulePathIgnorePatterns: ['<rootDir>/dist/'],
    setupFiles: [require.resolve('reflect-metadata')],
    clearMocks: true,
  };
}

/** Unit tests: beside the code, no servers. */
function unit(rootDir, name) {
  return { ...base(rootDir, `${name}:unit`), testMatch: ['<rootDir>/src/**/*.spec.ts'] };
}

/** Integration tests: real PostgreSQL and Kafka, addresses from the environment. */
function integration(rootDir, name) {
  return {
    ...base(rootDir, `${name}:integration`),
    testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
    setupFilesAfterEnv: [require.resolve('./long-timeout.js')],
  };
}

module.exports = { base, unit, integration, swcTransform, internalPackages, repoRoot };
