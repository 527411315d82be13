import { groupApostrophes, parseSwedishNumber } from '../../../src/domain/swedishNumbers';
import { importText, toContractJson } from '../../../src/import';
import { findAmounts } from '../../../src/import/fields/amounts';

/**
 * Money as officials write it beyond plain "1 750 000 kr": apostrophes between thousands ("640'000"), a decision's
 * table with a column per year headed with its unit ("2029, kr"), a ceiling in a sentence that restates one row of
 * the table beside the party's whole part. Invented documents, written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));
const economyCodes = (a: ReturnType<typeof agreement>) =>
  a.warnings.filter((w) => /costItems|contributions|annualTotal/.test(w.field ?? '')).map((w) => `${w.code} ${w.field}`);

const HEAD = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Kvällsöppet i Ekbyn

1. Parter
Ekby kommun genom kultur- och fritidsnämnden, org.nr 212000-0746.
Föreningen Ljusglimten, org.nr 802455-1114.

2. Avtalstid
2029-01-01 – 2030-12-31.
`;

describe('apostrophes between thousands', () => {
  test.each<[string, number | null]>([
    ["640'000", 640000],
    ["1'516'000", 1516000],
    ['2’500', 2500],
    ["12'500,50", 12500.5],
    ["64'00", null],
    ["1'5000", null],
  ])('%j → %p', (text, expected) => expect(parseSwedishNumber(text)).toBe(expected));

  test('found in running text, and turned into spaces without moving an offset', () => {
    expect(findAmounts("högst 1'050'000 SEK per år").map((a) => a.value)).toEqual([1050000]);
    expect(groupApostrophes("2'500 tim à 180 SEK, 1’050 kr/m²")).toBe('2 500 tim à 180 SEK, 1 050 kr/m²');
  });

  test("a thousand mark after the number, a quoted number and a foot mark are no groups", () => {
    expect(groupApostrophes("450' kr, kod '450', 5'11\"")).toBe("450' kr, kod '450', 5'11\"");
    expect(findAmounts("450' kr").map((a) => a.value)).toEqual([450000]);
  });

  test('a table in SEK with apostrophes, hours à a rate and a total', () => {
    const a = agreement(`${HEAD}
3. Ekonomi

Part\tInsats\tSEK/år
Ekby kommun\tVerksamhetsbidrag\t380'000
Föreningen Ljusglimten\tIdeella timmar, 1'200 tim à 200 SEK\t240'000
Totalt\t\t620'000
`);
    expect(amounts(a)).toEqual({ 'Ekby kommun': 380000, 'Föreningen Ljusglimten': 240000 });
    expect(a.annualTotal).toBe(620000);
    expect(economyCodes(a)).toEqual([]);
  });
});

describe("one row restated in a sentence beside the party's whole part", () => {
  test('"med högst 200 000 kr per år" is one row of the party\'s two, and "Kommunens del, 650 000 kr" its share', () => {
    const a = agreement(`${HEAD}
3. Ekonomi

Kommunen ersätter föreningens kostnader för lokalhyra mot faktura med högst 200 000 kr per år.

Part\tInsats\tKr/år
Ekby kommun\tVerksamhetsbidrag\t450 000
Ekby kommun\tLokalhyra (högst)\t200 000
Föreningen Ljusglimten\tIdeellt arbete\t150 000
Totalt\t\t800 000

Kommunens del, 650 000 kr per år, räknas upp med 2 procent per år.
`);
    expect(amounts(a)).toEqual({ 'Ekby kommun': 650000, 'Föreningen Ljusglimten': 150000 });
    expect(a.annualTotal).toBe(800000);
    expect(economyCodes(a)).toEqual([]);
  });

  test('a sentence of an amount that is no row of the party stays a second statement, with a warning', () => {
    const a = agreement(`${HEAD}
3. Ekonomi

Kommunen bidrar med 300 000 kr per år.

Part\tInsats\tKr/år
Ekby kommun\tVerksamhetsbidrag\t450 000
Ekby kommun\tLokalhyra\t200 000
Föreningen Ljusglimten\tIdeellt arbete\t150 000
Totalt\t\t800 000
`);
    expect(economyCodes(a).some((c) => c.startsWith('AMBIGUOUS contributions') || c.startsWith('TOTAL_MISMATCH contributions'))).toBe(true);
  });
});

describe('a column per year headed with its unit', () => {
  test.each(['2029, kr', '2029 – kr', '2029, kronor'])('"%s | 2030 …": the first year is the yearly amount', (first) => {
    const second = first.replace('2029', '2030');
    const a = agreement(`${HEAD}
3. Ekonomiska konsekvenser

Kostnaden ryms inom nämndens budgetram.

Part\tInsats\t${first}\t${second}
Kultur- och fritidsnämnden\tVerksamhetsbidrag\t300 000\t306 000
Summa nämnden\t\t300 000\t306 000
Föreningen Ljusglimten\tIdeella timmar, 500 tim à 200 kr\t100 000\t100 000
Summa föreningen\t\t100 000\t100 000
Totalt\t\t400 000\t406 000
`);
    expect(amounts(a)).toEqual({ 'Ekby kommun': 300000, 'Föreningen Ljusglimten': 100000 });
    expect(a.annualTotal).toBe(400000);
    expect(a.costItems).toHaveLength(2);
  });
});

const CO_FUNDED = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Vägen vidare i Åby

1. Parter
Åby kommun (212000-0746), genom socialnämnden – ”kommunen”.
Samordningsförbundet Åbydalen (222000-1008) – ”förbundet”.
Föreningen Brobyggarna (802455-1114) – ”föreningen”.

2. Period
Överenskommelsen gäller 2029-01-01 – 2030-12-31.
`;

describe("a party's share as a percentage of the stated total, in a section of its own", () => {
  test('"Förbundets bidrag regleras i avsnitt 5" and "Förbundet finansierar 40 procent av partnerskapets totala värde"', () => {
    const a = agreement(`${CO_FUNDED}
3. Ekonomi
Partnerskapets totala värde beräknas till 1,5 Mkr per år. Kommunen bidrar med 0,6 Mkr per år. Föreningen bidrar med ideellt arbete om 1 000 timmar per år, värderade till 300 kr per timme, det vill säga 0,3 Mkr. Förbundets bidrag regleras i avsnitt 5.

4. Uppföljning
Föreningen redovisar varje halvår.

5. Förbundets medfinansiering
Förbundet finansierar 40 procent av partnerskapets totala värde enligt avsnitt 3. Bidraget betalas ut halvårsvis.
`);
    expect(amounts(a)).toEqual({ 'Åby kommun': 600000, 'Samordningsförbundet Åbydalen': 600000, 'Föreningen Brobyggarna': 300000 });
    expect(a.annualTotal).toBe(1500000);
    // Worked out from the total: the total cannot confirm it.
    expect(economyCodes(a)).toContain('UNCONFIRMED contributions[1]');
  });

  test('"Regionens andel är 25 % av den totala kostnaden" after the total in the same section', () => {
    const a = agreement(`ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Mötesplats Åby

Parter
Åby kommun, org.nr 212000-0746.
Region Åbyland, org.nr 232100-0016.
Föreningen Brobyggarna, org.nr 802455-1114.

Ekonomi
Den totala kostnaden uppgår till 800 000 kr per år. Kommunen bidrar med 400 000 kr per år och föreningen med 200 000 kr per år. Regionens andel är 25 % av den totala kostnaden.
`);
    expect(amounts(a)).toEqual({ 'Åby kommun': 400000, 'Region Åbyland': 200000, 'Föreningen Brobyggarna': 200000 });
  });

  test('right after the total, and two parties whose percentages do not add up give neither', () => {
    const right = agreement(`${CO_FUNDED}
3. Ekonomi
Kommunen bidrar med 0,6 Mkr per år. Föreningen bidrar med 0,3 Mkr per år. Partnerskapets totala värde beräknas till 1,5 Mkr per år. Förbundet står för 40 procent av det totala värdet.
`);
    expect(amounts(right)['Samordningsförbundet Åbydalen']).toBe(600000);
    expect(economyCodes(right)).toContain('UNCONFIRMED contributions[1]');
    const uneven = agreement(`${CO_FUNDED}
3. Ekonomi
Partnerskapets totala värde beräknas till 1,5 Mkr per år. Kommunen står för 50 procent av det totala värdet. Förbundet står för 30 procent av det totala värdet. Föreningen bidrar med ideellt arbete.
`);
    expect(amounts(uneven)).toEqual({});
    expect(economyCodes(uneven)).toContain('AMBIGUOUS contributions');
  });

  test('a percentage of something else than the whole, or with no total stated, gives no share', () => {
    const other = agreement(`${CO_FUNDED}
3. Ekonomi
Partnerskapets totala värde beräknas till 1,5 Mkr per år. Kommunen bidrar med 0,7 Mkr per år. Föreningen bidrar med 0,3 Mkr per år.
Förbundet finansierar 40 procent av lokalens kostnad.
`);
    // Not 40 % of the total (600 000): the rest of the total, said to be inferred.
    expect(amounts(other)['Samordningsförbundet Åbydalen']).toBe(500000);
    expect(economyCodes(other)).toContain('INFERRED contributions[1]');
    const none = agreement(`${CO_FUNDED}
3. Ekonomi
Kommunen bidrar med 0,6 Mkr per år. Föreningen bidrar med 0,3 Mkr per år. Förbundet finansierar 40 procent av den totala kostnaden.
`);
    expect(amounts(none)['Samordningsförbundet Åbydalen']).toBeUndefined();
    expect(economyCodes(none)).toContain('AMBIGUOUS contributions');
  });
});

describe('premises valued per square metre in a sentence', () => {
  test.each([
    ['med sin lokal om 120 m², som parterna värderat till 1 000 kronor per m² och år', 120000],
    ['med lokaler om 80 kvm, värderade till 1 500 kr/kvm', 120000],
  ])('"%s"', (words, value) => {
    const a = agreement(`${HEAD}
3. Ekonomi
Kommunen bidrar med 300 000 kr per år. Föreningen bidrar med ideellt arbete om 500 timmar per år, värderat till 200 kr per timme, och ${words}.
`);
    expect(amounts(a)).toEqual({ 'Ekby kommun': 300000, 'Föreningen Ljusglimten': 100000 + value });
  });

  test('an area product restated ("det vill säga 0,12 Mkr") is counted once', () => {
    const a = agreement(`${HEAD}
3. Ekonomi
Kommunen bidrar med 300 000 kr per år. Föreningen bidrar med lokaler om 100 m², värderade till 1 200 kr per m² och år, det vill säga 0,12 Mkr.
`);
    expect(amounts(a)).toEqual({ 'Ekby kommun': 300000, 'Föreningen Ljusglimten': 120000 });
  });
});

describe("minutes: a decision's clause on the committee's grant, and a motion it did not follow", () => {
  test('"2. att nämndens bidrag ska vara 0,8 Mkr per år" is the share; the motion\'s 1 Mkr leaves the total standing', () => {
    const doc = `EKBY KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSocialnämnden

Protokollsutdrag

§ 12 Idéburet offentligt partnerskap – Kvällsöppet i Ekbyn

Beslut

Socialnämnden beslutar

1. att ingå överenskommelse om idéburet offentligt partnerskap med Föreningen Ljusglimten om Kvällsöppet i Ekbyn för tiden 2029-01-01 – 2030-12-31,

2. att nämndens bidrag ska vara 0,8 Mkr per år.

Ärendet

Föreningen Ljusglimten, org.nr 802455-1114, driver en träffpunkt. Föreningen bidrar med ideella insatser om 1 000 timmar per år, värderade till 200 kronor per timme. Partnerskapets totala värde beräknas till 1 Mkr per år.

Yrkanden

Anna Ek (S) yrkar att nämndens bidrag ska vara 1,1 Mkr per år.

Ordföranden finner att nämnden beslutar enligt förvaltningens förslag.
`;
    const a = toContractJson(importText(doc, 'x.txt')).agreements[0];
    expect(Object.values(amounts(a)).sort()).toEqual([200000, 800000]);
    expect(a.annualTotal).toBe(1000000);
  });
});
