import { importText, toContractJson } from '../../../src/import';

/**
 * The table rule's columns (src/import/economy/table.ts): a column of each row's total beside the columns of its
 * parts ("Lön | PO | Summa") is the row's amount. The documents are written for these tests.
 */
const agreement = (text: string, file = 'x.md') => toContractJson(importText(text, file)).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);
const economyCodes = (a: { warnings: { code: string; field?: string }[] }) => codes(a).filter((c) => /costItems|contributions|annualTotal/.test(c));

const doc = (table: string) => `# Överenskommelse om idéburet offentligt partnerskap – Läxhjälp Tjärna

## 1. Parter

Borlänge kommun, organisationsnummer 212000-2080, genom barn- och utbildningsnämnden.

Föreningen Studiekamraterna i Tjärna ängar, organisationsnummer 802480-1154.

## 2. Giltighet

Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2028.

## 3. Ekonomi

${table}
`;

describe('a column of each row\'s total beside the columns of its parts', () => {
  test('"Lön kr/år | Sociala avgifter | Totalt kr/år": the total column is the amount, confirmed by the rows and the total', () => {
    const a = agreement(
      doc(`| Post | Part | Lön kr/år | Sociala avgifter | Totalt kr/år |
|---|---|---|---|---|
| Samordnare 0,4 åa | Borlänge kommun | 172 000 | 54 042 | 226 042 |
| Lokal | Borlänge kommun | | | 60 000 |
| Läxhjälpare 0,6 åa | Föreningen | 240 000 | 75 408 | 315 408 |
| Ideellt arbete | Föreningen | | | 48 000 |
| Totalt | | | | 649 450 |`),
    );
    expect(a.costItems.map((c) => [c.label, c.annualAmount])).toEqual([
      ['Samordnare 0,4 åa', 226042],
      ['Lokal', 60000],
      ['Läxhjälpare 0,6 åa', 315408],
      ['Ideellt arbete', 48000],
    ]);
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([286042, 363408]);
    expect(a.annualTotal).toBe(649450);
    expect(a.obtained.annualTotal).toBe('reconciled');
    expect(economyCodes(a)).toEqual([]);
  });

  test('headers without a unit ("Bruttolön | Arbetsgivaravgift | Summa") and a total column named last ("Kostnad totalt")', () => {
    for (const header of ['| Post | Part | Bruttolön | Arbetsgivaravgift | Summa |', '| Post | Part | Lön | PO 31,42 % | Kostnad totalt |']) {
      const a = agreement(
        doc(`${header}
|---|---|---|---|---|
| Samordnare | Borlänge kommun | 172 000 | 54 042 | 226 042 |
| Läxhjälpare | Föreningen | 240 000 | 75 408 | 315 408 |`),
      );
      expect(a.costItems.map((c) => c.annualAmount)).toEqual([226042, 315408]);
    }
  });

  test('monthly parts and a monthly total ("Lön/mån | PO/mån | Summa/mån"): the total × 12', () => {
    const a = agreement(
      doc(`| Post | Part | Lön/mån | PO/mån | Summa/mån |
|---|---|---|---|---|
| Samordnare | Borlänge kommun | 20 000 | 6 284 | 26 284 |
| Läxhjälpare | Föreningen | 10 000 | 3 142 | 13 142 |`),
    );
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([315408, 157704]);
  });

  test('a row whose parts do not add up to its total: the total column is read, and the warning names it and the row', () => {
    const a = agreement(
      doc(`| Post | Part | Lön kr/år | PO kr/år | Summa kr/år |
|---|---|---|---|---|
| Samordnare | Borlänge kommun | 172 000 | 54 042 | 226 000 |
| Läxhjälpare | Föreningen | 240 000 | 75 408 | 315 408 |`),
    );
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([226000, 315408]);
    const warned = a.warnings.find((w) => w.code === 'AMBIGUOUS' && w.field === 'costItems');
    expect(warned?.message).toContain('”Summa kr/år”');
    expect(warned?.message).toMatch(/”Samordnare” 226\s042 kr, inte 226\s000 kr/);
  });

  test('a Summa column after year columns sums the years: the first year\'s column stays the amount', () => {
    const a = agreement(
      doc(`| Post | Part | 2027 | 2028 | Summa |
|---|---|---|---|---|
| Samordnare | Borlänge kommun | 226 000 | 231 000 | 457 000 |
| Läxhjälpare | Föreningen | 315 000 | 315 000 | 630 000 |`),
    );
    expect(a.costItems.map((c) => [c.annualAmount, c.yearAmounts?.map((y) => y.amount)])).toEqual([
      [226000, [226000, 231000]],
      [315000, undefined],
    ]);
  });
});

