import { importText, toContractJson } from '../../../src/import';

/**
 * Volunteers' hours written with an adjective ("1 500 ideella timmar", "800 frivilliga timmar") times their rate, the
 * product restated in parentheses, and a sentence that breaks one table row down (economy/salary.ts, prose.ts,
 * read.ts restatedLines). Documents written for these tests.
 */
const doc = (economy: string) => `Överenskommelse om idéburet offentligt partnerskap

Läxhjälp Sörby

1. Parter
Sörby kommun genom kultur- och fritidsnämnden, org.nr 212000-0142, och Föreningen Läxstugan Sörby, org.nr 802477-1787.

2. Avtalstid
Överenskommelsen gäller från och med den 1 januari 2028 till och med den 31 december 2029.

3. Ekonomi
${economy}
`;

const CIVIL = 'Föreningen Läxstugan Sörby';
const read = (economy: string) => toContractJson(importText(doc(economy), 'x.md')).agreements[0];
const civil = (a: ReturnType<typeof read>) => a.contributions.find((c) => c.party === CIVIL)?.annualAmount;

describe('hours with an adjective at an hourly rate', () => {
  test('"1 500 ideella timmar per år, värderade till 200 kronor per timme" is 300 000 kr', () => {
    const a = read('Kommunen bidrar med 450 000 kronor per år. Föreningen bidrar med 1 500 ideella timmar per år, värderade till 200 kronor per timme.');
    expect(civil(a)).toBe(300000);
    expect(a.annualTotal).toBe(750000);
  });

  test('the product restated in parentheses is not counted again; the valued room beside it adds', () => {
    const a = read('Kommunen bidrar med 450 000 kronor per år. Föreningens insats består av 800 frivilliga timmar à 225 kronor (180 000 kronor) och egen lokal värderad till 40 000 kronor per år.');
    expect(civil(a)).toBe(220000);
  });

  test('a colon list of the parts after the party\'s stated share is its breakdown, not more money', () => {
    const a = read('Kommunen bidrar med 450 000 kronor per år. Föreningens insats värderas till 220 000 kronor per år: 800 ideella timmar à 225 kronor (180 000 kronor) samt egen utrustning (40 000 kronor).');
    expect(civil(a)).toBe(220000);
    expect(a.warnings.filter((w) => w.field?.startsWith('contributions') && /två olika belopp/u.test(w.message))).toEqual([]);
  });

  test('a sentence that breaks the party\'s table row down leaves the row standing', () => {
    const a = read(`| Insats | kr/år |
|---|---|
| Kommunen, bidrag | 365 000 |
| Föreningen, ideell tid och lokal | 160 000 |
| Totalt | 525 000 |

Föreningens insats består av 600 ideella timmar à 200 kronor (120 000 kronor) och egen lagerlokal värderad till 40 000 kronor per år.`);
    expect(civil(a)).toBe(160000);
    expect(a.annualTotal).toBe(525000);
    expect(a.warnings.filter((w) => /två olika belopp|TOTAL_MISMATCH/u.test(`${w.code} ${w.message}`))).toEqual([]);
  });
});
