import { parseSwedishAmount, parseSwedishNumber, unitFactor } from '../../src/domain/swedishNumbers';
import { findAmounts } from '../../src/import/fields/amounts';
import { parseDecimal, readAmount } from '../../src/workbook/readCells';
import { parseSwedishNumber as paneNumber } from '../../src/taskpane/format';

/** One policy: the same text is the same number in the importer, the workbook read-back and the task pane. */
describe('parseSwedishNumber', () => {
  it.each<[string, number | null]>([
    ['1 750 000', 1750000],
    ['1\u00a0750\u00a0000', 1750000],
    ['1\u202f750\u202f000', 1750000],
    ['1.750.000', 1750000],
    ['1.750', 1750],
    ['1,750,000', 1750000],
    ['1.750.000,50', 1750000.5],
    ['1,750,000.50', 1750000.5],
    ['1 750 000,50', 1750000.5],
    ['2,5', 2.5],
    ['1,45', 1.45],
    ['1,750', 1.75],
    ['0,025', 0.025],
    ['0.025', 0.025],
    ['2.5', 2.5],
    ['-1 200', -1200],
    ['−1 200', -1200],
    ['17 50', null],
    ['1,2,3', null],
    ['1.75.000', null],
    ['1 750,', null],
    ['tolv', null],
    ['', null],
  ])('%j → %p', (text, expected) => {
    expect(parseSwedishNumber(text)).toBe(expected);
  });
});

describe('parseSwedishAmount and unitFactor', () => {
  it.each<[string, number | null]>([
    ['1 750 000 kr', 1750000],
    ['1.750.000 kr', 1750000],
    ['1 750 000:-', 1750000],
    ['1 750 000,-', 1750000],
    ['681 600 SEK', 681600],
    ['1,45 mnkr', 1450000],
    ['1,1 mnkr', 1100000],
    ['2 miljoner kronor', 2000000],
    ['350 tkr', 350000],
    ['2,5 tusen kronor', 2500],
    ['1.750 kr', 1750],
    ['1 750 000', 1750000],
    ['1 750 000 euro', null],
  ])('%j → %p', (text, expected) => {
    expect(parseSwedishAmount(text)).toBe(expected);
  });

  it('knows the scale of each currency word and nothing else', () => {
    expect([unitFactor('kr'), unitFactor('tkr'), unitFactor('mnkr'), unitFactor('Miljoner kronor'), unitFactor('dollar')]).toEqual([1, 1000, 1_000_000, 1_000_000, null]);
  });
});

describe('every surface reads amounts by the same policy', () => {
  it.each<[string, number]>([
    ['1.750 kr', 1750],
    ['1 750 000 kr', 1750000],
    ['1\u00a0750\u00a0000 kr', 1750000],
    ['1,5 kr', 2],
  ])('%j', (text, kronor) => {
    expect(findAmounts(text).map((a) => a.value)).toEqual([kronor]);
    const back = readAmount(text);
    expect(back.ok && back.value !== null ? Math.round(back.value) : 'refused').toBe(kronor);
    expect(Math.round(paneNumber(text) ?? NaN)).toBe(kronor);
  });

  it('reads plain numbers alike in the read-back and the pane', () => {
    for (const t of ['1.750', '2,5', '0,025', '1 750 000,50']) expect(parseDecimal(t)).toBe(paneNumber(t));
  });
});
