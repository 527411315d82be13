import { importText, toContractJson } from '../../../src/import';

/**
 * An amendment that restates the agreement's old amounts and then states the new ones: the new amounts count, the old
 * ones and the size of the change do not (an INFERRED warning names what gave way). Only in a document that is an
 * amendment ("Tilläggsavtal", "Ändringsavtal", "Ändring av överenskommelse"): in an agreement, a raise in a later
 * year is a stepped amount, not a replacement. The documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const doc = (title: string, background: string, changes: string) => `${title} om idéburet offentligt partnerskap Sommarcaféet

Parter
Tjörns kommun, socialnämnden, org.nr 212000-1405
Föreningen Hamnvänner, org.nr 802511-2239

§ 1 Bakgrund
Parterna tecknade den 10 mars 2025 en överenskommelse för perioden 2025-04-01–2027-03-31. ${background}

§ 2 Ändringar
${changes}

§ 3 Övriga villkor
Överenskommelsens övriga villkor gäller oförändrade.
`;

const OLD = 'Enligt punkt 5 i överenskommelsen uppgår kommunens bidrag till 300 000 kronor per år och föreningens insats till 120 000 kronor per år.';
const NEW =
  '2.1 Från och med den 1 januari 2026 höjs kommunens bidrag till 350 000 kronor per år. Höjningen om 50 000 kronor avser personal.\n' +
  '2.2 Föreningens insats utökas med ideellt arbete motsvarande 200 timmar à 150 kronor, det vill säga 30 000 kronor, och uppgår därefter till 150 000 kronor per år.\n' +
  '2.3 Partnerskapets totala värde uppgår efter ändringen till 500 000 kronor per år.';
const EXPECTED = { 'Tjörns kommun': 350000, 'Föreningen Hamnvänner': 150000 };

describe('an amendment\'s new amounts', () => {
  test('old amounts restated in § 1, new ones in § 2 with the increase stated: the new amounts count', () => {
    const a = agreement(doc('Tilläggsavtal nr 1 till överenskommelse', OLD, NEW));
    expect(amounts(a)).toEqual(EXPECTED);
    expect(a.annualTotal).toBe(500000);
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'INFERRED', field: 'contributions', message: expect.stringMatching(/300.000 kr/) }));
  });

  test.each([
    ['"Ändringsavtal", "höjs från … till …"', 'Ändringsavtal till överenskommelse', 'Kommunens bidrag höjs från 300 000 kronor till 350 000 kronor per år. Föreningens insats ändras till 150 000 kronor per år.'],
    ['"Ändring av överenskommelse", "ändras till", "ökas till"', 'Ändring av överenskommelse', 'Kommunens bidrag ändras till 350 000 kronor per år. Föreningens insats ökas till 150 000 kronor per år.'],
    ['"Tillägg till avtal", "uppgår efter ändringen till"', 'Tillägg till avtal', 'Kommunens bidrag uppgår efter ändringen till 350 000 kronor per år. Föreningens insats uppgår efter ändringen till 150 000 kronor per år.'],
  ])('%s', (_, title, changes) => {
    expect(amounts(agreement(doc(title, OLD, changes)))).toEqual(EXPECTED);
  });

  test('in an agreement, not an amendment, a later raise does not replace the first year\'s amount', () => {
    const text = doc('Överenskommelse', '', 'Kommunen bidrar med 300 000 kronor per år och föreningen med 120 000 kronor per år. Från och med 2027 höjs kommunens bidrag till 350 000 kronor per år.');
    expect(agreement(text).contributions.map((c) => c.annualAmount)).not.toContain(350000);
  });
});
