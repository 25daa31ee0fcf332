import { BuyingRole } from '../../contact/buying-role';
import { buyingCentreCoverage, type CoverageContact } from '../buying-centre-coverage';

const now = new Date('2026-06-30T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const contact = (
  name: string,
  buyingRole: BuyingRole,
  influence: number,
  lastInteractionAt: Date | null,
): CoverageContact => ({ id: name, name, buyingRole, influence, lastInteractionAt });

describe('buying-centre coverage', () => {
  const contacts = [
    contact('Ines', BuyingRole.PURCHASING_MANAGER, 4, daysAgo(15)),
    contact('Tom', BuyingRole.TECHNICAL_DECISION_MAKER, 5, daysAgo(91)),
    contact('Uwe', BuyingRole.USER, 2, daysAgo(300)),
    contact('Nora', BuyingRole.TECHNICAL_DECISION_MAKER, 4, null),
  ];

  it('lists the roles without a contact', () => {
    const coverage = buyingCentreCoverage(contacts, now);
    expect(coverage.coveredRoles).toEqual([
      BuyingRole.PURCHASING_MANAGER,
      BuyingRole.TECHNICAL_DECISION_MAKER,
      BuyingRole.USER,
    ]);
    expect(coverage.missingRoles).toEqual([BuyingRole.PURCHASING_OFFICER, BuyingRole.SENIOR_EXECUTIVE]);
  });

  it('counts a contact who left the customer neither as covering a role nor as gone cold', () => {
    const left = { ...contact('Ines', BuyingRole.PURCHASING_MANAGER, 5, daysAgo(200)), active: false };
    const coverage = buyingCentreCoverage([left, ...contacts.slice(1)], now);
    expect(coverage.missingRoles).toContain(BuyingRole.PURCHASING_MANAGER);
    expect(coverage.coldContacts.map((c) => c.contact.name)).not.toContain('Ines');
  });

  it('lists important contacts gone cold, never-contacted first; unimportant ones do not count', () => {
    const cold = buyingCentreCoverage(contacts, now).coldContacts;
    expect(cold.map((c) => [c.contact.name, c.daysSinceInteraction])).toEqual([
      ['Nora', null],
      ['Tom', 91],
    ]);
  });

  it('takes the threshold and the influence that counts as important', () => {
    const cold = buyingCentreCoverage(contacts, now, { coldAfterDays: 10, minInfluence: 2 }).coldContacts;
    expect(cold.map((c) => c.contact.name)).toEqual(['Nora', 'Uwe', 'Tom', 'Ines']);
  });

  it('finds every role missing without contacts', () => {
    expect(buyingCentreCoverage([], now).missingRoles).toHaveLength(5);
  });
});
