import { importText, toContractJson } from '../../../src/import';

/**
 * The line rule on bullet lists under a party's heading, written as prose: a bullet is that party's item whatever
 * words lead to its amount (a value "beräknas till", a cost "som föreningen själv bekostar", a product restated
 * with "det vill säga"), per month × 12, hours × rate. The documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

const PARTIES = `Överenskommelse om idéburet offentligt partnerskap Kvällsfika

Parter
Ljusdals kommun genom socialnämnden, organisationsnummer 212000-2387 (nedan Kommunen).
Föreningen Fikarummet Järvsö, organisationsnummer 802466-1236 (nedan Fikarummet).
`;

describe('bullets under a party heading', () => {
  test('a monthly amount, a value "vars värde beräknas till", hours à rate and a cost the party "själv bekostar"', () => {
    const a = agreement(`${PARTIES}
Ekonomi
Kommunen:
  - hyresbidrag 9 500 kr/månad
  - möbler och köksutrustning, vars värde beräknas till 12 000 kr per år,
Fikarummet:
  - volontärer, sammanlagt 900 timmar/år à 150 kr
  - kassör som Fikarummet själv bekostar, värde 40 000 kr/år

Det sammanlagda värdet av partnerskapet är 301 000 kr per år.
`);
    expect(a.costItems).toEqual([
      { party: 'Ljusdals kommun', label: 'hyresbidrag', annualAmount: 114000 },
      { party: 'Ljusdals kommun', label: 'möbler och köksutrustning', annualAmount: 12000 },
      { party: 'Föreningen Fikarummet Järvsö', label: 'volontärer', annualAmount: 135000 },
      { party: 'Föreningen Fikarummet Järvsö', label: 'kassör som Fikarummet själv bekostar', annualAmount: 40000 },
    ]);
    expect(a.contributions).toEqual([
      { party: 'Ljusdals kommun', annualAmount: 126000 },
      { party: 'Föreningen Fikarummet Järvsö', annualAmount: 175000 },
    ]);
    // The stated total is the independent reading that confirms every item, also the computed ones.
    expect(a.obtained).toMatchObject({ 'costItems[0]': 'reconciled', 'costItems[2]': 'reconciled', annualTotal: 'reconciled' });
    expect(codes(a).filter((c) => /costItems|contributions|annualTotal/.test(c))).toEqual([]);
  });

  test('without a total, the computed items stay computed and are said to be unconfirmed', () => {
    const a = agreement(`${PARTIES}
Ekonomi
Kommunen bidrar med
- hyresbidrag 9 500 kr/månad,
- lokal i Järvsö bygdegård, vars värde beräknas till 30 000 kronor per år.
Fikarummet bidrar med
- ideellt arbete, 900 timmar per år värderade till 150 kronor per timme, det vill säga 135 000 kronor per år.
`);
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Ljusdals kommun', 114000],
      ['Ljusdals kommun', 30000],
      ['Föreningen Fikarummet Järvsö', 135000],
    ]);
    expect(a.obtained['costItems[0]']).toBe('computed');
    expect(a.obtained['costItems[2]']).toBe('read');
    expect(codes(a)).toContain('UNCONFIRMED:costItems');
  });

  test('a restated product that differs from its factors is read as stated, with a warning on the items', () => {
    const a = agreement(`${PARTIES}
Ekonomi
Fikarummet bidrar med
- ideellt arbete, 900 timmar per år värderade till 150 kronor per timme, det vill säga 153 000 kronor per år.
Kommunen bidrar med
- hyresbidrag 114 000 kr per år.
`);
    expect(a.costItems.find((c) => c.party === 'Föreningen Fikarummet Järvsö')?.annualAmount).toBe(153000);
    const warned = a.warnings.find((w) => w.code === 'AMBIGUOUS' && w.field === 'costItems');
    expect(warned?.message).toMatch(/135\s000\skr/u);
  });

  test('a bullet that names another party as the one who pays is not the heading party\'s item', () => {
    const a = agreement(`${PARTIES}
Ekonomi
Fikarummet bidrar med:
  - ideellt arbete, 120 000 kr per år
  - Kommunen står för hyran av lokalen, 50 000 kr per år
`);
    expect(a.costItems.filter((c) => c.party === 'Föreningen Fikarummet Järvsö').map((c) => c.annualAmount)).toEqual([120000]);
    expect(a.contributions.find((c) => c.party === 'Ljusdals kommun')?.annualAmount).toBe(50000);
  });

  test('a heading sentence that goes on with the party\'s sum and a colon: the bullets after it are still its items', () => {
    const a = agreement(`${PARTIES}
Ekonomi
Fikarummet bidrar varje år med följande,
sammanlagt 160 000 kronor per år:
 – ideellt arbete, 800 timmar à 150 kronor, motsvarande 120 000 kronor per år;
 – material, 40 000 kronor per år.
Kommunen bidrar med 200 000 kronor per år.
`);
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Föreningen Fikarummet Järvsö', 120000],
      ['Föreningen Fikarummet Järvsö', 40000],
    ]);
    // The items and the heading's sum are two statements that agree.
    expect(a.obtained).toMatchObject({ 'costItems[0]': 'reconciled', 'costItems[1]': 'reconciled' });
    expect(a.contributions).toEqual([
      { party: 'Ljusdals kommun', annualAmount: 200000 },
      { party: 'Föreningen Fikarummet Järvsö', annualAmount: 160000 },
    ]);
    expect(a.annualTotal).toBe(360000);
  });

  test('bullets a narrow PDF column wrapped: the amount on the next line, and an amount broken between its digit groups', () => {
    const a = agreement(`${PARTIES}
Ekonomi
Kommunen bidrar varje år med följande,
sammanlagt 330 000 kronor per år:
– lön för en fritidsledare på
halvtid, 250 000 kronor per år;
– hyra för lokalen vid torget, 80
000 kronor per år.
Fikarummet bidrar med ideellt arbete värt 90 000 kronor per år.
`);
    expect(a.costItems.map((c) => [c.party, c.label, c.annualAmount])).toEqual([
      ['Ljusdals kommun', 'lön för en fritidsledare på halvtid', 250000],
      ['Ljusdals kommun', 'hyra för lokalen vid torget', 80000],
    ]);
    expect(a.obtained).toMatchObject({ 'costItems[0]': 'reconciled', 'costItems[1]': 'reconciled' });
  });

  test('a bullet without an amount whose next line starts another bullet is no item', () => {
    const a = agreement(`${PARTIES}
Ekonomi
Kommunen bidrar varje år med följande,
sammanlagt 250 000 kronor per år:
– stöd från kommunens fritidsgårdar
– lön för en fritidsledare, 250 000 kronor per år.
`);
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([250000]);
  });
});

/**
 * A bullet per party with sub-bullets, one amount each, as a PDF of a word processor gives it: the sub-list's marker
 * drawn in a symbol font comes out as a private-use character, and an item wraps before its amount. The public
 * parties are a kommunalförbund acting "genom direktionen" and a kommun, each with its alias after the unit.
 */
