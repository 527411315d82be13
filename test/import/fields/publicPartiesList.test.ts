import { importText, toContractJson } from '../../../src/import';

/**
 * Several public parties of the same kind (two or three municipalities, a region and a municipality) named in one
 * "mellan" sentence: each is a party of its own with its own number, whether the numbers stand in the sentence, after
 * an alias, or nowhere (then the number is missing, with a warning, never another party's). The documents are
 * written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const parties = (text: string) => agreement(text).parties.map((p) => [p.name, p.orgNumber, p.sector]);

const doc = (preamble: string) => `Överenskommelse om idéburet offentligt partnerskap – Anhörigträffen

${preamble}

1. Ekonomi
Parterna bidrar enligt bilaga.

2. Giltighet
Överenskommelsen gäller från och med 2027-01-01 till och med 2028-12-31.
`;

describe('several public parties in one sentence', () => {
  it('keeps a second municipality whose clause follows the first one\'s number in parentheses', () => {
    const text = doc(
      'Mellan Hedemora kommun, genom socialnämnden (organisationsnummer 212000-2189), Säters kommun, genom omsorgsnämnden (organisationsnummer 212000-2163), gemensamt kallade Kommunerna, och Föreningen Stödcirkeln Dalälven (organisationsnummer 802533-4510), nedan kallad Föreningen, har följande överenskommelse träffats.',
    );
    expect(agreement(text).parties).toEqual([
      { name: 'Hedemora kommun', orgNumber: '212000-2189', sector: 'public', unit: 'Socialnämnden' },
      { name: 'Säters kommun', orgNumber: '212000-2163', sector: 'public', unit: 'Omsorgsnämnden' },
      { name: 'Föreningen Stödcirkeln Dalälven', orgNumber: '802533-4510', sector: 'civil', unit: null },
    ]);
  });

  it('keeps a region and a municipality, each with its number', () => {
    const text = doc(
      'Mellan Region Halland (org.nr 232100-0115), Falkenbergs kommun, genom socialnämnden (org.nr 212000-1181), och Föreningen Kustlots Halland (org.nr 802533-4510) har följande överenskommelse träffats.',
    );
    expect(parties(text)).toEqual([
      ['Region Halland', '232100-0115', 'public'],
      ['Falkenbergs kommun', '212000-1181', 'public'],
      ['Föreningen Kustlots Halland', '802533-4510', 'civil'],
    ]);
  });

  it('keeps the numbers that follow each municipality\'s alias', () => {
    const text = doc(
      'Mellan Hylte kommun (nedan Hylte), org.nr 212000-1173, Laholms kommun (nedan Laholm), org.nr 212000-1199, och Föreningen Kustlots Halland (nedan Föreningen), org.nr 802533-4510, har följande överenskommelse träffats.',
    );
    expect(parties(text)).toEqual([
      ['Hylte kommun', '212000-1173', 'public'],
      ['Laholms kommun', '212000-1199', 'public'],
      ['Föreningen Kustlots Halland', '802533-4510', 'civil'],
    ]);
  });

  it('names two municipalities without numbers as two parties, the collective alias no part of a name', () => {
    const text = doc(
      'Mellan Hedemora kommun och Säters kommun, gemensamt kallade kommunerna, och Föreningen Stödcirkeln Dalälven (org.nr 802533-4510), nedan kallad föreningen, har följande överenskommelse träffats.',
    );
    const a = agreement(text);
    expect(parties(text)).toEqual([
      ['Hedemora kommun', null, 'public'],
      ['Säters kommun', null, 'public'],
      ['Föreningen Stödcirkeln Dalälven', '802533-4510', 'civil'],
    ]);
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'MISSING_FIELD', field: 'parties[1].orgNumber' }));
  });

  it('splits three municipalities listed with commas', () => {
    const text = doc(
      'Denna överenskommelse har träffats mellan Avesta kommun, Fagersta kommun, Norbergs kommun (nedan kommunerna) samt Föreningen Bergslagens Naturvänner, org.nr 802533-4510.',
    );
    expect(parties(text)).toEqual([
      ['Avesta kommun', null, 'public'],
      ['Fagersta kommun', null, 'public'],
      ['Norbergs kommun', null, 'public'],
      ['Föreningen Bergslagens Naturvänner', '802533-4510', 'civil'],
    ]);
  });

  it('adds a second municipality named without a number beside one with a number', () => {
    const text = doc(
      'Mellan Hedemora kommun (org.nr 212000-2189) och Säters kommun, nedan gemensamt kallade kommunerna, samt Föreningen Stödcirkeln Dalälven (org.nr 802533-4510) har följande överenskommelse träffats.',
    );
    expect(parties(text)).toEqual([
      ['Hedemora kommun', '212000-2189', 'public'],
      ['Säters kommun', null, 'public'],
      ['Föreningen Stödcirkeln Dalälven', '802533-4510', 'civil'],
    ]);
  });

  it('never makes a committee of a listed municipality a party of its own', () => {
    const text = doc(
      'Mellan Hedemora kommun, socialnämnden (org.nr 212000-2189), och Föreningen Stödcirkeln Dalälven (org.nr 802533-4510) har följande överenskommelse träffats.',
    );
    expect(parties(text)).toEqual([
      ['Hedemora kommun', '212000-2189', 'public'],
      ['Föreningen Stödcirkeln Dalälven', '802533-4510', 'civil'],
    ]);
  });
});

describe('parties as a Markdown definition list', () => {
  test('the term is the name, the definition its committee, number and alias', () => {
    const text = `# Överenskommelse om idéburet offentligt partnerskap – Läsveckor

## Parter

Kungsbacka kommun
: genom kultur- och fritidsnämnden, org.nr 212000-1397 (nedan *Kommunen*)

Föreningen Läslust i Kungsbacka
: org.nr 802433-7779 (nedan *Föreningen*)

## Ekonomi

Kommunen bidrar med 260 000 kronor per år.

## Giltighet

Överenskommelsen gäller 2027-01-01 – 2028-12-31.
`;
    expect(toContractJson(importText(text, 'x.md')).agreements[0].parties).toEqual([
      { name: 'Kungsbacka kommun', orgNumber: '212000-1397', sector: 'public', unit: 'Kultur- och fritidsnämnden' },
      { name: 'Föreningen Läslust i Kungsbacka', orgNumber: '802433-7779', sector: 'civil', unit: null },
    ]);
  });
});

describe("a decision's own party list", () => {
  test.each([
    ['| Part | Organisationsnummer |\n|---|---|\n| Region Halland, hälso- och sjukvårdsnämnden | 232100-0115 |\n| Föreningen Kustlots Halland | 802533-4510 |'],
    ['Region Halland, hälso- och sjukvårdsnämnden, org.nr 232100-0115\nFöreningen Kustlots Halland, org.nr 802533-4510'],
  ])('gives both parties with their numbers: %s', (list) => {
    const text = `Region Halland
Hälso- och sjukvårdsnämnden

# Ordförandebeslut: Idéburet offentligt partnerskap om kustlotsar

## Beslut

Hälso- och sjukvårdsnämndens ordförande beslutar

1. att Region Halland ingår en överenskommelse om idéburet offentligt partnerskap
   med Föreningen Kustlots Halland om verksamheten *Kustlots*,
2. att överenskommelsen ska gälla från och med den 1 januari 2027 till och med den 31 december 2027.

## Parter

${list}

## Skäl för beslutet

Regionen bidrar med 300 000 kronor per år.
`;
    expect(parties(text)).toEqual([
      ['Region Halland', '232100-0115', 'public'],
      ['Föreningen Kustlots Halland', '802533-4510', 'civil'],
    ]);
  });
});
