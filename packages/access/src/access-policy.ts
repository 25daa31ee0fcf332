import { hasRole } from '@salesgraph/identity';
import { ForbiddenError, readerOf, type CommandContext } from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import type { DataSource, EntityManager } from 'typeorm';
import { RecordScope } from './record-scope';

/**
 * The one access policy: a command's RecordScope, from its user's roles and
 * the team directory (and nothing else). A scope is worked out once per
 * command and remembered with its loaders; a scope read for a change is read
 * again through the change's transaction, so a team change that commits
 * first is seen.
 */
export class AccessPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teams: TeamDirectory,
  ) {}

  scopeOf(command: CommandContext, manager?: EntityManager): Promise<RecordScope> {
    if (manager) return this.read(manager, command);
    return command.loaders.memo('access:scope', () =>
      this.read(readerOf(this.dataSource, command), command),
    );
  }

  /** FORBIDDEN with `message` unless the scope may change records owned by `ownerId`. */
  async requireChange(
    command: CommandContext,
    ownerId: string | null | undefined,
    message: string,
    manager?: EntityManager,
  ): Promise<RecordScope> {
    const scope = await this.scopeOf(command, manager);
    if (!scope.changes(ownerId)) throw new ForbiddenError(message);
    return scope;
  }

  private async read(manager: EntityManager, command: CommandContext): Promise<RecordScope> {
    const { user } = command;
    if (hasRole(user, 'ADMIN')) return new RecordScope(user, true, true, [user.id], []);
    const people = new Set([user.id]);
    let managedTeamIds: string[] = [];
    if (hasRole(user, 'SALES_MANAGER')) {
      const managed = await this.teams.managedBy(manager, user.id);
      for (const member of managed.members) people.add(member);
      managedTeamIds = managed.teamIds;
    }
    return new RecordScope(
      user,
      false,
      hasRole(user, 'SALES_COORDINATOR'),
      [...people],
      managedTeamIds,
    );
  }
}
