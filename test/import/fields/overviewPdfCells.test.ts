import { importText, toContractJson } from '../../../src/import';

/**
 * An overview as a PDF's text layer gives it (cells split by tabs): two header cells may run together when their gap
 * is narrow ("Värde per år Nämndens del" over rows of one cell more), a places column says its number in words
 * ("12 helårsplatser", "upp till 8 platser") or states no places at all ("40 sommarjobb"), and one partner cell may
 * hold two partners, each with its number after a comma, one of them unhyphenated (src/import/fields/overview.ts:
 * headerOf, numberedNames; fields/places.ts placesStated). The documents are written here.
 */
const imported = (text: string) => toContractJson(importText(text, 'x.txt'));
type Agreement = ReturnType<typeof imported>['agreements'][number];
const amounts = (a: Agreement) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const overview = (header: string, second = 'Stiftelsen Björkgården, 8025324719 Vänföreningen Ekbacken, 802609-1531') =>
  [
    'Förteckning över nämndens idéburna offentliga partnerskap',
    '',
    'Storviks kommun (org.nr 212000-2817) har genom socialnämnden ingått följande partnerskap. Belopp i kronor.',
    '',
    header,
    '',
    '1\tLäxhjälp Storvik\tStorviks Studiecirkel, 802584-6190\t12 helårsplatser\t2028-01-01 – 2029-12-31\t412 000\t300 000',
    `2\tBoende Ekbacken\t${second}\tupp till 8 platser\t2029-01-01 – 2030-12-31\t980 000\t640 000`,
    '3\tSommarjobb\tStorviks Friidrottsklubb, 802575-9260\t40 sommarjobb för 16–19-åringar\t2028-06-01 – 2028-08-31\t560 000\t480 000',
    '',
  ].join('\n');

describe('an overview read from a PDF’s cells', () => {
  it('splits two header cells that ran together when the rows have one cell more', () => {
    const r = imported(overview('Nr\tPartnerskap\tIdéburen part och org.nr\tPlatser\tGiltighet\tVärde per år Nämndens del'));
    expect(r.agreements.map((a) => a.name)).toEqual(['Läxhjälp Storvik', 'Boende Ekbacken', 'Sommarjobb']);
    const [first] = r.agreements;
    expect(first.annualTotal).toBe(412_000);
    expect(amounts(first)['Storviks kommun']).toBe(300_000);
    expect(first.validity).toMatchObject({ start: '2028-01-01', end: '2029-12-31' });
  });

  it('reads the same table with its header cells apart alike', () => {
    const apart = imported(overview('Nr\tPartnerskap\tIdéburen part och org.nr\tPlatser\tGiltighet\tVärde per år\tNämndens del'));
    const together = imported(overview('Nr\tPartnerskap\tIdéburen part och org.nr\tPlatser\tGiltighet\tVärde per år Nämndens del'));
    expect(together.agreements.map(amounts)).toEqual(apart.agreements.map(amounts));
  });

  it('reads places said in words in the places column, and none where the column states no places', () => {
    const r = imported(overview('Nr\tPartnerskap\tIdéburen part och org.nr\tPlatser\tGiltighet\tVärde per år\tNämndens del'));
    expect(r.agreements.map((a) => a.places)).toEqual([12, 8, null]);
  });

  it('gives two partners in one cell each its own number, an unhyphenated one only when its check digit holds', () => {
    const header = 'Nr\tPartnerskap\tIdéburen part och org.nr\tPlatser\tGiltighet\tVärde per år\tNämndens del';
    const parties = imported(overview(header)).agreements[1].parties.filter((p) => p.sector === 'civil');
    expect(parties.map((p) => [p.name, p.orgNumber])).toEqual([
      ['Stiftelsen Björkgården', '802532-4719'],
      ['Vänföreningen Ekbacken', '802609-1531'],
    ]);
    // One digit off: no longer an org number, so the cell is not split on it and no number is given as read.
    const wrong = imported(overview(header, 'Stiftelsen Björkgården, 8025324718 Vänföreningen Ekbacken, 802609-1531')).agreements[1];
    expect(wrong.parties.some((p) => p.orgNumber === '802532-4718')).toBe(false);
  });
});
