import { importText, toContractJson } from '../../../src/import';

/**
 * A rate of indexation written out in words (fields/indexation.ts): whole numbers, "och en halv", "komma" and a
 * half alone; a sentence that says another party's amounts are not indexed is no reason to drop the stated rate.
 * Documents written for these tests.
 */
const agreement = (index: string) =>
  toContractJson(
    importText(
      `Överenskommelse om idéburet offentligt partnerskap

Kvällsöppet i Åsbro

1. Parter
Åsbro kommun genom socialnämnden, org.nr 212000-1546, och Föreningen Kvällsljuset Åsbro, org.nr 802477-1787.

2. Ekonomi
Kommunen bidrar med 400 000 kronor per år. Föreningen bidrar med ideellt arbete värt 150 000 kronor per år.
Kommunen svarar för 70 procent av verksamhetens kostnader.
${index}

3. Avtalstid
Överenskommelsen gäller från och med den 1 mars 2027 till och med den 28 februari 2029.
`,
      'x.txt',
    ),
  ).agreements[0];

describe('a rate of indexation in words', () => {
  test.each<[string, number]>([
    ['Kommunens bidrag räknas upp årligen med två och en halv procent.', 0.025],
    ['Bidraget räknas upp med en och en halv procent per år.', 0.015],
    ['Bidraget räknas upp med tre och en halv procent inför varje nytt avtalsår.', 0.035],
    ['Bidraget räknas upp med två komma fem procent per år.', 0.025],
    ['Bidraget räknas upp med ett komma åtta procent per år.', 0.018],
    ['Bidraget räknas upp med en halv procent per år.', 0.005],
    ['Bidraget räknas upp med två procent per år.', 0.02],
  ])('%s', (clause, rate) => {
    expect(agreement(clause).indexation?.rate).toBe(rate);
  });

  test('the rate in words is read, not dropped for the other party\'s "räknas inte upp" nor taken from another percentage', () => {
    const a = agreement('Kommunens bidrag räknas upp årligen med två och en halv procent. Föreningens insatser räknas inte upp.');
    expect(a.indexation?.rate).toBe(0.025);
    expect(a.warnings.filter((w) => w.field === 'indexation')).toEqual([]);
  });

  test('"tre procent" inside a longer word is no rate', () => {
    const a = agreement('Bidraget räknas upp enligt nämndens beslut om budgetramar, högst fyrtiotre procent av ökningen.');
    expect(a.indexation?.rate ?? null).not.toBe(0.03);
  });
});
