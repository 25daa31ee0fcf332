import { defineLifecycle } from '../lifecycle';

type Status = 'NEW' | 'OPEN' | 'DONE' | 'DROPPED';

const lifecycle = defineLifecycle<Status>({
  entity: 'Ticket',
  transitions: { NEW: ['OPEN', 'DROPPED'], OPEN: ['DONE', 'DROPPED'], DONE: [], DROPPED: [] },
  hint: (from, to) => (to === 'DONE' && from === 'NEW' ? 'Open it first.' : undefined),
});

describe('defineLifecycle', () => {
  it('allows the moves of the table and nothing else', () => {
    expect(lifecycle.can('NEW', 'OPEN')).toBe(true);
    expect(lifecycle.can('OPEN', 'NEW')).toBe(false);
    expect(lifecycle.next('OPEN')).toEqual(['DONE', 'DROPPED']);
    expect(lifecycle.open).toEqual(['NEW', 'OPEN']);
    expect(lifecycle.isFinal('DONE')).toBe(true);
  });

  it('refuses with INVALID_TRANSITION naming both states, and a hint', () => {
    expect(() => lifecycle.assert('NEW', 'DONE')).toThrow(
      'Ticket cannot go from NEW to DONE. Open it first.',
    );
    try {
      lifecycle.assert('DONE', 'OPEN');
      throw new Error('no refusal');
    } catch (error) {
      expect((error as { extensions: Record<string, unknown> }).extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        from: 'DONE',
        to: 'OPEN',
      });
      expect((error as Error).message).toBe('Ticket cannot go from DONE to OPEN. DONE is final.');
    }
    expect(() => lifecycle.assert('OPEN', 'OPEN')).toThrow('It is already OPEN.');
    expect(() => lifecycle.assert('DONE', 'OPEN', 'Ticket T-7')).toThrow(
      'Ticket T-7 cannot go from DONE to OPEN.',
    );
  });
});
