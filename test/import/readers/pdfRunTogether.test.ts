import { importText, toContractJson } from '../../../src/import';
import { piecesToText } from '../../../src/import/readers/pdf';

/**
 * A PDF's text layer where neighbouring cells of a table come as one piece of text (readers/pdf.ts,
 * splitRunTogether, and the header gap in confirmNarrow): an amount column right beside another, a header whose
 * unit word sits over a right-aligned amount column, a row number of two digits right before its label. The pieces
 * are laid out as a word processor prints a numbered cost table (10 pt text, amounts right-aligned, headers left).
 */
const SIZE = 10;
const W = 4.55;
const piece = (str: string, x: number, y: number, right = false) => {
  const width = str.length * W;
  return { str, x: right ? x - width : x, y, width, size: SIZE };
};
/** Columns: Nr at 72, label at 88, party at 379, kr/mån right-aligned at 478, kr/år right-aligned at 523. */
function row(y: number, nr: string, label: string, party: string, month: string, year: string, runTogether: 'amounts' | 'number' | null = null) {
  const out = [];
  if (runTogether === 'number') out.push(piece(`${nr} ${label}`, 72, y));
  else {
    if (nr) out.push(piece(nr, 72, y));
    out.push(piece(label, 88, y));
  }
  if (party) out.push(piece(party, 379, y));
  if (runTogether === 'amounts') {
    // Both amounts in one piece: it starts where the month's amount starts and ends at the year column's edge.
    const text = `${month} ${year}`;
    out.push({ str: text, x: 523 - text.length * W, y, width: text.length * W, size: SIZE });
  } else {
    if (month) out.push(piece(month, 478, y, true));
    out.push(piece(year, 523, y, true));
  }
  return out;
}
/** "Finansieras av" left in the party column and "kr/mån" left in the month column, close enough to be one piece. */
const HEADER = (y: number, joined: boolean) => [
  piece('Nr', 72, y),
  piece('Kostnadspost', 200, y),
  ...(joined ? [{ str: 'Finansieras av kr/mån', x: 379, y, width: 478 - 1.3 - 379, size: SIZE }] : [piece('Finansieras av', 379, y), piece('kr/mån', 450, y)]),
  piece('kr/år', 491, y),
];

describe('cells of a table that a PDF ran together are split where the other rows have them apart', () => {
  test('two amounts in one piece split where the month column ends; the header\'s unit word split off over its column', () => {
    const pieces = [
      ...HEADER(700, true),
      ...row(672, '1', 'Boendestödjare 3,0 åa', 'Kommunen', '130 680', '1 568 160', 'amounts'),
      ...row(644, '2', 'Nattjour', 'Kommunen', '21 500', '258 000'),
      ...row(616, '3', 'Hyra', 'Kommunen', '78 000', '936 000'),
    ];
    const lines = piecesToText(pieces).split('\n');
    expect(lines).toContain('Nr\tKostnadspost\tFinansieras av\tkr/mån\tkr/år');
    expect(lines).toContain('1\tBoendestödjare 3,0 åa\tKommunen\t130 680\t1 568 160');
  });

  test('a two-digit row number run together with its label is split where the one-digit rows have theirs', () => {
    const pieces = [
      ...HEADER(700, false),
      ...row(672, '7', 'Kompetensutveckling', 'Föreningen', '–', '30 000'),
      ...row(644, '8', 'Verksamhetsansvarig', 'Föreningen', '55 440', '665 280'),
      ...row(616, '9', 'Ideella stödpersoner', 'Föreningen', '–', '240 000'),
      ...row(588, '10', 'Fritidsaktiviteter och utflykter', 'Föreningen', '–', '60 000', 'number'),
      ...row(560, '11', 'Möbler och inventarier', 'Föreningen', '4 000', '48 000', 'number'),
    ];
    const lines = piecesToText(pieces).split('\n');
    expect(lines).toContain('10\tFritidsaktiviteter och utflykter\tFöreningen\t–\t60 000');
    expect(lines).toContain('11\tMöbler och inventarier\tFöreningen\t4 000\t48 000');
  });

  test('a header\'s narrow gap is a column edge where the amounts of the column left of it end in it', () => {
    // The year column's amounts are shorter than its header, so no edge lines up with "kr/år"; the month column's
    // dashes and amounts end in the gap before it.
    const pieces = [
      ...HEADER(700, true),
      ...row(672, '5', 'Försäkring och larm', 'Kommunen', '–', '36 000'),
      ...row(644, '6', 'Extern handledning', 'Kommunen', '–', '48 000'),
      ...row(616, '7', 'Kompetensutveckling', 'Kommunen', '4 000', '30 000'),
    ];
    expect(piecesToText(pieces).split('\n')[0]).toBe('Nr\tKostnadspost\tFinansieras av\tkr/mån\tkr/år');
  });

  test('prose and a run of numbers nothing lines up with are left alone', () => {
    const pieces = [piece('Beloppet 130 680 kronor per månad ger 1 568 160 kronor per år.', 72, 700), piece('10 Fritidsaktiviteter', 72, 686)];
    expect(piecesToText(pieces).split('\n')).toEqual(['Beloppet 130 680 kronor per månad ger 1 568 160 kronor per år.', '10 Fritidsaktiviteter']);
    const lone = [...HEADER(700, false), { str: '130 680 1 568 160', x: 523 - 17 * W, y: 672, width: 17 * W, size: SIZE }, piece('Boendestöd', 88, 672)];
    // No other row has amounts to line the piece up with: it stays one cell.
    expect(piecesToText(lone).split('\n').some((l) => l.includes('130 680 1 568 160'))).toBe(true);
  });
});