describe('a committee in the Part column or as a column is its municipality\'s or region\'s', () => {
  const parties = (lines: string) => `# Överenskommelse om idéburet offentligt partnerskap – Fritid i Gäddeholm

## Parter

${lines}

## Giltighet

Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2028.

## Ekonomi

`;
  const ONE_MUNICIPALITY = `Västerås stad (212000-2080), som företräds av individ- och familjenämnden och kultur-, idrotts- och fritidsnämnden.

Föreningen Gäddeholms Vänner (802480-1154).`;

  test('two committees of one municipality, each with its rows and its "Summa" row: the municipality\'s share is both blocks', () => {
    const a = agreement(`${parties(ONE_MUNICIPALITY)}| Post | Finansiär | Kr/år |
|---|---|---|
| Fältsekreterare | Individ- och familjenämnden | 310 000 |
| Summa individ- och familjenämnden | | 310 000 |
| Fritidsledare | Kultur-, idrotts- och fritidsnämnden | 280 000 |
| Lokal | Kultur-, idrotts- och fritidsnämnden | 90 000 |
| Summa kultur-, idrotts- och fritidsnämnden | | 370 000 |
| Ideellt arbete | Föreningen | 150 000 |
| Summa föreningen | | 150 000 |
| Totalt | | 830 000 |
`);
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Västerås stad', 310000],
      ['Västerås stad', 280000],
      ['Västerås stad', 90000],
      ['Föreningen Gäddeholms Vänner', 150000],
    ]);
    expect(a.contributions).toEqual([
      { party: 'Västerås stad', annualAmount: 680000 },
      { party: 'Föreningen Gäddeholms Vänner', annualAmount: 150000 },
    ]);
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'reconciled', annualTotal: 'reconciled' });
    expect(economyCodes(a)).toEqual([]);
  });

  test('"Staden" and a committee as column headers ("Post | Nämnden för arbete och välfärd | Föreningen")', () => {
    for (const column of ['Staden', 'Nämnden för arbete och välfärd', 'Kommunstyrelsen']) {
      const a = agreement(`${parties(ONE_MUNICIPALITY)}| Post | ${column} | Föreningen |
|---|---|---|
| Personal | 400 000 | 120 000 |
| Lokal | 90 000 | |
`);
      expect(a.contributions).toEqual([
        { party: 'Västerås stad', annualAmount: 490000 },
        { party: 'Föreningen Gäddeholms Vänner', annualAmount: 120000 },
      ]);
    }
  });

  const MUNICIPALITY_AND_REGION = `1. Sala kommun, organisationsnummer 212000-2080.
2. Region Västmanland, organisationsnummer 232100-0172.
3. Föreningen Gäddeholms Vänner, organisationsnummer 802480-1154.`;

  test('a municipality and a region: a committee of one kind is that party\'s; one either could have is left out with a warning', () => {
    const a = agreement(`${parties(MUNICIPALITY_AND_REGION)}| Post | Part | Kr/år |
|---|---|---|
| Fältsekreterare | Socialnämnden | 310 000 |
| Sjuksköterska | Hälso- och sjukvårdsnämnden | 420 000 |
| Kulturaktiviteter | Kulturnämnden | 60 000 |
| Ideellt arbete | Föreningen | 150 000 |
`);
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Sala kommun', 310000],
      ['Region Västmanland', 420000],
      ['Föreningen Gäddeholms Vänner', 150000],
    ]);
    const warned = a.warnings.filter((w) => w.code === 'AMBIGUOUS' && w.field === 'costItems').map((w) => w.message);
    expect(warned).toEqual(expect.arrayContaining([expect.stringContaining('Kulturnämnden')]));
  });

  test('two municipalities: "Socialnämnden" names neither, and its rows are left out with a warning', () => {
    const a = agreement(`${parties(`1. Sala kommun, organisationsnummer 212000-2080.
2. Heby kommun, organisationsnummer 212000-0290.
3. Föreningen Gäddeholms Vänner, organisationsnummer 802480-1154.`)}| Post | Part | Kr/år |
|---|---|---|
| Fältsekreterare | Socialnämnden | 310 000 |
| Ideellt arbete | Föreningen | 150 000 |
`);
    expect(a.costItems.map((c) => c.party)).toEqual(['Föreningen Gäddeholms Vänner']);
    expect(codes(a)).toContain('AMBIGUOUS:costItems');
  });

  test('a board that is not a committee ("Styrelsen") and a committee of another body ("Socialnämnden i Heby") name no party', () => {
    const a = agreement(`${parties(ONE_MUNICIPALITY)}| Post | Part | Kr/år |
|---|---|---|
| Administration | Styrelsen | 40 000 |
| Fältsekreterare | Socialnämnden i Heby | 310 000 |
| Fritidsledare | Kultur-, idrotts- och fritidsnämnden | 280 000 |
`);
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([['Västerås stad', 280000]]);
    expect(codes(a)).toContain('AMBIGUOUS:costItems');
  });
});

describe('a table whose Summa row a page break set on the next page without the table\'s columns', () => {
  // PDF text: each page is laid out on its own, so the last row, alone on the new page, has two cells, not three.
  const BROKEN = `Överenskommelse om idéburet offentligt partnerskap – Läxhjälp Tjärna

Parter
Borlänge kommun, organisationsnummer 212000-2080, genom barn- och utbildningsnämnden.
Föreningen Studiekamraterna i Tjärna ängar, organisationsnummer 802480-1154.

Ekonomi
Part\tInsats\tKronor per år
Kommunen\tSamordnare, halvtid\t260 000
Kommunen\tLokal i Tjärnaskolan, värderad\t70 000
Föreningen\tIdeella läxhjälpare, 1 000 timmar à 200 kr\t200 000

Summa\t530 000

Giltighet
Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2028.
`;

  test('"Summa | 530 000" is the table\'s total: it confirms the rows', () => {
    const a = agreement(BROKEN, 'x.txt');
    expect(a.annualTotal).toBe(530000);
    expect(a.obtained).toMatchObject({ annualTotal: 'reconciled', 'costItems[0]': 'reconciled', 'costItems[2]': 'reconciled' });
    expect(economyCodes(a)).toEqual([]);
  });

  test('a Summa row that does not add up is still read as the total, and says so', () => {
    const a = agreement(BROKEN.replace('Summa\t530 000', 'Summa\t560 000'), 'x.txt');
    expect(a.annualTotal).toBe(560000);
    expect(economyCodes(a)).toContain('TOTAL_MISMATCH:annualTotal');
  });
});
