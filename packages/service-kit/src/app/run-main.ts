/* eslint-disable no-console -- the last words of a process that cannot log yet */
import { ConfigError } from '../config/config-error';
import { startIdleHeapTrim } from '../lifecycle/idle-heap-trim';
import { useSingleCollectionMemoryReducer } from '../lifecycle/single-collection-memory-reducer';

/**
 * Runs a process' main function: configuration problems are printed plainly
 * (there may be no logger yet) and end the process with status 1, as does any
 * error while starting. While the process runs, its heap is given back once
 * it goes quiet (idle-heap-trim.ts), by V8's memory reducer with one
 * collection (single-collection-memory-reducer.ts: only here, at the start).
 */
export function runMain(main: () => Promise<void>): void {
  useSingleCollectionMemoryReducer();
  startIdleHeapTrim();
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(error.message);
      console.error('See .env.example of this service for every variable and its meaning.');
    } else {
      console.error(
        `failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    process.exit(1);
  });
}
