import type { EntityTarget, ObjectLiteral } from 'typeorm';

/** One demo record: its entity and fixed id (to skip it when it exists) and how to create it. */
export type DemoStep = [EntityTarget<ObjectLiteral>, string, () => Promise<unknown>];
