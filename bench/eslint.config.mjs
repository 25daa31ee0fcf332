export { default } from '@salesgraph/eslint-config';
