import { readFileSync } from 'fs';
import { join } from 'path';
import { importDocument, toContractJson } from '../../../src/import';
import { piecesToText } from '../../../src/import/readers/pdf';

jest.mock('../../../src/import/readers/pdfjsLoader', () => ({ loadPdfjs: () => jest.requireActual<typeof import('../pdfjsBridge')>('../pdfjsBridge').loadPdfjsThroughNode() }));

/**
 * Tables whose cells have padding, as LibreOffice lays them out in a PDF: every row is set apart by a gap as tall as
 * a paragraph's, a cell that wraps is centred on its row (its first line above the row's other cells, its last
 * below), a cell that fills its column stands closer to the next than a font size, and a label can reach the page as
 * one piece of text with the amount beside it. The scale stands outside the table (a caption "Beloppen anges i
 * tusentals kronor", a sentence "i miljoner kronor (Mkr)"). The documents in test/fixtures/tables are written for
 * these tests (sources and `regenerate.sh` in its src/).
 */
const TABLES = join(__dirname, '../../fixtures/tables');
const imported = async (file: string) => toContractJson(await importDocument(file, new Uint8Array(readFileSync(join(TABLES, file))))).agreements[0];
const amounts = (a: { contributions: { party: string; annualAmount: number }[] }) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

describe('padded tables in a PDF, read through to the agreement', () => {
  test('tkr in the caption, a Part column whose names wrap, a public body named by its opening noun', async () => {
    const a = await imported('t01_hamnvakten-harnosand.pdf');
    // "1. Härnösands kommun (212000-2312)": the parenthesis that holds the number is no part of the name.
    expect(a.parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Härnösands kommun', '212000-2312', 'public'],
      ['Räddningstjänsten Medelpad', '222000-1628', 'public'],
      ['Föreningen Trygg Hamn Härnösand', '802477-5127', 'civil'],
    ]);
    expect(a.costItems.map((it) => [it.party, it.label, it.annualAmount])).toEqual([
      ['Härnösands kommun', 'Samordnare, 0,5 tjänst', 310000],
      ['Härnösands kommun', 'Lokalhyra för mötesrummet i det gamla hamnmagasinet', 95000],
      ['Räddningstjänsten Medelpad', 'Utbildning i brandsäkerhet för volontärer', 120000],
      ['Föreningen Trygg Hamn Härnösand', 'Ideellt arbete, 900 timmar à 250 kr', 225000],
      ['Föreningen Trygg Hamn Härnösand', 'Försäkringar och material', 40000],
    ]);
    expect(amounts(a)).toEqual({ 'Härnösands kommun': 405000, 'Räddningstjänsten Medelpad': 120000, 'Föreningen Trygg Hamn Härnösand': 265000 });
    expect(a.annualTotal).toBe(790000);
    // The "Totalt" row is a second reading of every amount.
    expect(Object.values(a.obtained).filter((how) => how !== 'read')).toEqual(Array(9).fill('reconciled'));
  });

  test('Mkr with decimals in the sentence above, labels wrapping around the centred Part and amount cells, aliases in the Part column', async () => {
    const a = await imported('t02_atelje-norr-pitea.pdf');
    expect(a.costItems.map((it) => [it.party, it.label, it.annualAmount])).toEqual([
      ['Piteå kommun', 'Konstpedagog, 0,8 åa', 480000],
      ['Piteå kommun', 'Lokal och el i kulturhuset Kvarnen', 110000],
      ['Bildningsförbundet Älvdal', 'Kurser i keramik och måleri för unga vuxna', 90000],
      ['Föreningen Ateljé Norr', 'Ideella handledare, 500 h à 220 kr', 110000],
      ['Föreningen Ateljé Norr', 'Material och utställningar', 40000],
    ]);
    expect(amounts(a)).toEqual({ 'Piteå kommun': 590000, 'Föreningen Ateljé Norr': 150000, 'Bildningsförbundet Älvdal': 90000 });
    expect(a.annualTotal).toBe(830000);
    expect(a.warnings.filter((w) => w.code === 'UNCONFIRMED')).toEqual([]);
  });
});

/** Pieces of a page as pdf.js gives them (10 pt text, about 5 pt a character). */
const SIZE = 10;
const piece = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5, size: SIZE });
/** A right-aligned number ending at x. */
const right = (str: string, x: number, y: number) => piece(str, x - str.length * 5, y);

