/* eslint-disable no-console -- the last words of a process that cannot log yet */
import { ConfigError } from '../config/config-error';
import { startIdleHeapTrim } from '../lifecycle/idle-heap-trim';

/**
 * Runs a process' main function: configuration problems are printed plainly
 * (there may be no logger yet) and end the process with status 1, as does any
 * error while starting. While the process runs, its heap is given back once
 * it goes quiet (see idle-heap-trim.ts).
 */
export function runMain(main: () => Promise<void>): void {
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
