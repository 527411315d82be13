import { importText, toContractJson } from '../../src/import';

/**
 * A table per year whose first year is a part year ("2028 (sep–dec)"), in a PDF whose narrow Part column ran into
 * that year's column ("Part 2028 (sep–dec)" over "Regionen 160 000"): the Part column is split again and the rows
 * keep their parties (economy/table.ts, joinedPartyAmount), and the first column's amounts, which are no full year's,
 * are said to be so on the shares and the total. The civil party's alias stands in brackets after its number and
 * before an apposition ("org.nr …, (kretsen), lokal krets inom …"; fields/parties.ts, ALIAS_AFTER). Written for this test.
 */
const agreement = `Region Ekby
Folkhälsonämnden

Överenskommelse om idéburet offentligt partnerskap – Träffpunkt Ekby

§ 1 Parter
Region Ekby, folkhälsonämnden, org.nr 232100-0016 (regionen).
Hjälpringen Ekbykretsen, org.nr 802400-1235 (kretsen), lokal krets inom riksföreningen Hjälpringen.

§ 2 Tid
Överenskommelsen gäller från och med 1 september 2028 till och med 31 augusti 2030.

§ 3 Ekonomi
Parternas insatser per år framgår av tabellen.
Post\tPart 2028 (sep–dec)\t2029\t2030 (jan–aug)
Verksamhetsbidrag\tRegionen 100 000\t300 000\t200 000
Lokal\tRegionen 20 000\t60 000\t40 000
Ideellt arbete\tKretsen 40 000\t120 000\t80 000
Summa\t160 000\t480 000\t320 000
`;

const result = () => toContractJson(importText(agreement, 'avtal.txt')).agreements[0];

describe('a Part column run into a part year’s column', () => {
  it('keeps every row with its party', () => {
    expect(result().costItems.map((it) => [it.party, it.label])).toEqual([
      ['Region Ekby', 'Verksamhetsbidrag'],
      ['Region Ekby', 'Lokal'],
      ['Hjälpringen Ekbykretsen', 'Ideellt arbete'],
    ]);
  });

  it('says that the first column is no full year', () => {
    const fields = result().warnings.filter((w) => w.code === 'AMBIGUOUS' && /del av året/.test(w.message)).map((w) => w.field);
    expect(fields).toEqual(['contributions', 'annualTotal']);
  });
});
