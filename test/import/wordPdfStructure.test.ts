import { importText, toContractJson } from '../../src/import';
import { piecesToText } from '../../src/import/readers/pdf';

/**
 * Word and PDF structure as municipalities produce it (documents written for these tests): a table drawn with
 * spaces in a monospace font (readers/pdf.ts, typedSpace), a committee on the line after a party's org number in a
 * narrow column (fields/parties.ts, UNIT_AFTER), a budget appendix after the signatures with a column per läsår or
 * "År 2028" (economy/table.ts, YEAR_WORD), and an economy section of sums only whose items stand in the parties'
 * commitments (economy/read.ts, commitmentItems).
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const fieldCodes = (a: { warnings: { code: string; field?: string }[] }, field: RegExp) => a.warnings.filter((w) => field.test(w.field ?? '')).map((w) => w.code);

describe('a table drawn with spaces in a monospace font', () => {
  const SIZE = 8.5;
  const CHAR = 5.1;
  /** One line of monospace text as pdf.js gives it: a piece per word, each space one character wide. */
  const line = (text: string, y: number, x0 = 72) => {
    const out: { str: string; x: number; y: number; width: number; size: number; mono: boolean }[] = [];
    for (const m of text.matchAll(/\S+/g)) out.push({ str: m[0], x: x0 + (m.index ?? 0) * CHAR, y, width: m[0].length * CHAR, size: SIZE, mono: true });
    return out;
  };
  test('a thousands space is a word space even where another row starts a cell right after it', () => {
    const pieces = [
      ...line('Part / insats                      Kr per år', 700),
      ...line('Verksamhetsbidrag                    620 000', 690),
      ...line('Lokal och kontor                      85 000', 680),
      ...line('Summa                              1 237 000', 670),
    ];
    const lines = piecesToText(pieces).split('\n');
    expect(lines).toContain('Lokal och kontor\t85 000');
    expect(lines).toContain('Summa\t1 237 000');
    expect(lines[0]).toBe('Part / insats\tKr per år');
  });
  test('two spaces or more still part the columns; a proportional font keeps its tight cells', () => {
    const lines = piecesToText([...line('Egna medel  40 000', 700), ...line('Hyra        12 000', 690)]).split('\n');
    expect(lines).toEqual(['Egna medel\t40 000', 'Hyra\t12 000']);
  });
});

const PARTIES_WRAPPED = `Partnerskapsavtal – Vävlyftet Norrdal

1. Parter
Region Norrdal, org.nr 232100-0016,
genom regionala utvecklingsnämnden, nedan
kallad Regionen.
Föreningen Vävstugan Norrdal,
org.nr 802400-0001, nedan kallad Förenin-
gen.

2. Avtalstid
Avtalet gäller från och med den 1 januari 2028 till och med den 31 december 2029.

3. Ekonomi
Regionala utvecklingsnämnden bidrar per år
med
– verksamhetsbidrag 400 000 kronor,
– processledning motsvarande 0,2 tjänst,
värderad till 120 000 kronor.
Föreningen bidrar per år med
– ideellt arbete, 1 000 timmar à 200 kronor,
det vill säga 200 000 kronor,
– egna medel 30 000 kronor.
Partnerskapets samlade värde är 750 000 kronor per år.
`;

describe('a committee on the line after a party’s org number', () => {
  test('the committee is the region’s unit, and the items it gives are the region’s', () => {
    const a = agreement(PARTIES_WRAPPED);
    expect(a.parties.map((p) => [p.name, p.unit])).toEqual([
      ['Region Norrdal', 'Regionala utvecklingsnämnden'],
      ['Föreningen Vävstugan Norrdal', null],
    ]);
    expect(a.costItems.map((it) => [it.party, it.annualAmount])).toEqual([
      ['Region Norrdal', 400_000],
      ['Region Norrdal', 120_000],
      ['Föreningen Vävstugan Norrdal', 200_000],
      ['Föreningen Vävstugan Norrdal', 30_000],
    ]);
    expect(a.annualTotal).toBe(750_000);
  });
});

const BODY = (economy: string) => `Överenskommelse om idéburet offentligt partnerskap – Lovskola Åbacka

Parter

Åbacka kommun, org.nr 212000-0001, genom utbildningsnämnden (Nämnden).
Föreningen Läxhjälp Åbacka, org.nr 802400-0001 (Föreningen).

Ekonomi

${economy}

Avtalstid

Överenskommelsen gäller från och med 2028-08-01 till och med 2030-06-30.

Underskrifter

För Åbacka kommun, utbildningsnämnden\tFör Föreningen Läxhjälp Åbacka
Åbacka 2028-06-__\tÅbacka 2028-06-__
`;

