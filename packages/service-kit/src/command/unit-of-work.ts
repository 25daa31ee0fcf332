import type { DataSource, EntityManager } from 'typeorm';
import type { CommandContext } from './command-context';

/**
 * Runs `work` in the command's transaction: the event handler's own (so the
 * effect commits with the inbox row), or a new one for a request or a job.
 * Services write through this and never open a second transaction inside a
 * handler's.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  command: CommandContext,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return command.transaction ? work(command.transaction) : dataSource.transaction(work);
}

/** The manager to read through: the command's transaction, if it has one. */
export function readerOf(dataSource: DataSource, command: CommandContext): EntityManager {
  return command.transaction ?? dataSource.manager;
}
