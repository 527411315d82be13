import { importText } from '../../src/import';
import { refusal } from './refusal';
import { deniesItself } from '../../src/import/kind';

/**
 * Documents that say of themselves that they are no IOP (kind.ts DENIES_IOP, deniesItself): a grant decision that is
 * "varken en upphandling eller en överenskommelse om IOP", an agreement between two public bodies that "är inte ett
 * IOP" and where "ingen idéburen organisation är part". A real IOP whose background denies something else ("Det
 * tidigare föreningsbidraget är inte ett IOP") still imports. Documents written for these tests.
 */
const SELF_DENIAL = /^NOT_IOP: Dokumentet säger själv/;
const s = (...texts: string[]): { text: string }[] => texts.map((text) => ({ text }));

const GRANT = `FINANSIERINGSFÖRBUNDET NORRÅN     Styrelsen

Beslut om medel till insatsen Nya steg 2031

Beslut
Styrelsen beslutar att ge Föreningen Ledstången Norrå, org.nr 802411-2233, insatsmedel om 420 000 kronor för perioden 2031-03-01 – 2032-02-28.

Villkor
Medlen lämnas enligt förbundets riktlinjer. Förbundet och föreningen ingår inget avtal eller partnerskap; beslutet är varken en upphandling eller en överenskommelse om idéburet offentligt partnerskap.

Utbetalning
Mars 2031 210 000 kr
September 2031 210 000 kr
`;

const PUBLIC_BODIES = `Överenskommelse om gemensam drift av familjecentralen i Åby 2031–2033

Parter
Åby kommun, socialnämnden, org.nr 212000-1111
Region Norrland, hälso- och sjukvårdsnämnden, org.nr 232100-2222

Överenskommelsens art
Överenskommelsen reglerar hur kommunen och regionen delar kostnaderna för familjecentralen. Den är inte ett IOP.

Kostnader
Regionen betalar 900 000 kronor per år och kommunen 600 000 kronor per år.
Överenskommelsen gäller 2031-01-01 – 2033-12-31.
`;

const REAL_IOP = `Överenskommelse om samverkan kring mötesplatsen Kulan

Parter
Åby kommun, socialnämnden, org.nr 212000-1111
Föreningen Kulan Åby, org.nr 802433-4455

Bakgrund
Föreningen har sedan 2025 fått föreningsbidrag för mötesplatsen. Det är inte ett idéburet offentligt partnerskap, och föreningen har bett om en långsiktigare form.

Ekonomi
Nämnden bidrar med 300 000 kronor per år.
Överenskommelsen gäller 2031-01-01 – 2032-12-31.
`;

describe('a document that denies being an IOP is refused', () => {
  test('"varken en upphandling eller en överenskommelse om idéburet offentligt partnerskap" with the decision as subject', () => {
    expect(refusal(GRANT)).toMatch(SELF_DENIAL);
  });

  test('an agreement between two public bodies: "Den är inte ett IOP" after "Överenskommelsen reglerar …"', () => {
    expect(refusal(PUBLIC_BODIES)).toMatch(SELF_DENIAL);
  });

  test('"Ingen idéburen organisation är part", with föreningar named only as tenants', () => {
    const text = PUBLIC_BODIES.replace(
      'Den är inte ett IOP.',
      'Ingen idéburen organisation är part. Föreningen Trasten hyr ibland lokalen enligt ett eget hyresavtal.',
    );
    expect(refusal(text)).toMatch(SELF_DENIAL);
  });

  test('a real IOP whose background says an earlier föreningsbidrag is no IOP still imports', () => {
    const result = importText(REAL_IOP, 'x.txt');
    expect(result.agreements[0].parties.some((p) => p.sector === 'civil')).toBe(true);
  });
});

describe('deniesItself: whose identity is denied', () => {
  test.each([
    ['Detta avtal utgör inte heller något IOP.'],
    ['Avtalet är ett köp av tjänster och inte en överenskommelse om IOP.'],
    ['Kommunen har angett att kontraktet inte är ett IOP.'],
    ['2.2 Samverkan är varken ett föreningsbidrag eller ett IOP.'],
    ['Beslutet gäller bara medel till insatsen; det är inte ett bidrag eller ett IOP.'],
    ['Ingen av parterna är en idéburen organisation.'],
    ['Ramavtalet är inte ett idéburet offentligt partnerskap.'],
  ])('this document: %s', (text) => {
    expect(deniesItself(s(text))).toBe(true);
  });

  test('a pronoun stands for the document in the sentence before', () => {
    expect(deniesItself(s('Överenskommelsen reglerar finansieringen av mottagningen.', 'Den är inte ett idéburet offentligt partnerskap.'))).toBe(true);
  });

  test.each([
    [['Föreningsbidraget är inte ett IOP.']],
    [['Föreningen får i dag föreningsbidrag.', 'Det är inte ett IOP.']],
    [['Föreningen får i dag föreningsbidrag.', 'Detta bidrag är inte ett IOP.']],
    [['Ett IOP är inte en upphandling.']],
    [['Hyresavtalet för lokalen är inte ett IOP.']],
    [['Avtalet är inte en upphandling utan ett IOP.']],
    [['Samverkan är varken en upphandling eller ett bidrag utan ett idéburet offentligt partnerskap.']],
    [['Ingen annan idéburen organisation är part i överenskommelsen.']],
  ])('something else, or the partnership affirmed: %s', (texts) => {
    expect(deniesItself(s(...texts))).toBe(false);
  });
});