describe('a numbered cost table over two pages, read as one table', () => {
  // The text a PDF reader gives for such a table: the header repeated on page 2, the page footer and header between,
  // a "Nr" column, kr/mån beside kr/år (kr/år counts), "Delsumma" per party and a "Totalt".
  const DOC = (nr: string) => `Idéburet offentligt partnerskap
Stödboende Norrgården

Parter
Norrby kommun, socialnämnden, org.nr 212000-0001, nedan kallad kommunen
Föreningen Unga Vuxna Norr, org.nr 802400-0001, nedan kallad föreningen

4. Ekonomi
Parternas insatser framgår av tabellen. Kolumnen kr/år avser ett helt avtalsår.

${nr}\tKostnadspost\tFinansieras av\tkr/mån\tkr/år
1\tBoendestödjare 2,0 åa\tKommunen\t90 000\t1 080 000
2\tHyra sex lägenheter\tKommunen\t40 000\t480 000

Norrby kommun · Socialförvaltningen · 123 45 Norrby · 0123-45 67 00

NORRBY KOMMUN Socialförvaltningen Diarienummer SN 2026/00101

${nr}\tKostnadspost\tFinansieras av\tkr/mån\tkr/år
3\tFörsäkring\tKommunen\t–\t36 000
\tDelsumma kommunen\t\t\t1 596 000
4\tVerksamhetsansvarig 1,0 åa\tFöreningen\t50 000\t600 000
10\tIdeella stödpersoner, 1 000 tim à 150 kr\tFöreningen\t–\t150 000
\tDelsumma föreningen\t\t\t750 000
\tTotalt\t\t\t2 346 000

5. Avtalsperiod
Avtalet gäller 2027-01-01 – 2028-12-31.
`;

  test.each(['Nr', 'Nr.', 'Rad', 'Radnr'])('header "%s": the labels are the items, the Delsumma rows the parties\' shares, the Totalt the total', (nr) => {
    const a = toContractJson(importText(DOC(nr), 'x.pdf')).agreements[0];
    expect(a.costItems.map((c) => [c.label, c.annualAmount])).toEqual([
      ['Boendestödjare 2,0 åa', 1080000],
      ['Hyra sex lägenheter', 480000],
      ['Försäkring', 36000],
      ['Verksamhetsansvarig 1,0 åa', 600000],
      ['Ideella stödpersoner, 1 000 tim à 150 kr', 150000],
    ]);
    expect(a.contributions.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Norrby kommun', 1596000],
      ['Föreningen Unga Vuxna Norr', 750000],
    ]);
    expect(a.annualTotal).toBe(2346000);
    expect(a.obtained.annualTotal).toBe('reconciled');
  });
});