describe('the page layout of padded rows (piecesToText)', () => {
  // Rows 26 pt apart (a paragraph gap on a page of 12 pt lines); a wrapped cell's lines 11 pt apart, centred.
  const PADDED = [
    piece('Ekonomin i tkr:', 56, 760),
    piece('Part', 60, 720),
    piece('Insats', 170, 720),
    piece('Tkr', 345, 720),
    piece('Kommunen', 60, 694),
    piece('Fritidsledare', 170, 694),
    right('420', 360, 694),
    piece('Ideellt arbete, 700 timmar', 170, 673),
    piece('Föreningen', 60, 667),
    right('140', 360, 667),
    piece('à 200 kr', 170, 662),
    // "Socialförvaltningen" fills its column: 7 pt to the next cell, less than the font size.
    { ...piece('Socialförvaltningen', 60, 640), width: 103 },
    piece('Handledning', 170, 640),
    right('55', 360, 640),
    piece('Summa', 60, 614),
    right('615', 360, 614),
    piece('Beloppen gäller för hela avtalsperioden och räknas upp varje år.', 56, 588),
    piece('Parterna träffas två gånger per år för att följa upp arbetet.', 56, 576),
  ];

  test('each block between gaps is one row, its wrapped cell joined in its column; the prose after stays prose', () => {
    const lines = piecesToText(PADDED).split('\n');
    expect(lines).toEqual([
      'Ekonomin i tkr:',
      '',
      'Part\tInsats\tTkr',
      'Kommunen\tFritidsledare\t420',
      'Föreningen\tIdeellt arbete, 700 timmar à 200 kr\t140',
      'Socialförvaltningen\tHandledning\t55',
      'Summa\t\t615',
      '',
      'Beloppen gäller för hela avtalsperioden och räknas upp varje år.',
      'Parterna träffas två gånger per år för att följa upp arbetet.',
    ]);
  });

  test('a label and its amount in one piece are parted where a number column ends at the same edge', () => {
    const pieces = PADDED.filter((p) => !['Socialförvaltningen', 'Handledning', '55'].includes(p.str));
    pieces.push({ ...piece('Socialförvaltningen', 60, 640), width: 103 }, { ...piece('Handledning och utbildning 55', 170, 640), width: 190 });
    expect(piecesToText(pieces).split('\n')).toContain('Socialförvaltningen\tHandledning och utbildning\t55');
  });

  test('two rows of a table without padding in one block are not joined into one', () => {
    // "Fritidsledare 420" and "Lokal 96" share a block: two amounts, so two rows, whatever the gaps around them.
    const pieces = [
      ...PADDED.filter((p) => p.y !== 614 && p.y < 700),
      piece('Part', 60, 720),
      piece('Insats', 170, 720),
      piece('Tkr', 345, 720),
      piece('Kommunen', 60, 682),
      piece('Lokal', 170, 682),
      right('96', 360, 682),
    ];
    const lines = piecesToText(pieces).split('\n');
    expect(lines).toContain('Kommunen\tFritidsledare\t420');
    expect(lines).toContain('Kommunen\tLokal\t96');
  });

  test('a gap under a font size in justified prose stays a space, also beside another line stretched at the same place', () => {
    const prose = piecesToText([
      piece('Föreningen ansvarar för', 56, 700),
      piece('verksamheten och för att', 178, 700),
      piece('Kommunen ansvarar för', 56, 688),
      piece('lokalerna och för de avgifter', 178, 688),
      piece('som följer av avtalet.', 56, 676),
    ]);
    expect(prose).not.toContain('\t');
  });

  test('a prose line ending in a number is not parted beside a table column', () => {
    const text = piecesToText([
      piece('Part', 60, 720),
      piece('Tkr', 345, 720),
      piece('Kommunen', 60, 706),
      right('420', 360, 706),
      { ...piece('Antalet deltagare per vecka beräknas till 140', 56, 680), width: 304 },
    ]);
    expect(text.split('\n')).toContain('Antalet deltagare per vecka beräknas till 140');
  });
});

describe('a padded table whose header and labels wrap around their row (piecesToText)', () => {
  // The amount column's heading wraps ("Kronor per" / "år") and is centred on the header's row, so the header's line of
  // several cells holds only "Part | Insats"; the first row's label wraps too, so its line holds only party and amount.
  const HEADER_WRAPS = [
    piece('Insatser per år:', 56, 760),
    piece('Kronor per', 400, 726),
    piece('Part', 60, 720),
    piece('Insats', 170, 720),
    piece('år', 400, 714),
    piece('Stöd till läxhjälpen (varav 40 000 kr', 170, 690),
    piece('Kommunen', 60, 684),
    piece('95 000', 400, 684),
    piece('förmedlas till Föreningen)', 170, 678),
    piece('Kommunen', 60, 654),
    piece('Samordnare, halvtid', 170, 654),
    piece('310 000', 400, 654),
    piece('Föreningen', 60, 630),
    piece('Ideella läxhjälpare', 170, 630),
    piece('180 000', 400, 630),
    piece('Summa', 60, 606),
    piece('585 000', 400, 606),
    piece('Beloppen gäller per kalenderår.', 56, 580),
  ];

  test('the heading wrapped above and below the header\'s line is the third column\'s, and the rows keep three columns', () => {
    expect(piecesToText(HEADER_WRAPS).split('\n')).toEqual([
      'Insatser per år:',
      '',
      'Part\tInsats\tKronor per år',
      'Kommunen\tStöd till läxhjälpen (varav 40 000 kr förmedlas till Föreningen)\t95 000',
      'Kommunen\tSamordnare, halvtid\t310 000',
      'Föreningen\tIdeella läxhjälpare\t180 000',
      'Summa\t\t585 000',
      '',
      'Beloppen gäller per kalenderår.',
    ]);
  });
});

describe('an amount with digit groups that reaches the page in one piece with its label (piecesToText)', () => {
  test('the whole amount is split off ("225 000", not "000") where the column\'s amounts start', () => {
    const label = 'Ideellt arbete, 900 timmar à 250 kr inkl. PO 225 000';
    const lines = piecesToText([
      piece('Ekonomi per år:', 56, 760),
      piece('Part', 60, 720),
      piece('Insats', 170, 720),
      piece('Kronor', 420, 720),
      piece('Kommunen', 60, 708),
      piece('Samordnare', 170, 708),
      piece('420 000', 420, 708),
      // The label runs right up to the amount: one piece, ending where the column's other amounts end.
      piece('Föreningen', 60, 696),
      { ...piece(label, 170, 696), width: 455 - 170 },
      piece('Föreningen', 60, 684),
      piece('Egna medel', 170, 684),
      piece('35 000', 420, 684),
    ]).split('\n');
    expect(lines).toContain('Föreningen\tIdeellt arbete, 900 timmar à 250 kr inkl. PO\t225 000');
  });
});
