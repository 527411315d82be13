import { importText } from '../../src/import';
import { refusal } from './refusal';

/**
 * A letter of intent or a declaration (the parties intend to investigate or enter a partnership later, no money) is
 * not an IOP document (src/import/intent.ts); an agreement that mentions the letter of intent before it still imports.
 * Documents written for these tests.
 */
const INTENT = /^NOT_IOP: Dokumentet är en avsiktsförklaring/;

const LETTER = `Storby kommun · Kommunledningskontoret · Dnr KS 2026.101

Avsiktsförklaring om framtida samverkan kring en mötesplats

Parter

Part\tOrganisationsnummer
Storby kommun, genom kommunstyrelsen\t212000-2189
Föreningen Grannar i Ängen\t802533-4510

Parternas avsikt

Parterna avser att under 2027 gemensamt utreda förutsättningarna för ett idéburet offentligt partnerskap (IOP) om en mötesplats. Parterna avser att träffas minst fyra gånger under 2027.

Ekonomi

Avsiktsförklaringen innebär inga ekonomiska åtaganden för någon av parterna. Varje part står för sina egna kostnader.

Giltighet

Avsiktsförklaringen är inte juridiskt bindande. Den gäller från undertecknandet till och med 2027-12-31.
`;

describe('a letter of intent without money is refused', () => {
  test('an "Avsiktsförklaring" with a party table, org numbers, a period and an Ekonomi heading', () => {
    expect(refusal(LETTER)).toMatch(INTENT);
  });

  test.each([
    ['Intentionsavtal om samverkan kring läxhjälp', 'Intentionsavtalet'],
    ['Viljeinriktning för ett framtida partnerskap om fritidsgårdar', 'Viljeinriktningen'],
    ['Gemensam samverkansavsikt – Ängens mötesplats', 'Samverkansavsikten'],
    ['# Avsiktsdeklaration: civilsamhället och kommunen i Storby', 'Deklarationen'],
  ])('titled "%s"', (title, self) => {
    const text = LETTER.replace('Avsiktsförklaring om framtida samverkan kring en mötesplats', title).replace(/Avsiktsförklaringen/g, self);
    expect(refusal(text)).toMatch(INTENT);
  });

  test('untitled, but it binds nobody and the parties only intend to enter a partnership later', () => {
    const text = LETTER.replace('Avsiktsförklaring om framtida samverkan kring en mötesplats', 'Samverkan kring en mötesplats i Ängen')
      .replace(/Avsiktsförklaringen/g, 'Dokumentet');
    expect(refusal(text)).toMatch(INTENT);
  });
});

describe('an agreement that mentions a letter of intent still imports', () => {
  const AGREEMENT = `Överenskommelse om idéburet offentligt partnerskap – Ängens mötesplats

Mellan Storby kommun (org.nr 212000-2189) och Föreningen Grannar i Ängen (org.nr 802533-4510) har följande överenskommelse träffats.

1. Bakgrund
Avsiktsförklaringen från 2024 följs nu av detta avtal. Parterna avsåg då att utreda ett partnerskap.

2. Ekonomi
Kommunen bidrar med 300 000 kr per år. Föreningen bidrar med ideellt arbete värderat till 100 000 kr per år.

3. Giltighet
Överenskommelsen gäller från och med 2027-01-01 till och med 2028-12-31.
`;

  test('the title is an agreement\'s and it has amounts', () => {
    expect(refusal(AGREEMENT)).toBeNull();
    const [a] = importText(AGREEMENT, 'x.txt').agreements;
    expect(a.annualTotal ?? a.contributions.length).toBeTruthy();
  });

  test('"Överenskommelse … efter avsiktsförklaring" in the title is an agreement', () => {
    const text = AGREEMENT.replace('– Ängens mötesplats', '– Ängens mötesplats (efter avsiktsförklaring 2024)');
    expect(refusal(text)).toBeNull();
  });

  test('an agreement that says it is not legally binding but has money is no letter of intent', () => {
    const text = AGREEMENT.replace('Parterna avsåg då att utreda ett partnerskap.', 'Överenskommelsen är inte juridiskt bindande. Parterna avser att pröva ett längre partnerskap efter 2028.');
    expect(refusal(text)).toBeNull();
  });
});
