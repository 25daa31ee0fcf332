// This package's one runtime import of kafkajs: the grouping fix has to be in kafkajs' module
// cache before kafkajs loads its producer (kafkajs-grouping-fix.ts). Types may come straight
// from 'kafkajs'.
import './kafkajs-grouping-fix';

export * from 'kafkajs';
