import { importText, toContractJson } from '../../../src/import';

/**
 * Lists with leader dots between a label and its value (economy/leaderList.ts): one entry per party with mixed units
 * and periods, names wrapped over two lines, values going on below; or items under a party's heading. Documents
 * written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const HEAD = `Partnerskapsöverenskommelse (IOP)
Unga i skogsbygden

1. Parter

Offentliga parter:
  - Region Gävleborg, regionala utvecklingsnämnden, org.nr 232100-0198
  - Ljusdals kommun, kultur- och fritidsnämnden, org.nr 212000-2262

Idéburna parter:
  - Föreningen Skogsbygdens Unga, org.nr 802400-1277
  - Hembygdsföreningen Norra Hälsingland, org.nr 802400-1285

2. Giltighet

Överenskommelsen gäller 2027-01-01 – 2029-12-31.
`;

describe('one entry per party', () => {
  const DOC = `${HEAD}
3. Parternas insatser per år

  Region Gävleborg ............ 0,5 mnkr per år i verksamhetsbidrag
  Ljusdals kommun ............. 30 000 kr per kvartal (verksamhetsbidrag,
                                utbetalas kvartalsvis i förskott)
  Föreningen Skogsbygdens
  Unga ........................ ideellt arbete, 600 timmar per år
                                à 200 kr
  Hembygdsföreningen Norra
  Hälsingland ................. lokaler och egna medel, 4 000 kr per
                                månad

  Summa per år: 788 000 kr
`;

  test('mnkr, kr per kvartal, hours × rate and kr per månad, each made yearly; the sum confirms them', () => {
    const a = agreement(DOC);
    expect(amounts(a)).toEqual({
      'Region Gävleborg': 500000,
      'Ljusdals kommun': 120000,
      'Föreningen Skogsbygdens Unga': 120000,
      'Hembygdsföreningen Norra Hälsingland': 48000,
    });
    expect(a.costItems).toHaveLength(4);
    expect(a.costItems[0].label).toBe('verksamhetsbidrag');
    expect(a.annualTotal).toBe(788000);
    expect(a.obtained.annualTotal).toBe('reconciled');
  });

  test('ellipses, middle dots and spaced dots are leaders too; tkr per år', () => {
    const a = agreement(
      DOC.replace('Region Gävleborg ............', 'Region Gävleborg …………')
        .replace('Ljusdals kommun .............', 'Ljusdals kommun ·············')
        .replace('Unga ........................', 'Unga . . . . . . . . . . . . ')
        .replace('0,5 mnkr per år', '500 tkr per år'),
    );
    expect(amounts(a)['Region Gävleborg']).toBe(500000);
    expect(amounts(a)['Ljusdals kommun']).toBe(120000);
    expect(amounts(a)['Föreningen Skogsbygdens Unga']).toBe(120000);
  });

  test('a value per vecka without the weeks is warned and left out, never guessed', () => {
    const a = agreement(DOC.replace(/4 000 kr per\n(\s+)månad/, '1 000 kr per\n$1vecka'));
    expect(a.costItems.some((c) => c.party === 'Hembygdsföreningen Norra Hälsingland')).toBe(false);
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS', field: 'costItems', message: expect.stringContaining('vecka') }));
    // Its share is then the rest of the stated sum, said as inferred.
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'INFERRED', field: 'contributions[3]' }));
  });

  test('a sum line with leaders is the total', () => {
    const a = agreement(DOC.replace('\n  Summa per år: 788 000 kr', '  Summa ....................... 788 000 kr per år'));
    expect(a.annualTotal).toBe(788000);
    expect(a.costItems).toHaveLength(4);
  });
});

describe('items under a party heading', () => {
  const DOC = `${HEAD}
3. Ekonomi

Region Gävleborg bidrar med:
  Verksamhetsbidrag ............. 400 000 kr per år
  Handledning ................... 5 000 kr per månad

Ljusdals kommun bidrar med:
  Lokal i Folkets hus ........... 90 000 kr per år
  Material ...................... 10 000 kr per år

Föreningen Skogsbygdens Unga bidrar med:
  Ideella ledare ................ 1 000 timmar à 150 kr
  Egna medel .................... 20 000 kr per år

Hembygdsföreningen Norra Hälsingland bidrar med:
  Lokaler ....................... 40 000 kr per år
  Ideellt arbete ................ 200 timmar à 150 kr
`;

  test('each line is an item of the party above it', () => {
    const a = agreement(DOC);
    expect(amounts(a)).toEqual({
      'Region Gävleborg': 460000,
      'Ljusdals kommun': 100000,
      'Föreningen Skogsbygdens Unga': 170000,
      'Hembygdsföreningen Norra Hälsingland': 70000,
    });
    expect(a.costItems.map((c) => c.label)).toContain('Lokal i Folkets hus');
  });

  test('a table of contents with leaders and page numbers is no economy', () => {
    const a = agreement(`Innehåll\n\n  1. Parter ............... 1\n  2. Ekonomi .............. 2\n  3. Uppföljning .......... 3\n\n${DOC}`);
    expect(a.costItems).toHaveLength(8);
  });
});
