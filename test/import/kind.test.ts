import { importText, ImportError, toContractJson } from '../../src/import';
import { publicOnly } from '../../src/import/kind';
import { buildSource } from '../../src/import/text/source';

/**
 * What kind of document it is, and what is no IOP at all (src/import/kind.ts). Documents written for these tests.
 */
/** Whether the text would be refused as public-only when the party rules found no civil party in it. */
const onlyPublicRead = (text: string) => publicOnly(buildSource(text), [{ parties: [{ sector: 'public' }] }]);

const refusal = (text: string): string | null => {
  try {
    importText(text, 'x.txt');
    return null;
  } catch (e) {
    return e instanceof ImportError ? `${e.code}: ${e.message}` : 'other';
  }
};
const PUBLIC_ONLY = /^NOT_IOP: .*offentliga parter/;

describe('an agreement between public bodies only is not an IOP', () => {
  const YOUTH_CLINIC = `SAMVERKANSÖVERENSKOMMELSE
Ungdomsmottagning Bergslagen

1. Parter
Region Örebro län, org.nr 232100-0164, genom hälso- och sjukvårdsnämnden
Lindesbergs kommun, org.nr 212000-1983, genom socialnämnden
Nora kommun, org.nr 212000-1967, genom socialnämnden

2. Syfte
Parterna driver tillsammans en ungdomsmottagning för unga mellan 13 och 25 år. Överenskommelsen är en
samverkan mellan offentliga huvudmän.

3. Kostnader
Mottagningens budget för 2027 är 2 400 000 kronor. Regionen står för hälften, 1 200 000 kronor, och
kommunerna delar resten efter folkmängd:
  Lindesbergs kommun    23 700    72 %    864 000 kr
  Nora kommun            9 200    28 %    336 000 kr

4. Avtalstid
Avtalet gäller 2027-01-01 – 2029-12-31 och förlängs med ett år i sänder om ingen part säger upp det.
`;

  test('a samverkansavtal between a region and two kommuner, with a budget and a period, is refused as no IOP', () => {
    expect(refusal(YOUTH_CLINIC)).toMatch(PUBLIC_ONLY);
  });

  test('so is a partnership between a kommun, the police and a samordningsförbund', () => {
    const text = `Partnerskapsöverenskommelse om trygghetsarbete i Gottsunda

Parter: Uppsala kommun (212000-3005), Polismyndigheten (202100-0076) och Samordningsförbundet Uppsala län (222000-1354).

Uppsala kommun bidrar med 500 000 kronor per år, Polismyndigheten med 250 000 kronor per år och
samordningsförbundet med 150 000 kronor per år. Överenskommelsen gäller från och med 1 mars 2027 till och med
28 februari 2029.
`;
    expect(refusal(text)).toMatch(PUBLIC_ONLY);
  });

  test('so is a memo proposing an agreement with a region, about "samverkan" and "partnerskapet" but no non-profit', () => {
    const memo = `Tjänsteskrivelse\n\nFörslag till beslut\nSocialnämnden föreslås ingå en överenskommelse med Region Uppsala om samverkan.\n\nÄrende\nSocialnämnden bidrar med 300 000 kr per år till partnerskapet.`;
    expect(refusal(memo)).toMatch(PUBLIC_ONLY);
  });

  test('associations mentioned in passing ("lokala föreningar", "ideella krafter") are no counterpart', () => {
    const text = `ÖVERENSKOMMELSE OM SAMVERKAN – Trygg i Nora

Parter
Nora kommun, org.nr 212000-1967, genom kommunstyrelsen
Polismyndigheten, polisregion Bergslagen, org.nr 202100-0076

Syfte
Parterna ska tillsammans med lokala föreningar, civilsamhället och ideella krafter öka tryggheten i centrum.

Ekonomi
Kommunen avsätter 250 000 kronor per år till trygghetsvandringar. Överenskommelsen gäller 2027-01-01 – 2028-12-31.
`;
    expect(refusal(text)).toMatch(PUBLIC_ONLY);
    // One named association, or the word for the partnership, and it is no longer refused on this ground.
    expect(onlyPublicRead(text.replace('lokala föreningar', 'Föreningen Nora Nattvandrare'))).toBe(false);
    expect(onlyPublicRead(text.replace('lokala föreningar', 'Nora Hembygdsförening'))).toBe(false);
    expect(onlyPublicRead(text.replace('lokala föreningar', 'en idéburen organisation'))).toBe(false);
  });

  test('an agreement whose non-profit the party rules miss is not refused when it names the partnership an IOP', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap – Nattvandrarna i Nora

Nora kommun och Nattvandrarna i Bergslagen ingår härmed denna överenskommelse.

Kommunen bidrar med 150 000 kronor per år. Överenskommelsen gäller 2027-01-01 – 2027-12-31.
`;
    expect(onlyPublicRead(text)).toBe(false);
  });

  test('a decision memo that names its counterpart only in its prose is not refused', () => {
    const text = `Tjänsteskrivelse
Nora kommun, socialförvaltningen

Förslag till beslut
Socialnämnden beslutar att ingå partnerskap med Kvinnojouren Linnea om 340 000 kronor per år för perioden
1 januari 2027 – 31 december 2028.

Ärendet
Jouren har sedan 2015 erbjudit skyddat boende i kommunen. Jouren bidrar med ideellt arbete värderat till
120 000 kronor per år.
`;
    expect(onlyPublicRead(text)).toBe(false);
    expect(refusal(text)).toBeNull();
    expect(toContractJson(importText(text, 'x.txt')).documentKind).toBe('decision');
  });

  test('a non-profit known only by its org number (first digit 8) is enough', () => {
    const text = `Överenskommelse om samverkan kring läxhjälp

Mellan Nora kommun, org.nr 212000-1967, och Läxhjälpen Nora, org.nr 802481-7440.

Kommunen betalar 80 000 kronor per år. Överenskommelsen gäller 2027-01-01 – 2027-12-31.
`;
    expect(onlyPublicRead(text)).toBe(false);
  });

  test('a sports club named by its abbreviation is enough', () => {
    const text = `Överenskommelse om partnerskap för lovaktiviteter

Mellan Nora kommun och Nora IF. Kommunen betalar 60 000 kronor per år. Överenskommelsen gäller 2027-06-01 – 2027-08-31.
`;
    expect(onlyPublicRead(text)).toBe(false);
    expect(onlyPublicRead(text.replace(' och Nora IF', ''))).toBe(true);
  });
});
