export * from './service-levels';
