// The shared rules for the repository's own files (infra/, checks/, bench and
// jest configs). `npm run lint` lints the whole tree in one pass and looks up
// the config nearest each file, so a workspace's files follow the config in
// its directory (the same rules; the workbench adds React's).
import shared from '@salesgraph/eslint-config';

export default [
  // deliberate violations, linted by checks/lint-boundaries.spec.js with the shared config
  { ignores: ['checks/fixtures/**', 'reports/**', '.infra/**'] },
  ...shared,
];
