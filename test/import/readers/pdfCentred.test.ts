import { readFileSync } from 'fs';
import { join } from 'path';
import { importDocument, importText, ImportError, toContractJson } from '../../../src/import';
import { piecesToText } from '../../../src/import/readers/pdf';
import { numberedNames } from '../../../src/import/fields/overview';
import { centredTables } from '../../../src/import/readers/pdfCentred';
import { centredLayout, Column } from './centredLayout';

jest.mock('../../../src/import/readers/pdfjsLoader', () => ({ loadPdfjs: () => jest.requireActual<typeof import('../pdfjsBridge')>('../pdfjsBridge').loadPdfjsThroughNode() }));

/**
 * A landscape overview whose cells are centred vertically in their rows (readers/pdfCentred.ts): the pieces are laid
 * out here as a word processor prints such a table (9.5 pt text, 10.9 pt between the lines of a cell, 2.8 pt of
 * padding above and below each row, amounts right-aligned), for a table written for these tests.
 */

/** Columns: left edge (text) or right edge (amounts). */
const COLUMNS: Column[] = [{ x: 52 }, { x: 160 }, { x: 330 }, { x: 500, right: true }, { x: 570, right: true }, { x: 640, right: true }, { x: 660 }];
const { piece, table } = centredLayout({ size: 9.5, line: 10.9, pad: 2.8, charWidth: 4.6, columns: COLUMNS });

/** Pieces by baseline, top to bottom (the generator places every line of a row's cells exactly). */
const baselines = (pieces: ReturnType<typeof piece>[]) => {
  const ys = [...new Set(pieces.map((p) => p.y))].sort((a, b) => b - a);
  return ys.map((y) => pieces.filter((p) => p.y === y));
};

const HEADER = [['Partnerskap'], ['Idéburen part'], ['Avtalsperiod'], ['Nämndens', 'kostnad/år'], ['Partens', 'insats/år'], ['Värde/år'], ['Anmärkning']];
const ROWS: string[][][] = [
  [['Språkcafé Norr'], ['Föreningen Ordbron', '(802476-2984)'], ['2026-01-01 – 2027-12-31'], ['340 000'], ['120 000'], ['460 000'], ['Kan förlängas', 'ett år.']],
  [['Läxhjälp', 'Centrum'], ['Skellefteå IK', '(802484-5680)', 'Studieförbundet', 'Vuxenskolan', '(802009-1511)'], ['2025-08-01 – 2027-06-30'], ['210 000'], ['90 000'], ['300 000'], ['']],
  [['Nattvandring'], ['Föreningen Trygga', 'Kvarter (802501-7073)'], ['Tills vidare', 'fr.o.m. 2024-03-01'], ['95 000'], ['60 000'], ['155 000'], ['Uppsägning sex', 'månader.']],
  [['Summa'], [''], [''], ['645 000'], ['270 000'], ['915 000'], ['']],
];

const PROSE = [
  piece('Skellefteå kommun · Fritidsnämnden', 52, 540),
  piece('Fritidsnämndens idéburna offentliga partnerskap – översikt april 2027', 52, 515),
  piece('Nämnden har tre överenskommelser om idéburet offentligt partnerskap. Beloppen anges i kronor per år enligt överenskommelserna.', 52, 498),
];

describe('a table whose cells are centred in their rows', () => {
  test('each row becomes one line of cells, the wrapped cells joined, the header\'s two-line cells too', () => {
    const lines = piecesToText([...PROSE, ...table(480, [HEADER, ...ROWS])]).split('\n');
    expect(lines).toContain('Partnerskap\tIdéburen part\tAvtalsperiod\tNämndens kostnad/år\tPartens insats/år\tVärde/år\tAnmärkning');
    expect(lines).toContain('Språkcafé Norr\tFöreningen Ordbron (802476-2984)\t2026-01-01 – 2027-12-31\t340 000\t120 000\t460 000\tKan förlängas ett år.');
    expect(lines).toContain('Läxhjälp Centrum\tSkellefteå IK (802484-5680) Studieförbundet Vuxenskolan (802009-1511)\t2025-08-01 – 2027-06-30\t210 000\t90 000\t300 000\t');
    expect(lines).toContain('Summa\t\t\t645 000\t270 000\t915 000\t');
  });

  test('read through to the overview: three partnerships with their partners\' numbers, confirmed by the Summa row', () => {
    const text = piecesToText([...PROSE, ...table(480, [HEADER, ...ROWS])]);
    const result = toContractJson(importText(text, 'x.pdf'));
    expect(result.documentKind).toBe('overview');
    expect(result.agreements.map((a) => [a.name, a.annualTotal, a.contributions[0]?.annualAmount])).toEqual([
      ['Språkcafé Norr', 460000, 340000],
      ['Läxhjälp Centrum', 300000, 210000],
      ['Nattvandring', 155000, 95000],
    ]);
    expect(result.agreements[1].parties.slice(1).map((p) => [p.name, p.orgNumber])).toEqual([
      ['Skellefteå IK', '802484-5680'],
      ['Studieförbundet Vuxenskolan', '802009-1511'],
    ]);
    expect(result.agreements[2].validity).toMatchObject({ start: '2024-03-01', end: null });
    expect(result.agreements[0].obtained).toMatchObject({ annualTotal: 'reconciled', 'contributions[0]': 'reconciled' });
  });

  test('a table whose cells are aligned at the top, or whose cells do not wrap, is left to the ordinary reading', () => {
    expect(centredTables(baselines(table(480, [HEADER, ...ROWS])))).toHaveLength(1);
    expect(centredTables(baselines(table(480, [HEADER, ...ROWS], 'top')))).toEqual([]);
    const flat = ROWS.map((r) => r.map((c) => [c.join(' ')]));
    expect(centredTables(baselines(table(480, [HEADER.map((c) => [c.join(' ')]), ...flat])))).toEqual([]);
  });

  test('a line of prose across the columns ends the table; the rows after it are a table of their own', () => {
    const [first, ...rest] = ROWS;
    const pieces = [...table(480, [HEADER, first, first]), piece('Nämnden har därutöver två partnerskap som redovisas i bilaga 2 till denna översikt.', 52, 380), ...table(370, rest)];
    const found = centredTables(baselines(pieces));
    expect(found.map((t) => t.lines.length)).toEqual([3, 4]);
    expect(found[1].lines[0]).toBe('\t\t\t\t\t\t');
  });
});

