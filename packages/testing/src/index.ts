export * from './test-env';
export * from './random-id';
export * from './test-database';
export * from './wait-for';
export * from './test-keys';
export * from './graphql-client';
export * from './kafka-test-client';
export * from './service-test-env';
