import { importText } from '../../src/import';

/**
 * A memo whose numbered points enter each partnership in the present tense ("1. Socialnämnden ingår idéburet offentligt
 * partnerskap med Föreningen A om X enligt tabell 1") over a table of the proposed partnerships, whose shared terms
 * stand once below it (kind.ts PROPOSES_TO_ENTER): a decision read row by row. Documents written for these tests.
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
