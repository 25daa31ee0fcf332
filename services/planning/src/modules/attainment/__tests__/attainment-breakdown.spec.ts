import { mergeWithSplits } from '../attainment-breakdown';

const sold = (key: string, booked: string) => ({ key, booked, bookedMargin: '1', invoiced: '0' });

describe('attainment breakdown against splits', () => {
  it('puts each split beside its sales, with the gap', () => {
    const rows = mergeWithSplits([sold('Valves', '250.5')], [{ key: 'Valves', amount: '600' }]);
    expect(rows).toEqual([
      {
        key: 'Valves',
        booked: '250.50',
        bookedMargin: '1.00',
        invoiced: '0.00',
        target: '600.00',
        gap: '349.50',
      },
    ]);
  });

  it('shows splits with nothing sold yet and sales without a split', () => {
    const rows = mergeWithSplits([sold('Sensors', '10')], [{ key: 'Pumps', amount: '400' }]);
    expect(rows.map((r) => [r.key, r.booked, r.target, r.gap])).toEqual([
      ['Pumps', '0.00', '400.00', '400.00'],
      ['Sensors', '10.00', null, null],
    ]);
  });

  it('matches keys regardless of case and gives a negative gap when exceeded', () => {
    const rows = mergeWithSplits([sold('VALVES', '700')], [{ key: 'Valves', amount: '600' }]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'VALVES', target: '600.00', gap: '-100.00' });
  });

  it('keeps a split whose target has no rate into the figures’ currency, without target or gap', () => {
    const rows = mergeWithSplits([sold('Valves', '700')], [{ key: 'Valves', amount: null }]);
    expect(rows).toEqual([expect.objectContaining({ key: 'Valves', target: null, gap: null })]);
  });
});
