import { BoundedLabel } from '../bounded-label';

describe('BoundedLabel', () => {
  it('keeps names, names the nameless and the malformed', () => {
    const label = new BoundedLabel(10);
    expect(label.of('ConvertLead')).toBe('ConvertLead');
    expect(label.of(undefined)).toBe('anonymous');
    expect(label.of('')).toBe('anonymous');
    expect(label.of('drop table; --')).toBe('invalid');
    expect(label.of('x'.repeat(101))).toBe('invalid');
  });

  it('counts names beyond the bound as "other", so clients cannot grow the series without end', () => {
    const label = new BoundedLabel(2);
    expect(label.of('A')).toBe('A');
    expect(label.of('B')).toBe('B');
    expect(label.of('C')).toBe('other');
    expect(label.of('A')).toBe('A');
  });
});
