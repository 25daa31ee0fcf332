import { LeadOrigin } from '../lead-origin';
import { LeadScope } from '../lead-scope';

const lead = (ownerId: string | null, teamId: string | null = null, origin = LeadOrigin.REP) => ({
  ownerId,
  teamId,
  origin,
});

describe('LeadScope', () => {
  const rep = new LeadScope(false, ['rita'], false, null);
  const manager = new LeadScope(false, ['mia', 'rita', 'raj'], false, ['north']);
  const marketing = new LeadScope(false, [], true, null);

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

  it('writes the same rules as SQL, matching nothing when the scope is empty', () => {
    expect(manager.toSql('l')).toEqual({
      where:
        '(l.owner_id IN (:...scopeOwnerIds) OR (l.owner_id IS NULL AND (l.team_id IS NULL OR l.team_id IN (:...scopeQueueTeamIds))))',
      params: { scopeOwnerIds: ['mia', 'rita', 'raj'], scopeQueueTeamIds: ['north'] },
    });
    expect(marketing.toSql('l').where).toBe("(l.origin = 'MARKETING')");
    expect(new LeadScope(false, [], false, null).toSql('l').where).toBe('FALSE');
    expect(new LeadScope(true, [], true, []).toSql('l').where).toBe('TRUE');
  });
});