describe('a budget appendix after the signatures', () => {
  test('a column per läsår: the first läsår counts; the signatures’ dates touch no field', () => {
    const a = agreement(
      BODY('Parternas insatser framgår av bilaga 1. Det sammanlagda värdet för första läsåret är 430 000 kronor.') +
        `
Bilaga 1 Budget

Part\tInsats\tLäsår 2028/29\tLäsår 2029/30
Utbildningsnämnden\tVerksamhetsbidrag\t250 000\t255 000
Utbildningsnämnden\tLokaler\t60 000\t61 200
Föreningen Läxhjälp Åbacka\tIdeell tid, 600 timmar à 200 kr\t120 000\t120 000
Totalt\t\t430 000\t436 200
`,
    );
    expect(a.costItems.map((it) => [it.party, it.annualAmount])).toEqual([
      ['Åbacka kommun', 250_000],
      ['Åbacka kommun', 60_000],
      ['Föreningen Läxhjälp Åbacka', 120_000],
    ]);
    expect(a.contributions.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Åbacka kommun', 310_000],
      ['Föreningen Läxhjälp Åbacka', 120_000],
    ]);
    expect(a.annualTotal).toBe(430_000);
    expect([a.validity.start, a.validity.end]).toEqual(['2028-08-01', '2030-06-30']);
  });
  test('"År 2028" columns in an appendix the economy refers to, whatever its title', () => {
    const a = agreement(
      BODY('Parternas resurser per år framgår av bilaga 2.') +
        `
Bilaga 2 Resurser

Part\tInsats\tÅr 2028\tÅr 2029
Nämnden\tVerksamhetsbidrag\t200 000\t204 000
Föreningen\tEgna medel\t50 000\t50 000
Totalt\t\t250 000\t254 000
`,
    );
    expect(a.costItems.map((it) => [it.party, it.annualAmount])).toEqual([
      ['Åbacka kommun', 200_000],
      ['Föreningen Läxhjälp Åbacka', 50_000],
    ]);
    expect(a.annualTotal).toBe(250_000);
  });
  test('an appendix the economy does not refer to, without the economy’s words, is not the economy', () => {
    const a = agreement(
      BODY('Nämnden lämnar ett verksamhetsbidrag om 200 000 kronor per år.') +
        `
Bilaga 3 Resurser

Part	Insats	År 2028	År 2029
Nämnden	Tidigare projektmedel	90 000	90 000
`,
    );
    expect(a.costItems.map((it) => it.annualAmount)).not.toContain(90_000);
  });
});

const COMMITMENTS = (civilMaterial: string) => `Överenskommelse om idéburet offentligt partnerskap – Cykelköket Åbacka

Parter

Åbacka kommun, org.nr 212000-0001, genom miljönämnden (Nämnden).
Föreningen Cykelköket Åbacka, org.nr 802400-0001 (Föreningen).

Parternas åtaganden

Nämnden lämnar ett verksamhetsbidrag om 150 000 kronor per år.

Nämnden står för information och annonser värderade till 20 000 kronor per år.

Föreningen bidrar med ideellt arbete, 500 timmar per år à 200 kronor.

Föreningen bidrar med verktyg och reservdelar till ett värde av ${civilMaterial} kronor per år.

Ekonomi

Partnerskapets samlade värde är 285 000 kronor per år, varav Nämndens insatser 170 000 kronor och Föreningens 115 000 kronor.

Avtalstid

Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31.
`;

describe('an economy section of sums only, the amounts in the parties’ commitments', () => {
  test('the commitments are the items when they add up to the stated total', () => {
    const a = agreement(COMMITMENTS('15 000'));
    expect(a.costItems.map((it) => [it.party, it.annualAmount])).toEqual([
      ['Åbacka kommun', 150_000],
      ['Åbacka kommun', 20_000],
      ['Föreningen Cykelköket Åbacka', 100_000],
      ['Föreningen Cykelköket Åbacka', 15_000],
    ]);
    expect(a.annualTotal).toBe(285_000);
    expect(fieldCodes(a, /costItems|contributions|annualTotal/)).toEqual([]);
  });
  test('commitments that do not add up are left out: the stated sums stand, the items are missing with a warning', () => {
    const a = agreement(COMMITMENTS('25 000'));
    expect(a.costItems).toEqual([]);
    expect(fieldCodes(a, /costItems/)).toContain('MISSING_FIELD');
    expect(a.annualTotal).toBe(285_000);
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([170_000, 115_000]);
  });
});