describe('a centred table whose rows are padded more than a line apart', () => {
  // Cells with 8.5 pt of padding: the header row stands as far above the first row as each row above the next, more
  // than two lines. The comment column starts a word space right of the last amount column, so an empty amount's
  // dash and the comment's text come as one piece ("– Ny 2027.").
  const WIDE_PAD = 8.5;
  const NARROW: { x: number; right?: boolean }[] = [{ x: 52 }, { x: 160 }, { x: 330 }, { x: 500, right: true }, { x: 570, right: true }, { x: 640, right: true }, { x: 644.6 }];
  const HEAD = [['Partnerskap'], ['Idéburen part'], ['Avtalsperiod'], ['Värde/år', 'totalt (tkr)'], ['Varav', 'nämnden', '(tkr)'], ['Utfall 2026', 'nämnden', '(tkr)'], ['Kommentar']];
  const BODY: string[][][] = [
    [['Mötesplats Väst'], ['Föreningen', 'Grannsamverkan Väst'], ['2026-01-01 – 2027-12-31'], ['845,0'], ['560,0'], ['548,2'], ['Förlängning', 'diskuteras.']],
    [['Skyddat boende', 'Kusten'], ['Kvinnojouren Kusten'], ['2025-07-01 – 2028-06-30'], ['1 232,5'], ['980,0'], ['950,0'], ['Sex lägenheter.', 'Uppräkning 2 % per år.']],
    [['Anhörigstöd'], ['Demensföreningen Väst;', 'Västra församlingen'], ['2027-01-01 – 2029-12-31'], ['410,0'], ['250,0'], ['–'], ['Ny 2027.']],
    [['Summa'], [''], [''], ['2 487,5'], ['1 790,0'], ['1 498,2'], ['']],
  ];
  /** The dash and the comment on its line as one piece, as pdf.js gives text runs a word space apart. */
  const joinDash = (pieces: ReturnType<typeof piece>[]) => {
    const dash = pieces.find((p) => p.str === '–');
    const note = pieces.find((p) => p.str === 'Ny 2027.');
    if (!dash || !note) throw new Error('layout');
    return [...pieces.filter((p) => p !== dash && p !== note), { ...dash, str: '– Ny 2027.', width: note.x + note.width - dash.x }];
  };
  const CAPTION = [
    piece('Västra kommun · Socialnämnden', 52, 540),
    piece('Socialnämndens idéburna offentliga partnerskap – översikt mars 2027', 52, 515),
    piece('Nämnden har tre överenskommelser om idéburet offentligt partnerskap. Belopp i tusentals kronor (tkr).', 52, 498),
  ];
  const pieces = () => joinDash([...CAPTION, ...table(480, [HEAD, ...BODY], 'centre', NARROW, WIDE_PAD)]);

  test('the header row is taken across the row gap, and the dash is split from the comment', () => {
    const lines = piecesToText(pieces()).split('\n');
    expect(lines).toContain('Partnerskap\tIdéburen part\tAvtalsperiod\tVärde/år totalt (tkr)\tVarav nämnden (tkr)\tUtfall 2026 nämnden (tkr)\tKommentar');
    expect(lines).toContain('Anhörigstöd\tDemensföreningen Väst; Västra församlingen\t2027-01-01 – 2029-12-31\t410,0\t250,0\t–\tNy 2027.');
  });

  test('read as an overview: tkr with decimals in whole kronor, the outcome column left out, the rate from the comment', () => {
    const result = toContractJson(importText(piecesToText(pieces()), 'x.pdf'));
    expect(result.documentKind).toBe('overview');
    expect(result.agreements.map((a) => [a.name, a.annualTotal, a.contributions[0]?.annualAmount, a.indexation?.rate ?? null])).toEqual([
      ['Mötesplats Väst', 845000, 560000, null],
      ['Skyddat boende Kusten', 1232500, 980000, 0.02],
      ['Anhörigstöd', 410000, 250000, null],
    ]);
    expect(result.agreements[2].parties.slice(1).map((p) => p.name)).toEqual(['Demensföreningen Väst', 'Västra församlingen']);
  });

  test('a caption alone above the table, as far away as the rows are apart, is no header', () => {
    const caption = piece('Tabell 1', 52, 480 - WIDE_PAD + 2);
    const rows = table(480 - 20, BODY, 'centre', NARROW, WIDE_PAD).filter((p) => p.str !== '–' && p.str !== 'Ny 2027.');
    const found = centredTables(baselines([caption, ...rows]));
    expect(found).toHaveLength(1);
    expect(found[0].lines[0]).not.toContain('Tabell 1');
  });
});

