import { importText } from '../../src/import';
import { piecesToText } from '../../src/import/readers/pdf';
import { centredLayout } from './readers/centredLayout';

/**
 * A memo whose numbered points enter each partnership in the present tense ("1. Socialnämnden ingår idéburet offentligt
 * partnerskap med Föreningen A om X enligt tabell 1") over a table of the proposed partnerships, whose shared terms
 * stand once below it (kind.ts PROPOSES_TO_ENTER): a decision read row by row. Printed to PDF, a cell of the table may
 * hold a line whose words reach the page as two pieces set wide apart ("Bord" … "Tångvik"): still one line of its cell
 * (readers/pdfCentred.ts). Documents and layouts written for these tests.
 */
const MEMO = (table: string) => `NORRVIKA KOMMUN TJÄNSTESKRIVELSE
Socialförvaltningen
Org.nr 212000-0019

Partnerskap för gemenskap

Förslag till beslut

1. Socialnämnden ingår idéburet offentligt partnerskap med Föreningen Läxvänner Öster om Läxhjälp Öster enligt tabell 1.

2. Socialnämnden ingår idéburet offentligt partnerskap med Västra Studiecirkeln om Läxhjälp Väster enligt tabell 1.

Tabell 1. Föreslagna partnerskap

${table}

Villkor för båda överenskommelserna: Överenskommelserna kan förlängas ett år i taget, dock högst två gånger. Nämndens
bidrag räknas upp med 2 procent per år.
`;

const CLEAN = [
  'Partnerskap\tIdéburen part\tOrg.nr\tNämndens bidrag, kr/år\tFöreningens insats, kr/år\tTotalt, kr/år\tPeriod',
  'Läxhjälp Öster\tFöreningen Läxvänner Öster\t802411-0010\t80 000\t60 000\t140 000\t2031-01-01 – 2032-12-31',
  'Läxhjälp Väster\tVästra Studiecirkeln\t802422-0017\t50 000\t40 000\t90 000\t2031-01-01 – 2031-12-31',
  'Summa\t\t\t130 000\t100 000\t230 000\t',
].join('\n');

describe('a memo entering partnerships "Nämnden ingår …" over a table of proposed partnerships', () => {
  const result = importText(MEMO(CLEAN), 'x.txt');

  test('is a decision with one agreement per row, the Summa row none', () => {
    expect(result.documentKind).toBe('decision');
    expect(result.agreements.map((a) => a.name)).toEqual(['Läxhjälp Öster', 'Läxhjälp Väster']);
    expect(result.agreements.map((a) => a.annualTotal)).toEqual([140000, 90000]);
  });

  test('the terms below the table hold for every row', () => {
    for (const a of result.agreements) {
      expect(a.validity.extension).toEqual({ years: 1, times: 2 });
      expect(a.indexation?.rate).toBe(0.02);
    }
  });

  test('"ingår i" of a cost is no entering of a partnership', () => {
    const text = MEMO(CLEAN).replace(/Socialnämnden ingår idéburet offentligt partnerskap med/g, 'Lokalen ingår i överenskommelsen med');
    expect(importText(text, 'x.txt').documentKind).toBe('overview');
  });
});

describe('a centred PDF table whose cell line reaches the page as two pieces set wide apart', () => {
  const size = 9;
  const charWidth = 4.5;
  const { piece, table } = centredLayout({
    size,
    line: 10,
    pad: 2,
    charWidth,
    columns: [{ x: 60 }, { x: 150 }, { x: 300, right: true }, { x: 370, right: true }, { x: 440, right: true }],
  });
  const pieces = table(500, [
    [['Partnerskap'], ['Idéburen part'], ['Bidrag'], ['Insats'], ['Totalt']],
    [['Läxhjälp', 'Öster'], ['Föreningen', 'Läxvänner'], ['80 000'], ['60 000'], ['140 000']],
    [['Måltider', 'Väster'], ['Föreningen Gemensamt', 'Bord'], ['50 000'], ['40 000'], ['90 000']],
    [['Summa'], [''], ['130 000'], ['100 000'], ['230 000']],
  ]);
  const bord = pieces.find((p) => p.str === 'Bord');
  // "Tångvik" on Bord's baseline, after a gap wider than a word space.
  const split = [...pieces, piece('Tångvik', 150 + 4 * charWidth + 8, bord?.y ?? 0)];

  test('the two pieces are one line of the cell and the row one line', () => {
    const lines = piecesToText([piece('Tabell 1', 60, 530), ...split]).split('\n');
    expect(lines).toContain('Måltider Väster\tFöreningen Gemensamt Bord Tångvik\t50 000\t40 000\t90 000');
    expect(lines).toContain('Läxhjälp Öster\tFöreningen Läxvänner\t80 000\t60 000\t140 000');
    expect(lines).toContain('Summa\t\t130 000\t100 000\t230 000');
  });
});
