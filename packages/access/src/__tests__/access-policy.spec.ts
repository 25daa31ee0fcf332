import type { AuthenticatedUser, Role } from '@salesgraph/identity';
import { userCommand, systemClock } from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../access-policy';

const user = (id: string, ...roles: Role[]): AuthenticatedUser => ({ id, roles });

/** A team directory in memory: manager -> teams and members. */
function directory(reads: string[]): TeamDirectory {
  const teams: Record<string, { teamIds: string[]; members: string[] }> = {
    'u-mgr': { teamIds: ['t-1'], members: ['u-rep-1', 'u-rep-2'] },
  };
  return {
    managedBy: async (_manager: unknown, managerId: string) => {
      reads.push(managerId);
      return teams[managerId] ?? { teamIds: [], members: [] };
    },
  } as unknown as TeamDirectory;
}

function policy() {
  const reads: string[] = [];
  const dataSource = { manager: {} } as unknown as DataSource;
  return { policy: new AccessPolicy(dataSource, directory(reads)), reads };
}

const command = (u: AuthenticatedUser) =>
  userCommand(u, { correlationId: 'c', clock: systemClock });

describe('AccessPolicy', () => {
  it('gives everyone their own records, to see and to change', async () => {
    const scope = await policy().policy.scopeOf(command(user('u-rep-1', 'SALES_REP')));
    expect(scope.sees('u-rep-1')).toBe(true);
    expect(scope.changes('u-rep-1')).toBe(true);
    expect(scope.sees('u-rep-2')).toBe(false);
    expect(scope.sees(null)).toBe(false);
    expect(scope.visibleOwners).toEqual(['u-rep-1']);
  });

  it('gives a sales manager the members of the teams they manage, read from the team directory', async () => {
    const scope = await policy().policy.scopeOf(command(user('u-mgr', 'SALES_MANAGER')));
    expect(scope.changes('u-rep-2')).toBe(true);
    expect(scope.managesPerson('u-rep-2')).toBe(true);
    expect(scope.managesPerson('u-mgr')).toBe(false);
    expect(scope.managesTeam('t-1')).toBe(true);
    expect(scope.sees('u-other')).toBe(false);
  });

  it('lets a coordinator see everything and change nothing by ownership', async () => {
    const scope = await policy().policy.scopeOf(command(user('u-coord', 'SALES_COORDINATOR')));
    expect(scope.sees('u-rep-1')).toBe(true);
    expect(scope.changes('u-rep-1')).toBe(false);
    expect(scope.visibleOwners).toBeUndefined();
    expect(scope.changeableOwners).toEqual(['u-coord']);
  });

  it('has one meaning of ADMIN: everything, whatever role a rule names', async () => {
    const scope = await policy().policy.scopeOf(command(user('u-admin', 'ADMIN')));
    expect(scope.changes('anyone')).toBe(true);
    expect(scope.managesTeam('t-9')).toBe(true);
    expect(scope.changeableOwners).toBeUndefined();
  });

  it('works a scope out once per command, and refuses a change with FORBIDDEN', async () => {
    const { policy: access, reads } = policy();
    const cmd = command(user('u-mgr', 'SALES_MANAGER'));
    await Promise.all([access.scopeOf(cmd), access.scopeOf(cmd), access.scopeOf(cmd)]);
    expect(reads).toEqual(['u-mgr']);
    await expect(access.requireChange(cmd, 'u-outsider', 'Not your lead.')).rejects.toMatchObject({
      message: 'Not your lead.',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