describe('an overview whose rows cannot be read', () => {
  test('is refused rather than read as one agreement', () => {
    // The same overview as a text layer that lost its columns: every cell on lines of its own.
    const text = `Fritidsnämndens idéburna offentliga partnerskap – översikt april 2027
Nämnden har tre överenskommelser om idéburet offentligt partnerskap.

Partnerskap Idéburen part Avtalsperiod Nämndens kostnad/år Partens insats/år Värde/år
Föreningen Ordbron
Språkcafé Norr 2026-01-01 – 2027-12-31 340 000 120 000 460 000
(802476-2984)
Skellefteå IK (802484-5680)
Läxhjälp Centrum 2025-08-01 – 2027-06-30 210 000 90 000 300 000
Studieförbundet Vuxenskolan (802009-1511)
Föreningen Trygga Kvarter (802501-7073)
Nattvandring 2024-03-01 – 2026-02-28 95 000 60 000 155 000
Summa 645 000 270 000 915 000
`;
    expect(() => importText(text, 'x.pdf')).toThrow(ImportError);
    expect(() => importText(text, 'x.pdf')).toThrow(/översikt över flera partnerskap/);
  });
});

describe('partners with their numbers in one cell', () => {
  test('each name with the number in parentheses after it; any other text leaves the cell to the usual split', () => {
    expect(numberedNames('Föreningen Ordbron (802476-2984)')).toEqual([{ name: 'Föreningen Ordbron', orgNumber: '802476-2984' }]);
    expect(numberedNames('Skellefteå IK (org.nr 802484-5680) och Studieförbundet Vuxenskolan (802009-1511)')).toEqual([
      { name: 'Skellefteå IK', orgNumber: '802484-5680' },
      { name: 'Studieförbundet Vuxenskolan', orgNumber: '802009-1511' },
    ]);
    expect(numberedNames('Föreningen Ordbron, org.nr 802476-2984; Skellefteå IK, 802484-5680')).toEqual([
      { name: 'Föreningen Ordbron', orgNumber: '802476-2984' },
      { name: 'Skellefteå IK', orgNumber: '802484-5680' },
    ]);
    expect(numberedNames('Skellefteå IK och Studieförbundet Vuxenskolan')).toBeNull();
    expect(numberedNames('Föreningen Ordbron (802476-2984) med stöd av Vuxenskolan')).toBeNull();
  });
});

describe('a landscape overview printed by a word processor', () => {
  // test/fixtures/overviews/oversikt-skelleftea.pdf: the .html beside it read by LibreOffice as a Writer document,
  // saved as .docx and printed to PDF (cells centred in their rows; the period's text and the next column's amount
  // come as one piece of text on three rows).
  test('every row is one partnership, read in full and confirmed by the Summa row', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/overviews/oversikt-skelleftea.pdf')));
    const result = toContractJson(await importDocument('oversikt-skelleftea.pdf', bytes));
    expect(result.documentKind).toBe('overview');
    expect(result.agreements.map((a) => [a.name, a.validity.start, a.validity.end, a.annualTotal, a.contributions[0].annualAmount])).toEqual([
      ['Språkcafé Norr', '2026-01-01', '2027-12-31', 460000, 340000],
      ['Läxhjälp Centrum', '2025-08-01', '2027-06-30', 300000, 210000],
      ['Nattvandring i centrum', '2024-03-01', null, 155000, 95000],
      ['Seniorgympa Morö Backe', '2027-05-01', '2029-04-30', 185000, 120000],
    ]);
    expect(result.agreements[1].parties.slice(1).map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Skellefteå IK', '802484-5680', 'civil'],
      ['Studieförbundet Vuxenskolan Skellefteå', '802009-1511', 'civil'],
    ]);
    expect(result.agreements.every((a) => a.obtained.annualTotal === 'reconciled')).toBe(true);
  });
});
