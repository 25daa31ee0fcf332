// Lets `npx eslint <path>` run from the repository root with the shared rules;
// each workspace's `npm run lint` uses its own copy of the same config.
export { default } from '@salesgraph/eslint-config';
