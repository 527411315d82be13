import { importText, toContractJson } from '../../../src/import';

/**
 * One public party (a municipality) acting through two committees: the amounts stand in a column per committee headed
 * only by its name, or in sentences that name each committee. Both are the municipality's: its contribution is their
 * sum and each amount is a cost item. A committee column no party can be given to is warned, never silently dropped.
 * The documents are written for these tests.
 */
const agreement = (text: string, file = 'x.md') => toContractJson(importText(text, file)).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const PARTIES = `## Parter

* **Tjörns kommun**, org.nr 212000-1405, genom socialnämnden och kultur- och fritidsnämnden (gemensamt *nämnderna*)
* **Föreningen Hamnvänner**, org.nr 802511-2239 (*föreningen*)
`;

const tableDoc = (header: string, rows: string, after = '') => `# Överenskommelse om idéburet offentligt partnerskap – Mötesplats Hamnen

${PARTIES}
## Ekonomi

Belopp i kronor per år.

${header}
${rows}

${after}

## Avtalstid

Överenskommelsen gäller fr.o.m. 2026-01-01 t.o.m. 2027-12-31.
`;

const ROWS = `| Verksamhetsbidrag | 500 000 | | |
| Aktivitetsbidrag | | 80 000 | |
| Ideellt arbete, 600 timmar à 150 kr | | | 90 000 |
| Lokalhyra | | | 120 000 |
| **Summa** | **500 000** | **80 000** | **210 000** |`;

describe('a column per committee of one municipality', () => {
  test('both committee columns are the municipality\'s: its share is their sum, each row an item', () => {
    const a = agreement(tableDoc('| Post | Socialnämnden | Kultur- och fritidsnämnden | Föreningen |\n|---|---:|---:|---:|', ROWS, 'Totalt per år: **790 000 kr**'));
    expect(amounts(a)).toEqual({ 'Tjörns kommun': 580000, 'Föreningen Hamnvänner': 210000 });
    expect(a.costItems).toHaveLength(4);
    expect(a.annualTotal).toBe(790000);
    expect(a.warnings.filter((w) => w.code === 'AMBIGUOUS' || w.code === 'TOTAL_MISMATCH')).toEqual([]);
  });

  test('other committees and the civil party by name, kronor in the headers, no total row', () => {
    const header = '| Insats | Barn- och utbildningsnämnden (kr) | Arbetsmarknadsnämnden (kr) | Föreningen Hamnvänner (kr) |\n|---|---:|---:|---:|';
    const rows = ROWS.split('\n').slice(0, 4).join('\n');
    const a = agreement(tableDoc(header, rows).replace('socialnämnden och kultur- och fritidsnämnden', 'barn- och utbildningsnämnden och arbetsmarknadsnämnden'));
    expect(amounts(a)).toEqual({ 'Tjörns kommun': 580000, 'Föreningen Hamnvänner': 210000 });
    expect(a.costItems).toHaveLength(4);
  });

  test('the committee columns with the civil side before them', () => {
    const header = '| Post | Föreningen | Socialnämnden | Kultur- och fritidsnämnden |\n|---|---:|---:|---:|';
    const rows = `| Verksamhetsbidrag | | 500 000 | |
| Aktivitetsbidrag | | | 80 000 |
| Lokalhyra | 120 000 | | |
| Summa | 120 000 | 500 000 | 80 000 |`;
    const a = agreement(tableDoc(header, rows));
    expect(amounts(a)).toEqual({ 'Tjörns kommun': 580000, 'Föreningen Hamnvänner': 120000 });
  });

  test('a committee column that could be either of two municipalities is warned, not silently dropped', () => {
    const two = tableDoc('| Post | Socialnämnden | Kultur- och fritidsnämnden | Föreningen |\n|---|---:|---:|---:|', ROWS).replace(
      '* **Tjörns kommun**, org.nr 212000-1405, genom socialnämnden och kultur- och fritidsnämnden (gemensamt *nämnderna*)',
      '* Tjörns kommun, org.nr 212000-1405, genom socialnämnden\n* Orusts kommun, org.nr 212000-1876, genom utbildningsnämnden',
    );
    const a = agreement(two);
    expect(a.contributions.map((c) => c.annualAmount)).not.toContain(580000);
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS', field: 'contributions', message: expect.stringMatching(/Kultur- och fritidsnämnden/) }));
  });
});

const proseDoc = (economy: string) => `Överenskommelse om idéburet offentligt partnerskap – Mötesplats Hamnen

Parter
Tjörns kommun, org.nr 212000-1405, genom socialnämnden och kultur- och fritidsnämnden.
Föreningen Hamnvänner, org.nr 802511-2239.

Ekonomi
${economy}
Föreningen bidrar med ideellt arbete värderat till 120 000 kr per år.

Giltighet
Överenskommelsen gäller från och med 2026-01-01 till och med 2027-12-31.
`;

describe('each committee\'s amount in sentences', () => {
  test.each([
    ['one sentence, the verb carried over', 'Socialnämnden bidrar med 400 000 kr per år och kultur- och fritidsnämnden med 150 000 kr per år.'],
    ['two sentences', 'Socialnämnden står för 400 000 kr per år. Kultur- och fritidsnämnden står för 150 000 kr per år.'],
    ['a grant named per committee', 'Socialnämnden lämnar ett verksamhetsbidrag om 400 000 kr per år. Kultur- och fritidsnämnden lämnar ett aktivitetsbidrag om 150 000 kr per år.'],
    ['the municipality\'s sum with its committees as "varav"', 'Kommunens bidrag uppgår till 550 000 kr per år, varav socialnämnden står för 400 000 kr och kultur- och fritidsnämnden för 150 000 kr.'],
    ['"nämnderna" with their sum and each part', 'Nämnderna bidrar tillsammans med 550 000 kr per år: socialnämnden med 400 000 kr och kultur- och fritidsnämnden med 150 000 kr.'],
  ])('%s', (_, economy) => {
    const a = agreement(proseDoc(economy), 'x.txt');
    expect(amounts(a)).toEqual({ 'Tjörns kommun': 550000, 'Föreningen Hamnvänner': 120000 });
    expect(a.annualTotal).toBe(670000);
  });

  test('the same amount from each committee is two parts, not one stated twice', () => {
    const a = agreement(proseDoc('Socialnämnden bidrar med 200 000 kr per år och kultur- och fritidsnämnden med 200 000 kr per år.'), 'x.txt');
    expect(amounts(a)).toEqual({ 'Tjörns kommun': 400000, 'Föreningen Hamnvänner': 120000 });
  });

  test('a second statement of the share by the same committee is still one share', () => {
    const a = agreement(proseDoc('Socialnämnden bidrar med 400 000 kr per år. Socialnämndens bidrag på 400 000 kr betalas ut kvartalsvis.'), 'x.txt');
    expect(amounts(a)['Tjörns kommun']).toBe(400000);
  });
});
