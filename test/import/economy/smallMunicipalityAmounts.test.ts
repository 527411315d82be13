import { importText, toContractJson } from '../../../src/import';
import { findAmounts } from '../../../src/import/fields/amounts';
import { lineAmount } from '../../../src/import/economy/lineAmount';
import { blankQuotedMessage } from '../../../src/import/text/quoted';

/**
 * Amounts as officials in small municipalities type them: the currency before the number, ":-" after it, a thousand
 * mark ("450' kr"), products with "x", "×" and "à" restated with "=", an e-mail's budget pasted in with "> ", notes in
 * brackets after an item, and a part first year beside the full year's level. Invented documents, written for these
 * tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));
const values = (text: string) => findAmounts(text).map((a) => a.value);

const HEAD = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Kvällsfika i Norrbyn

Parter
Storby kommun genom socialnämnden, org.nr 212000-0746.
Föreningen Grannstöd, org.nr 802455-1114.

Avtalstid
2029-01-01 – 2030-12-31.
`;

describe('the currency before the number, ":-" after it', () => {
  test.each([
    ['SEK 320 000 per år', [320000]],
    ['kr 60 000', [60000]],
    ['Kr 1 200/mån', [1200]],
    ['kronor 45 000 per år', [45000]],
    ['240 000:-', [240000]],
    ['35 000:- per år', [35000]],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected));

  test('a "kr" after a number is that number\'s, and a year after "kr" is no amount', () => {
    expect(values('kostar 100 kr 2028')).toEqual([100]);
    expect(values('Belopp i kr 2029 enligt budget')).toEqual([]);
    expect(values('avgift 300 kr 60 barn')).toEqual([300]);
  });
});

describe('a thousand mark after the number', () => {
  test.each([
    ["450' kr per helår", [450000]],
    ['betalar 96’ per år', [96000]],
    ["12,5' kr", [12500]],
    ["210'/år", [210000]],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected));

  test('a number in quote marks is no amount', () => {
    expect(values("kod '450' i registret")).toEqual([]);
    expect(values('rum 12’')).toEqual([]);
  });
});

describe('products with x, × and à, restated with "=" and a bare number', () => {
  test.each([
    ['halltid 250 tim x 400 kr = 100 000', 100000],
    ['ledare 1 100 tim à 190 kr = 209 000', 209000],
    ['värdar 300 h × 200 kr = 60 000', 60000],
    ['fyra läger, 4 st à 25 000 kr = 100 000', 100000],
  ])('%s', (text, expected) => expect(lineAmount(text, 0)?.value).toBe(expected));

  test('a bare number that is not the product leaves the line unread', () => {
    expect(lineAmount('halltid 250 tim x 400 kr = 10 000', 0)).toBeNull();
  });

  test('hours "om året" before the rate, in a sentence', () => {
    const a = agreement(`${HEAD}
Ekonomi
Kommunen betalar 200 000 kr per år.
Föreningen bidrar med ideellt arbete, ca 500 timmar om året à 150 kr.
`);
    expect(amounts(a)).toEqual({ 'Storby kommun': 200000, 'Föreningen Grannstöd': 75000 });
  });
});

describe('a closed note without figures after an item', () => {
  test.each([
    ['Kommunen: lokal i Folkets hus, 42 000 kr/år (förvaltningen betalar hyran direkt)', 42000],
    ['Egna medel 35 000 kr (medlemsavgifter, lotteri)', 35000],
  ])('%s', (text, expected) => expect(lineAmount(text, 0)?.value).toBe(expected));

  test('a note that makes the amount one of another period is no note', () => {
    expect(lineAmount('Lokal 42 000 kr (per termin)', 0)).toBeNull();
    expect(lineAmount('Start 42 000 kr (engångsbelopp)', 0)).toBeNull();
  });

  test('the item keeps its party, the note\'s verb makes no sentence of it', () => {
    const a = agreement(`${HEAD}
Ekonomi

Kommunen: verksamhetsbidrag 150 000 kr/år

Kommunen: lokal, 40 000 kr/år (förvaltningen betalar hyran direkt)

Föreningen: ideell tid 500 h à 200 kr = 100 000 kr

Totalt 290 000 kr per år.
`);
    expect(amounts(a)).toEqual({ 'Storby kommun': 190000, 'Föreningen Grannstöd': 100000 });
    expect(a.costItems).toHaveLength(3);
  });
});

describe('a budget pasted from an e-mail with "> "', () => {
  test('a block the document leads into with a colon is its own text: the markers go, the words stay', () => {
    const text = 'Budgeten nedan kommer från föreningens mejl:\n> Lokal 40 000 kr\n> Ledare 60 000 kr\nKommunens del betalas ut i mars.\n';
    const out = blankQuotedMessage(text);
    expect(out).toHaveLength(text.length);
    expect(out).toContain('  Lokal 40 000 kr');
    expect(out).not.toMatch(/^>/m);
  });

  test('a reply\'s quotation ("… skrev:") stays superseded', () => {
    const text = 'Totalt 300 000 kr.\nDen 3 maj 2029 skrev Anna <anna@exempel.se>:\n> Förra utkastet: 20 000 kr/mån\nMvh\n';
    expect(blankQuotedMessage(text)).not.toContain('20 000');
  });

  test('the pasted budget is read like any list, and a payment schedule after it stays outside', () => {
    const a = agreement(`${HEAD}
Ekonomi
Budgeten är hämtad ur föreningens e-post och godkänd av båda parter:

  > Från: kassören
  > Ämne: SV: budget
  >
  >   * kommunen driftbidrag 0,2 Mkr
  >   * kommunen lokal 100 tim x 300 kr = 30 000
  >   * föreningen ledare 400 tim à 200 kr = 80 000
  >   * föreningen material 20 000:-
  > summa 330 tkr
  >
  > Hälsningar kassören

Driftbidraget betalas ut per halvår, 100 000 kr i februari och 100 000 kr i augusti.
`);
    expect(amounts(a)).toEqual({ 'Storby kommun': 230000, 'Föreningen Grannstöd': 100000 });
    expect(a.costItems).toHaveLength(4);
  });
});

describe('a part year beside the full year\'s level', () => {
  test.each([
    ['Kommunen betalar 360 000 kr per helår. Eftersom första året bara är sep–dec betalar kommunen 120 000 kr för 2029 (4/12 av helår).'],
    ['Kommunen betalar 360 000 kr per år. För resterande del av 2029 betalar kommunen 120 000 kr.'],
    ['Kommunen betalar 360 000 kr per helår; för del av år 2029 betalar kommunen 120 000 kr.'],
  ])('%s', (economy) => {
    const a = agreement(`${HEAD}
Ekonomi
${economy}
Föreningen bidrar med ideellt arbete värderat till 90 000 kr per år.
`);
    expect(amounts(a)).toEqual({ 'Storby kommun': 360000, 'Föreningen Grannstöd': 90000 });
    expect(a.warnings.some((w) => w.field === 'contributions' && /del av ett år/.test(w.message))).toBe(true);
  });

  test('a whole year named by its number is no part year', () => {
    const a = agreement(`${HEAD}
Ekonomi
Kommunen betalar 300 000 kr för 2029 och 320 000 kr för 2030.
`);
    expect(amounts(a)['Storby kommun']).toBe(300000);
  });
});
