import { importText, toContractJson } from '../../../src/import';
import { findAmounts } from '../../../src/import/fields/amounts';

/**
 * An economy written as each party's commitments, spread over several §§: "Kommunen åtar sig att betala …", "Alliansen
 * åtar sig att" followed by a list of infinitives, a lent thing valued in the next sentence, amounts in words with
 * their digits in brackets and points between thousands. A party's commitments are the amounts in the clauses whose
 * subject is that party (prose.ts, read.ts). The documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

const HEAD = `STRÖMSBY KOMMUN
Fritidsnämnden                                   Dnr FN 2027.88

ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
"Lovskola Strömsby"


1 § Parter

Strömsby kommun, org.nr 212000-4383, genom fritidsnämnden ("Kommunen")
Idrottsalliansen Strömsby, org.nr 802531-7747 ("Alliansen")


2 § Giltighet

Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31.
`;

const COMMITMENTS = `
3 § Kommunens bidrag

Kommunen åtar sig att betala ett årligt bidrag om trehundrafyrtiotusen (340.000) kronor
till Alliansen. Bidraget betalas ut i april.


4 § Lokaler

Kommunen åtar sig att under sommarlovet ställa Strömsbyhallen till Alliansens
förfogande. Hallens värde för verksamheten är beräknat till 52.000 kr per år.


5 § Alliansens åtaganden

Alliansen åtar sig att
- leda lovskolans pass med utbildade tränare,
- bidra med ideellt arbete motsvarande 1.400 timmar per år, värderat till
  210 kr per timme inklusive sociala avgifter, det vill säga 294.000 kr,
- låna ut bollar och annan utrustning; utrustningens värde är 18.000 kr per år, samt
- bidra med egna medel om tjugotusen (20.000) kronor per år.
`;

const TOTAL = `
6 § Partnerskapets värde

Partnerskapets sammanlagda värde är 724.000 kronor per år, varav Kommunens
insatser 392.000 kronor och Alliansens insatser 332.000 kronor.
`;

describe('commitments written as "X åtar sig att …" clauses', () => {
  test('each party’s commitments are the amounts of its clauses; the stated total and sub-sums confirm them', () => {
    const a = agreement(HEAD + COMMITMENTS + TOTAL);
    expect(a.parties.map((p) => p.name)).toEqual(['Strömsby kommun', 'Idrottsalliansen Strömsby']);
    expect(a.costItems.map((it) => [it.party, it.annualAmount])).toEqual([
      ['Strömsby kommun', 340_000],
      ['Strömsby kommun', 52_000],
      ['Idrottsalliansen Strömsby', 294_000],
      ['Idrottsalliansen Strömsby', 18_000],
      ['Idrottsalliansen Strömsby', 20_000],
    ]);
    expect(a.contributions).toEqual([
      { party: 'Strömsby kommun', annualAmount: 392_000 },
      { party: 'Idrottsalliansen Strömsby', annualAmount: 332_000 },
    ]);
    expect(a.annualTotal).toBe(724_000);
    expect(codes(a).filter((c) => /costItems|contributions|annualTotal/.test(c))).toEqual([]);
  });

  test('without a stated total the commitments still give each party its part', () => {
    const a = agreement(HEAD + COMMITMENTS);
    expect(a.contributions).toEqual([
      { party: 'Strömsby kommun', annualAmount: 392_000 },
      { party: 'Idrottsalliansen Strömsby', annualAmount: 332_000 },
    ]);
  });

  test('labels are what each commitment gives, not the amount in words', () => {
    const a = agreement(HEAD + COMMITMENTS + TOTAL);
    expect(a.costItems.map((it) => it.label)).toEqual(['årligt bidrag', 'Hallens värde', 'ideellt arbete', 'utrustningens värde', 'egna medel']);
  });

  test('hours × rate restated with "det vill säga" is one amount, not two', () => {
    const a = agreement(`${HEAD}
3 § Ekonomi

Kommunen bidrar med 150 000 kronor per år. Alliansen bidrar med ideellt arbete om 1.400 timmar per år à 210 kr per timme, det vill säga 294.000 kronor.
`);
    expect(a.contributions).toEqual([
      { party: 'Strömsby kommun', annualAmount: 150_000 },
      { party: 'Idrottsalliansen Strömsby', annualAmount: 294_000 },
    ]);
  });

  test('a list item that names its own payer keeps it', () => {
    const own = COMMITMENTS.replace('- leda lovskolans pass med utbildade tränare,', '- leda lovskolans pass; Kommunen står för domarkostnader om 6.000 kr per år,');
    const a = agreement(HEAD + own);
    expect(a.costItems).toContainEqual(expect.objectContaining({ party: 'Strömsby kommun', annualAmount: 6_000 }));
  });

  test('the partnership’s value after a commitment without an amount stays the total, not the committing party’s', () => {
    const text = `${HEAD}
3 § Åtaganden

Kommunen åtar sig att ställa Strömsbyhallen till Alliansens förfogande. Partnerskapets värde är beräknat till 400.000 kr per år.
`;
    const a = agreement(text);
    expect(a.contributions.find((c) => c.party === 'Strömsby kommun')).toBeUndefined();
  });
});

describe('an amount in words with its digits in brackets', () => {
  test.each([
    ['ett bidrag om trehundrafyrtiotusen (340.000) kronor per år', 340_000],
    ['egna medel om tjugotusen (20 000) kr', 20_000],
    ['femtontusen ( 15.000 ) kronor', 15_000],
  ])('%s', (text, value) => {
    expect(findAmounts(text).map((a) => a.value)).toEqual([value]);
  });

  test('a bracketed figure after a word that is no number is not joined to a currency word outside it', () => {
    expect(findAmounts('enligt bilaga 3 (2028) kronor')).toEqual([]);
  });
});
