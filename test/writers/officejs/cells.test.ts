import { escapeText } from '../../../src/writers/officejs/cells';

describe('text written through range.formulas stays text', () => {
  it.each(['=SUMMA(A1)', '+46 13 20 60 00', '-5', '@user', '#N/A', '1 750 000', '2024-07-01', '(100)', '1e5', 'TRUE', 'sant', '12:30', '20 %'])(
    '%s gets the apostrophe prefix',
    (text) => expect(escapeText(text)).toBe(`'${text}`),
  );

  it.each(['Hoppfull framtid', 'Östergötlands Stadsmission', '40 helårsplatser', 'e5'])('%s is written as it is', (text) => {
    expect(escapeText(text)).toBe(text);
  });

  it('leaves numbers, logicals and empty cells alone', () => {
    expect(escapeText(1_750_000)).toBe(1_750_000);
    expect(escapeText(true)).toBe(true);
    expect(escapeText(null)).toBe('');
  });
});
