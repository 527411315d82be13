import { importText, toContractJson } from '../../src/import';

/**
 * A plain-text economy that lists each party's lines under its name as a label ("Föreningen:   ideellt arbete 10
 * timmar per vecka i 40 veckor, / värderat till 200 kr per timme (80 000 kr per år) / egna medel: 30 000 kr per år"):
 * each line under the label is one of the party's cost lines (economy/prose.ts, partyLabel), and the product in
 * brackets after the rate is the product restated. Written for this test.
 */
const agreement = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
"Kvällsöppet i Ekby"

§ 1  PARTER

     a) Ekby kommun, genom kommunstyrelsen
        org.nr 212000-1116
     b) Föreningen Läsglädje i Ekby
        org.nr 802400-1235

§ 2  GILTIGHETSTID

     Överenskommelsen gäller 2030-01-01 - 2031-12-31.

§ 3  EKONOMI

     Ekby kommun:        20 000 kr per månad
     Föreningen:         ideellt arbete 10 timmar per vecka i 40 veckor,
                         värderat till 200 kr per timme (80 000 kr per år)
                         egna medel från insamling: 30 000 kr per år

     Sammanlagt 350 000 kr per år.
`;

describe('lines under a party’s label in a plain-text economy', () => {
  const result = toContractJson(importText(agreement, 'avtal.txt')).agreements[0];

  it('reads each line under the label as one of the party’s cost lines', () => {
    expect(result.costItems.map((it) => [it.party, it.annualAmount])).toEqual([
      ['Ekby kommun', 240000],
      ['Föreningen Läsglädje i Ekby', 80000],
      ['Föreningen Läsglädje i Ekby', 30000],
    ]);
  });

  it('makes the party’s share the sum of its lines', () => {
    expect(Object.fromEntries(result.contributions.map((c) => [c.party, c.annualAmount]))).toEqual({ 'Ekby kommun': 240000, 'Föreningen Läsglädje i Ekby': 110000 });
    expect(result.annualTotal).toBe(350000);
  });
});
