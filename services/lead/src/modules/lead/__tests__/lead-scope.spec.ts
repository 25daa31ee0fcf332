import { RecordScope } from '@salesgraph/access';
import type { Role } from '@salesgraph/identity';
import { LeadOrigin } from '../lead-origin';
import { LeadScope } from '../lead-scope';

const lead = (
  ownerId: string | null,
  teamId: string | null = null,
  origin: LeadOrigin = LeadOrigin.REP,
) => ({
  ownerId,
  teamId,
  origin,
});

/** A scope as the AccessPolicy works it out: own records, a manager's people and teams. */
const scopeOf = (id: string, roles: Role[], people: string[] = [id], teams: string[] = []) => {
  const user = { id, name: id, roles };
  const admin = roles.includes('ADMIN');
  return new LeadScope(
    new RecordScope(user, admin, admin || roles.includes('SALES_COORDINATOR'), people, teams),
  );
};

describe('LeadScope', () => {
  const rep = scopeOf('rita', ['SALES_REP']);
  const manager = scopeOf('mia', ['SALES_MANAGER'], ['mia', 'rita', 'raj'], ['north']);
  const marketing = scopeOf('max', ['MARKETING']);

  it('lets a rep see and change only their own leads', () => {
    expect(rep.canChange(lead('rita'))).toBe(true);
    expect(rep.canSee(lead('raj'))).toBe(false);
    expect(rep.canSee(lead(null))).toBe(false);
  });

  it('lets a manager work on the team’s leads and the queue of their teams or of no team', () => {
    expect(manager.canChange(lead('raj'))).toBe(true);
    expect(manager.canChange(lead('rosa'))).toBe(false);
    expect(manager.canChange(lead(null, 'north'))).toBe(true);
    expect(manager.canChange(lead(null, null))).toBe(true);
    expect(manager.canChange(lead(null, 'south'))).toBe(false);
  });

  it('lets marketing see the leads it sent and change none', () => {
    expect(marketing.canSee(lead('raj', null, LeadOrigin.MARKETING))).toBe(true);
    expect(marketing.canChange(lead('raj', null, LeadOrigin.MARKETING))).toBe(false);
    expect(marketing.canSee(lead('raj'))).toBe(false);
    expect(marketing.marketingOnly).toBe(true);
    expect(manager.marketingOnly).toBe(false);
  });

  it('lets a coordinator see every lead and change none; an admin both', () => {
    const coordinator = scopeOf('cora', ['SALES_COORDINATOR']);
    expect(coordinator.canSee(lead('raj'))).toBe(true);
    expect(coordinator.canSee(lead(null, 'south'))).toBe(true);
    expect(coordinator.canChange(lead('raj'))).toBe(false);
    expect(coordinator.toSql('l', 'change').where).toBe('FALSE');
    const admin = scopeOf('root', ['ADMIN']);
    expect(admin.canChange(lead(null, 'south'))).toBe(true);
    expect(admin.marketingOnly).toBe(false);
  });

  it('writes the same rules as SQL, matching nothing when the scope is empty', () => {
    expect(manager.toSql('l')).toEqual({
      where:
        '(l.owner_id IN (:...scopeOwnerIds) OR (l.owner_id IS NULL AND (l.team_id IS NULL OR l.team_id IN (:...scopeQueueTeamIds))))',
      params: { scopeOwnerIds: ['mia', 'rita', 'raj'], scopeQueueTeamIds: ['north'] },
    });
    expect(marketing.toSql('l').where).toBe("(l.origin = 'MARKETING')");
    expect(marketing.toSql('l', 'change').where).toBe('FALSE');
    expect(scopeOf('amy', ['ACCOUNT_MANAGER']).toSql('l').where).toBe('FALSE');
    expect(scopeOf('root', ['ADMIN']).toSql('l').where).toBe('TRUE');
  });
});
