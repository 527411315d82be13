import { importText, toContractJson } from '../../../src/import';

/**
 * A party's amount in prose followed by its parts, after "varav" or a colon, in mnkr with decimals: the parts are
 * inside the party's amount, never added to it, also the second and later parts ("varav 0,9 mnkr … och 0,45 mnkr …").
 * The documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const doc = (economy: string) => `Överenskommelse om idéburet offentligt partnerskap – Vägvisaren

Parter
Tjörns kommun, org.nr 212000-1405, genom socialnämnden.
Föreningen Hamnvänner, org.nr 802511-2239.

Ekonomi
${economy}

Giltighet
Överenskommelsen gäller från och med 2026-05-01 till och med 2028-04-30.
`;

const EXPECTED = { 'Tjörns kommun': 1350000, 'Föreningen Hamnvänner': 620000 };

describe('parts of a party\'s amount after "varav" or a colon', () => {
  test.each([
    [
      'varav on the public side, a colon on the civil side',
      'Nämndens kostnad beräknas till 1,35 mnkr per år, varav 0,9 mnkr är ett verksamhetsbidrag till föreningen och 0,45 mnkr avser en samordnare. Föreningens insats värderas till 0,62 mnkr per år: ideellt arbete 0,4 mnkr och lokaler 0,22 mnkr. Partnerskapets sammanlagda värde blir därmed 1,97 mnkr per år.',
    ],
    [
      'varav on both sides, parts separated by commas',
      'Kommunen bidrar med 1,35 mnkr per år, varav 0,9 mnkr i verksamhetsbidrag, 0,3 mnkr för en samordnare och 0,15 mnkr i lokalkostnad. Föreningen bidrar med 0,62 mnkr per år, varav 0,4 mnkr ideellt arbete och 0,22 mnkr lokaler. Det sammanlagda värdet är 1,97 mnkr per år.',
    ],
    [
      'kronor, the parts listed after a colon on both sides',
      'Kommunens insats uppgår till 1 350 000 kronor per år: verksamhetsbidrag 900 000 kronor och samordnare 450 000 kronor. Föreningens insats uppgår till 620 000 kronor per år: ideellt arbete 400 000 kronor och lokaler 220 000 kronor. Partnerskapets totala värde är 1 970 000 kronor per år.',
    ],
  ])('%s', (_, economy) => {
    const a = agreement(doc(economy));
    expect(amounts(a)).toEqual(EXPECTED);
    expect(a.annualTotal).toBe(1970000);
    expect(a.warnings.filter((w) => w.code === 'TOTAL_MISMATCH')).toEqual([]);
  });

  test('a "varav" clause that names its own payer still books that payer\'s share', () => {
    const a = agreement(doc('Partnerskapets sammanlagda värde är 1,97 mnkr per år, varav kommunen står för 1,35 mnkr och föreningen för 0,62 mnkr.'));
    expect(amounts(a)).toEqual(EXPECTED);
  });

  test('a colon before the first amount lists the party\'s lines, which are its share', () => {
    const a = agreement(doc('Kommunen bidrar med följande: verksamhetsbidrag 900 000 kr per år och en samordnare värderad till 450 000 kr per år.\nFöreningen bidrar med ideellt arbete värderat till 620 000 kr per år.'));
    expect(amounts(a)).toEqual(EXPECTED);
  });
});
