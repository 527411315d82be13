import { importText, toContractJson } from '../../../src/import';

/**
 * A plain-text economy whose items stand under the committee's name ("Kultur- och fritidsnämnden", longer than the
 * party's own name "Vara kommun"), followed by a sentence restating the shares ("Nämndens insats är … och Klubbens
 * …") and a line comparing with the year before ("Förändring mot 2026: −40 000 kr"). Amounts grouped with no-break,
 * thin and narrow no-break spaces, words with soft hyphens. Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const DOC = `VARA KOMMUN
Fritidsförvaltningen

ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Cykelkompisar Vara

1. PARTER

Vara kommun genom kultur- och fritidsnämnden
Org.nr 212000-1694
(nedan Nämnden)

Idrottsklubben Vara Trampare
Org.nr 802401-1135
(nedan Klubben)

2. EKONOMI

Parternas insatser per år:

  Kultur- och fritidsnämnden
    Verksamhetsbidrag, 20\u202f000 kr per månad ..........  240\u2009000 kr
    Lån av lokal ......................................   60\u2009000 kr
  Klubben
    Ledar\u00adtid, 900 timmar à 200 kr ....................  180\u2009000 kr
    Cyklar och verktyg ................................   45\u2009000 kr
  ------------------------------------------------------------
  Totalt per år ......................................  525\u2009000 kr

Nämndens insats är 300\u00a0000 kr och Klubbens 225\u00a0000 kr per år.
Förändring mot 2026 års bidrag (340\u00a0000 kr): \u221240\u00a0000 kr.

3. AVTALSTID

Avtalsperiod: 2027-03-01 \u2013 2029-02-28.
`;

describe('a leader list under committee and alias headings', () => {
  test("the committee's heading is the municipality's: every line under it is the municipality's item", () => {
    const a = agreement(DOC);
    expect(amounts(a)).toEqual({ 'Vara kommun': 300000, 'Idrottsklubben Vara Trampare': 225000 });
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Vara kommun', 240000],
      ['Vara kommun', 60000],
      ['Idrottsklubben Vara Trampare', 180000],
      ['Idrottsklubben Vara Trampare', 45000],
    ]);
    expect(a.annualTotal).toBe(525000);
  });

  test('a sentence restating the shares and a change with its minus sign are no items', () => {
    const a = agreement(DOC);
    expect(a.costItems).toHaveLength(4);
    expect(a.costItems.some((c) => c.annualAmount === 40000 || /insats är/.test(c.label))).toBe(false);
    expect(a.warnings.filter((w) => w.field === 'annualTotal' || (w.field ?? '').startsWith('contributions'))).toEqual([]);
  });

  test('a minus sign written as a hyphen is a change as well; a dash between words is not', () => {
    const hyphen = agreement(DOC.replace('\u221240\u00a0000 kr', '-40 000 kr'));
    expect(hyphen.costItems).toHaveLength(4);
    const dashed = agreement(DOC.replace('    Cyklar och verktyg ................................   45\u2009000 kr', '    Cyklar och verktyg - 45 000 kr'));
    expect(dashed.costItems.map((c) => c.annualAmount)).toContain(45000);
  });

  test('the same list with plain spaces reads the same', () => {
    const plain = DOC.replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/\u00ad/g, '').replace(/\u2212/g, '-').replace(/\u2013/g, '-');
    expect(amounts(agreement(plain))).toEqual(amounts(agreement(DOC)));
  });
});
