import { importText, toContractJson } from '../../../src/import';
import { piecesToText } from '../../../src/import/readers/pdf';

/**
 * A PDF's text layer to lines and cells (`piecesToText`): a budget whose label cells wrap onto lines of their own,
 * in a layout where the amount column stands closer to the next label column than a font size and a half. The
 * pieces are laid out here as LibreOffice places a Word table's cells (9.5 pt text, amounts right-aligned).
 */
const SIZE = 9.5;
const piece = (str: string, x: number, y: number, right = false) => {
  const width = str.length * 4.8;
  return { str, x: right ? x - width : x, y, width, size: SIZE };
};

/** One row: an income label and amount, a cost label and amount (amounts right-aligned on their column's edge). */
function row(y: number, cells: [string, string, string, string]) {
  const [income, incomeAmount, cost, costAmount] = cells;
  return [
    ...(income ? [piece(income, 62, y)] : []),
    ...(incomeAmount ? [piece(incomeAmount, 267, y, true)] : []),
    ...(cost ? [piece(cost, 278, y)] : []),
    ...(costAmount ? [piece(costAmount, 494, y, true)] : []),
  ];
}

const BUDGET = [
  ...row(700, ['Intäkter', 'tkr', 'Kostnader', 'tkr']),
  ...row(686, ['Bidrag från Region Blekinge', '400', 'Kursledare', '260']),
  ...row(672, ['Medlemsavgifter och egna', '30', 'Lokalhyra', '90']),
  piece('medel', 62, 661),
  ...row(647, ['Ideellt arbete, 500 timmar à', '125', 'Ideellt arbete', '125']),
  piece('250 kr (värderat)', 62, 636),
  ...row(622, ['Lokal i föreningens regi', '90', 'Material', '170']),
  ...row(608, ['Summa intäkter', '645', 'Summa kostnader', '645']),
];

describe('a table whose cells wrap onto lines of one cell', () => {
  test('a narrow gap between an amount and the next column is a column edge when a table row beyond the wrapped line shares it', () => {
    const lines = piecesToText(BUDGET).split('\n');
    expect(lines).toContain('Ideellt arbete, 500 timmar à\t125\tIdeellt arbete\t125');
    expect(lines).toContain('Lokal i föreningens regi\t90\tMaterial\t170');
    expect(lines.filter((l) => l.includes('\t')).every((l) => l.split('\t').length === 4)).toBe(true);
  });

  test('a narrow gap that no table row near it shares stays spacing inside one line', () => {
    const text = piecesToText([piece('Regionens bidrag', 62, 700), piece('betalas ut i mars.', 151, 700), piece('Föreningen redovisar', 62, 686), piece('i oktober.', 62, 672)]);
    expect(text).not.toContain('\t');
  });

  test('read through to the agreement: the income side gives both shares and the stated sum confirms them', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap\nVäv i hela länet\n\nParter\nRegion Blekinge, organisationsnummer 232100-0990, nedan regionen.\n\nFöreningen Vävstugan Karlshamn, organisationsnummer 802493-0185, nedan föreningen.\n\nEkonomi\nBudget per år (tkr)\n\n${piecesToText(BUDGET)}\n`;
    const [a] = toContractJson(importText(text, 'x.pdf')).agreements;
    expect(a.contributions).toEqual([
      { party: 'Region Blekinge', annualAmount: 400000 },
      { party: 'Föreningen Vävstugan Karlshamn', annualAmount: 245000 },
    ]);
    expect(a.annualTotal).toBe(645000);
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'reconciled', 'contributions[1]': 'reconciled', annualTotal: 'reconciled' });
  });
});
