export * from './record-scope';
export * from './access-policy';
