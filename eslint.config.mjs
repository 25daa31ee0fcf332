// The shared rules for the repository's own files (infra/, checks/, bench and
// jest configs). `npm run lint` lints the whole tree in one pass and looks up
// the config nearest each file, so a workspace's files follow the config in
// its directory (the same rules; the workbench adds React's).
import shared from '@salesgraph/eslint-config';

export default [
  // the fixtures' violations are deliberate (checks/lint-boundaries.spec.js lints them with the
  // shared config); reports/ and .infra/ are what test runs and the local servers leave
  { ignores: ['checks/fixtures/**', 'reports/**', '.infra/**'] },
  ...shared,
];
