export * from './record-scope';
export * from './access-policy';
export * from './cost-and-margin';
