import { piecesToText } from '../../../src/import/readers/pdf';
import { importText, toContractJson } from '../../../src/import';
import { centredLayout } from './centredLayout';

/**
 * A budget table of one amount column (Part / Insats / Kronor per år) whose cells are centred in their rows
 * (readers/pdfCentred.ts): a party's name that wraps onto two lines straddles its row's line, above and below, and
 * so does a long label. A row's line then holds one amount only. The table may run onto the next page, and end in a
 * sum row whose label is a merged cell across the first two columns. Pieces laid out here as a word processor prints
 * such a table (10 pt text, 12 pt between the lines of a cell, 1.5 pt of padding), for tables written for these tests.
 */
const { piece, table } = centredLayout({ size: 10, line: 12, pad: 1.5, charWidth: 4.8, columns: [{ x: 60 }, { x: 190 }, { x: 520, right: true }] });

const HEADER = [['Part'], ['Insats'], ['Kronor per år']];
const ROWS: string[][][] = [
  [['Åmells kommun'], ['Verksamhetsbidrag'], ['420 000']],
  [['Åmells kommun'], ['Rörlig ersättning (högst 10 deltagare × 11', 'månader × 2 500 kr)'], ['275 000']],
  [['Föreningen', 'Vävstugan'], ['Ideellt arbete, 700 timmar à 200 kr'], ['140 000']],
  [['Föreningen', 'Vävstugan'], ['Lokal och vävstolar, värderat'], ['60 000']],
];

const PROSE = [piece('6. Ekonomi', 60, 560), piece('Parternas insatser per år framgår av tabellen nedan, som är en del av överenskommelsen.', 60, 540)];

describe('a budget table of one amount column whose cells are centred in their rows', () => {
  test('each row becomes one line: the wrapped party and the wrapped label joined, each row keeping its own party', () => {
    const lines = piecesToText([...PROSE, ...table(520, [HEADER, ...ROWS])]).split('\n');
    expect(lines).toContain('Part\tInsats\tKronor per år');
    expect(lines).toContain('Åmells kommun\tRörlig ersättning (högst 10 deltagare × 11 månader × 2 500 kr)\t275 000');
    expect(lines).toContain('Föreningen Vävstugan\tIdeellt arbete, 700 timmar à 200 kr\t140 000');
    expect(lines).toContain('Föreningen Vävstugan\tLokal och vävstolar, värderat\t60 000');
  });

  test('the rest of the table at the top of the next page, ending in a merged sum row, is read the same way', () => {
    const next = [
      ...table(780, [[['Föreningen', 'Vävstugan'], ['Egna medel'], ['25 000']]]),
      piece('Summa parternas insatser per år', 60, 750),
      piece('920 000', 520 - 7 * 4.8, 750),
      piece('Föreningen får inte använda bidraget till annat än verksamheten enligt denna överenskommelse.', 60, 720),
    ];
    const lines = piecesToText(next).split('\n');
    expect(lines[0]).toBe('Föreningen Vävstugan\tEgna medel\t25 000');
    expect(lines).toContain('Summa parternas insatser per år\t920 000');
    expect(lines.some((l) => /^\t*$/.test(l) && l.includes('\t'))).toBe(false);
  });

  test('a table whose cells are aligned at the top keeps the ordinary reading', () => {
    const lines = piecesToText([...PROSE, ...table(520, [HEADER, ...ROWS], 'top')]).split('\n');
    expect(lines).not.toContain('Föreningen Vävstugan\tIdeellt arbete, 700 timmar à 200 kr\t140 000');
  });

  test('read through to the agreement: each party\'s items and sum', () => {
    const head = [
      'Överenskommelse om idéburet offentligt partnerskap – Vävstugan Åmell',
      '',
      '1. Parter',
      'Åmells kommun, socialnämnden, org.nr 212000-1355, och Föreningen Vävstugan, org.nr 802479-3662.',
      '',
      '2. Giltighet',
      'Överenskommelsen gäller 2028-01-01–2029-12-31.',
      '',
    ].join('\n');
    const text = `${head}\n${piecesToText([...PROSE, ...table(520, [HEADER, ...ROWS])])}\nSumma\t\t895 000\n`;
    const a = toContractJson(importText(text, 'x.pdf')).agreements[0];
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Åmells kommun', 420000],
      ['Åmells kommun', 275000],
      ['Föreningen Vävstugan', 140000],
      ['Föreningen Vävstugan', 60000],
    ]);
    expect(a.annualTotal).toBe(895000);
  });
});