describe('a bullet list per party with sub-bullets', () => {
  const SUB = '\ue009';
  const TEXT = `Samverkansöverenskommelse Simskola Hällsjö

Parter
Räddningstjänstförbundet Hällsjö (organisationsnummer 222000-5124), genom direktionen,
nedan Förbundet.
Hällsjö kommun (organisationsnummer 212000-5661), genom fritidsnämnden, nedan
Kommunen.
Föreningen Simvännerna i Hällsjö (organisationsnummer 802544-1083), nedan Föreningen.

Ekonomi
Parterna bidrar med följande insatser per år.

• Förbundet
${SUB} Verksamhetsbidrag: 90 000 kr per år
${SUB} Instruktörer, 80 timmar per år à 400 kr: 32 000 kr per år
• Kommunen
${SUB} Bassängtid i Hällsjöbadet, 3 timmar per vecka i 30 veckor, värderad till 400 kr per
timme: 36 000 kr per år
• Föreningen
${SUB} Ideell tid: 1 200 timmar per år à 200 kr inklusive sociala avgifter, sammanlagt 240 000 kr
per år
${SUB} Egna medel: 20 000 kr per år

Partnerskapets totala värde uppgår till 418 000 kr per år.
`;

  test('each sub-bullet is an item of the party its bullet names', () => {
    const a = agreement(TEXT);
    expect(a.parties.map((p) => [p.name, p.unit])).toEqual([
      ['Räddningstjänstförbundet Hällsjö', 'Direktionen'],
      ['Hällsjö kommun', 'Fritidsnämnden'],
      ['Föreningen Simvännerna i Hällsjö', null],
    ]);
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Räddningstjänstförbundet Hällsjö', 90000],
      ['Räddningstjänstförbundet Hällsjö', 32000],
      ['Hällsjö kommun', 36000],
      ['Föreningen Simvännerna i Hällsjö', 240000],
      ['Föreningen Simvännerna i Hällsjö', 20000],
    ]);
    expect(a.annualTotal).toBe(418000);
  });

  test('an item that wraps before its amount keeps its own words as its label; hours in thousands are not cut', () => {
    const a = agreement(TEXT);
    expect(a.costItems[2].label).toMatch(/^Bassängtid i Hällsjöbadet/);
    expect(a.costItems[3].label).toBe('Ideell tid');
  });
});
