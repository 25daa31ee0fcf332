// Contact updates (and threat updates) name their changedFields with service-kit's applyChanges:
// what a contact's ContactUpdated says changed is exactly this.
import { applyChanges } from '@salesgraph/service-kit';

describe('applyChanges on a contact', () => {
  const contact = () => ({
    name: 'Greta Hahn',
    influence: 4,
    title: null as string | null,
    lastInteractionAt: new Date('2026-01-01T10:00:00Z') as Date | null,
  });

  it('applies the values that differ and names exactly those fields', () => {
    const entity = contact();
    expect(
      applyChanges(entity, { name: 'Greta Hahn', influence: 5, title: 'Head of Purchasing' }),
    ).toEqual(['influence', 'title']);
    expect(entity).toMatchObject({ name: 'Greta Hahn', influence: 5, title: 'Head of Purchasing' });
  });

  it('leaves fields that are left out, and reports nothing when nothing changes', () => {
    const entity = contact();
    expect(applyChanges(entity, { name: undefined, title: null, influence: 4 })).toEqual([]);
    expect(entity).toEqual(contact());
  });

  it('compares dates by instant, not by object', () => {
    const entity = contact();
    expect(
      applyChanges(entity, { lastInteractionAt: new Date('2026-01-01T10:00:00.000Z') }),
    ).toEqual([]);
    expect(applyChanges(entity, { lastInteractionAt: new Date('2026-02-01T10:00:00Z') })).toEqual([
      'lastInteractionAt',
    ]);
    expect(entity.lastInteractionAt?.toISOString()).toBe('2026-02-01T10:00:00.000Z');
  });
});
