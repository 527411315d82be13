import { cutText, escapeText, excelInput } from '../../../src/writers/officejs/cells';
import { parseInput } from '../../../src/preview/memoryExcel';

/**
 * Excel parses what `values`/`formulas` receive like typed input, in the user's locale. Every imported text is
 * written behind the apostrophe prefix, and the memory workbook (which converts what en-US or sv-SE Excel
 * would) stores each of these as the text it is.
 */
const CONVERTED = [
  // Swedish dates in words and month names
  '3 maj',
  '3 maj 2024',
  '1 januari 2025',
  'Jan 2024',
  'maj 2024',
  // amounts, currencies, fractions, percentages, numbers
  '100 kr',
  '$100',
  '100 €',
  '1/2',
  '5%',
  '20 %',
  '1 750 000',
  '1,5',
  '(100)',
  '1e5',
  '2024-07-01',
  '12:30',
  // formulas, signs, logicals and errors
  '=SUMMA(A1)',
  '+46 13 20 60 00',
  '-5',
  '-minus',
  '@user',
  'TRUE',
  'sant',
  '#N/A',
];

/**
 * Text Excel keeps as text by its documented rules, prefixed all the same: what a sign alone, a leading space or
 * control, or a full-width "＝" (which East Asian input turns into a formula) means should not depend on the host.
 */
const GUARDED = [
  '=',
  '+',
  '-',
  '@',
  '#Ungdom',
  "'citat",
  // leading whitespace and controls, full-width signs
  '\t=1+1',
  '\r=1',
  '\n=1',
  ' =1',
  '\uff1d1+1',
  '\uff0b1',
  'Hoppfull framtid',
  'Östergötlands Stadsmission',
  '40 helårsplatser',
  'December',
];

describe('text written through range.formulas stays text', () => {
  it.each([...CONVERTED, ...GUARDED])('%j is sent behind the apostrophe and stored as that text', (text) => {
    const sent = escapeText(text);
    expect(sent).toBe(`'${text}`);
    expect(parseInput(sent)).toEqual({ value: text });
  });

  it.each(CONVERTED)('%j would not stay text without it', (text) => {
    // The table above is not vacuous: Excel (and the memory workbook) would turn these into something else.
    expect(parseInput(text)).not.toEqual({ value: text });
  });

  it('leaves numbers, logicals and empty cells alone', () => {
    expect(escapeText(1_750_000)).toBe(1_750_000);
    expect(escapeText(true)).toBe(true);
    expect(escapeText(null)).toBe('');
    expect(escapeText('')).toBe('');
    expect(excelInput({ value: null, formula: '=1+1' })).toBe('=1+1');
  });

  it('cuts text to the 32 767 characters a cell holds, never half a surrogate pair', () => {
    expect(cutText('a'.repeat(40_000))).toHaveLength(32_767);
    const emoji = 'a'.repeat(32_766) + '😀' + 'b';
    expect(cutText(emoji)).toBe('a'.repeat(32_766));
  });
});
