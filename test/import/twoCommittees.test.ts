import { readFileSync } from 'fs';
import { join } from 'path';
import { importText } from '../../src/import';
import { buildSchedule } from '../../src/domain/schedule';

/**
 * A municipality that signs through two committees in separate preamble lines with one org number, stated
 * shares per committee, a quoted name after a dash, and a stated total the shares must add up to.
 */
const FILE = join(__dirname, '../fixtures/docs/two-committees-one-org-number.txt');
const text = readFileSync(FILE, 'utf8');

describe('two committees of one municipality with one org number', () => {
  const [agreement] = importText(text, 'trygga-vagar.txt').agreements;

  it('keeps both committees as public parties with their own shares', () => {
    expect(agreement.name).toBe('Trygga vägar');
    expect(agreement.parties).toEqual([
      { name: 'Mjölby kommun', orgNumber: '212000-0563', sector: 'public', unit: 'Socialnämnden' },
      { name: 'Mjölby kommun, Kultur- och fritidsnämnden', orgNumber: '212000-0563', sector: 'public', unit: 'Kultur- och fritidsnämnden' },
      { name: 'Röda Korsets Mjölbykrets', orgNumber: '802002-8711', sector: 'civil', unit: null },
    ]);
    expect(agreement.contributions).toEqual([
      { party: 'Mjölby kommun', annualAmount: 400_000 },
      { party: 'Mjölby kommun, Kultur- och fritidsnämnden', annualAmount: 150_000 },
      { party: 'Röda Korsets Mjölbykrets', annualAmount: 275_500 },
    ]);
    expect(agreement.warnings.filter((w) => w.code === 'TOTAL_MISMATCH')).toEqual([]);
  });

  it('plans both committees on the public side, pro-rata and indexed', () => {
    const years = buildSchedule(agreement).years.map((y) => [y.year, y.public, y.civil, y.extension]);
    expect(years).toEqual([
      [2024, 275_000, 137_750, false],
      [2025, 561_000, 281_010, false],
      [2026, 572_220, 286_630, false],
      [2027, 583_664, 292_363, true],
      [2028, 297_669, 149_105, true],
    ]);
  });

  it('warns TOTAL_MISMATCH when every party states a share and they miss the stated total', () => {
    const [wrong] = importText(text.replace('Totalt: 825 500 kr per år.', 'Totalt: 900 000 kr per år.'), 'x.txt').agreements;
    expect(wrong.warnings).toContainEqual(expect.objectContaining({ code: 'TOTAL_MISMATCH', field: 'annualTotal' }));
    expect(wrong.annualTotal).toBe(900_000);
  });
});

describe('a share given to "kommunen" when the municipality is two committees', () => {
  it('keeps the amount on the public side but warns that the split between the committees is a guess', () => {
    const prose = text
      .replace('Socialnämnden bidrar med 400 000 kr per år.', 'Kommunen bidrar med 550 000 kr per år.')
      .replace('Kultur- och fritidsnämnden bidrar med 150 000 kr per år.\n', '');
    const [agreement] = importText(prose, 'x.txt').agreements;
    expect(agreement.contributions[0]).toEqual({ party: 'Mjölby kommun', annualAmount: 550_000 });
    expect(agreement.warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS', field: 'contributions', message: expect.stringMatching(/flera nämnder/) }));
  });

  it('does not warn when the sentence names the committee', () => {
    const [agreement] = importText(text, 'x.txt').agreements;
    expect(agreement.warnings.filter((w) => /flera nämnder/.test(w.message))).toEqual([]);
  });
});
