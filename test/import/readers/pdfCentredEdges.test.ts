import { centredTables, TextPiece } from '../../../src/import/readers/pdfCentred';

/**
 * A centred landscape table (readers/pdfCentred.ts, `splitAtColumnEdges`) where a wide cell's text reaches the next
 * column: the name and the org number as one piece, or the org number and the period as two pieces closer than a word
 * space. Pieces are laid out as a word processor prints such a table (9.5 pt text, 4.6 pt per character, 10.9 pt
 * between a cell's lines), for a table written for this test.
 */
const SIZE = 9.5;
const LINE = 10.9;
const piece = (str: string, x: number, y: number, right = false): TextPiece => {
  const width = str.length * 4.6;
  return { str, x: right ? x - width : x, y, width, size: SIZE };
};
/** Columns: Partnerskap, Idéburen part, Org.nr, Avtalsperiod, three amounts (right edges). */
const X = [40, 150, 300, 358, 520, 600, 680];
const RIGHT = [false, false, false, false, true, true, true];

/** Each row's cells as lines, centred on the row's middle. */
function tableOf(rows: string[][][]): TextPiece[][] {
  const pieces: TextPiece[] = [];
  let y = 500;
  const header = ['Partnerskap', 'Idéburen part', 'Org.nr', 'Avtalsperiod', 'Bidrag', 'Insats', 'Värde'];
  header.forEach((h, c) => pieces.push(piece(h, X[c], y, RIGHT[c])));
  y -= 2 * LINE;
  for (const row of rows) {
    const lines = Math.max(...row.map((c) => c.length));
    const middle = y - ((lines - 1) * LINE) / 2;
    row.forEach((cell, c) =>
      cell.forEach((line, n) => {
        const first = middle + ((cell.length - 1) * LINE) / 2;
        pieces.push(piece(line, X[c], first - n * LINE, RIGHT[c]));
      }),
    );
    y -= lines * LINE + 6;
  }
  const ys = [...new Set(pieces.map((p) => p.y))].sort((a, b) => b - a);
  return ys.map((yy) => pieces.filter((p) => p.y === yy));
}

const OTHER_ROWS = [
  [['Läxhjälp', 'Centrum'], ['Studiecirkeln Ek'], ['802484-5680'], ['2025-08-01 –', '2027-06-30'], ['210 000'], ['90 000'], ['300 000']],
  [['Nattvandring'], ['Trygga Kvarter'], ['802501-7073'], ['2024-03-01 –', 'tills vidare'], ['95 000'], ['60 000'], ['155 000']],
];

describe('centred table cells run into the next column', () => {
  it('splits a name and its org number printed as one piece at the org column', () => {
    // "Föreningen Lundens Vänner Norrby " is 33 characters: the org number starts where the column does.
    const row = [['Lovverksamhet', 'Norrby'], ['Föreningen Lundens Vänner Norrby 802476-2984'], [], ['2026-01-01 –', '2027-12-31'], ['340 000'], ['120 000'], ['460 000']];
    const [t] = centredTables(tableOf([row, ...OTHER_ROWS]));
    expect(t.lines[1].split('\t')).toEqual(['Lovverksamhet Norrby', 'Föreningen Lundens Vänner Norrby', '802476-2984', '2026-01-01 – 2027-12-31', '340 000', '120 000', '460 000']);
    expect(t.lines[2].split('\t')[1]).toBe('Studiecirkeln Ek');
  });

  it('splits two wrapped cells whose pieces lie closer than a word space (org numbers; a period)', () => {
    // "802815-8064;" ends 2.8 pt before the period column: one span, split where the other rows' periods start.
    const row = [
      ['Skyddat', 'boende'],
      ['Stiftelsen Tak;', 'Jouren Norr'],
      ['802815-8064;', '802998-3395'],
      ['2027-01-01 –', '2029-12-31'],
      ['2 340 000'],
      ['610 000'],
      ['2 950 000'],
    ];
    const [t] = centredTables(tableOf([row, ...OTHER_ROWS]));
    const cells = t.lines[1].split('\t');
    expect(cells.slice(0, 3)).toEqual(['Skyddat boende', 'Stiftelsen Tak; Jouren Norr', '802815-8064; 802998-3395']);
    expect(cells[3]).toBe('2027-01-01 – 2029-12-31');
    expect(cells.slice(4)).toEqual(['2 340 000', '610 000', '2 950 000']);
  });
});
