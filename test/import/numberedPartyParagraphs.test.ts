import { importText, toContractJson } from '../../src/import';

/**
 * Numbered party paragraphs ("1.1 X kommun, org.nr …, genom nämnden (nedan Nämnden)." / "1.2 Föreningen Y, org.nr …")
 * that a PDF's text layer runs together into one stretch of prose: the second party's segment then opens with the stop
 * that ended the first party's sentence, before its own number (fields/parties.ts, parseSegment). Written for this test.
 */
const agreement = (join: string) => `Överenskommelse om idéburet offentligt partnerskap – Kvällsfika Ekby

1 Parter
1.1 Ekby kommun, org.nr 212000-1116, genom kultur- och fritidsnämnden (nedan Nämnden).${join}1.2 Föreningen Läsglädje i Ekby, org.nr 802400-1235 (nedan Föreningen).

2 Namn
2.1 Partnerskapet benämns Kvällsfika Ekby.

3 Giltighetstid
3.1 Överenskommelsen gäller 2030-01-01 – 2030-12-31.

4 Ekonomi
4.1 Nämnden bidrar med 120 000 kr per år. Föreningen bidrar med ideellt arbete värderat till 60 000 kr per år.
`;

const parties = (text: string) =>
  toContractJson(importText(text, 'avtal.txt')).agreements[0].parties.map((p) => [p.name, p.orgNumber ?? null]);

describe('numbered party paragraphs run together', () => {
  it('reads the second party after the stop that ends the first', () => {
    expect(parties(agreement(' '))).toEqual([
      ['Ekby kommun', '212000-1116'],
      ['Föreningen Läsglädje i Ekby', '802400-1235'],
    ]);
  });

  it('reads the same parties from paragraphs on lines of their own', () => {
    expect(parties(agreement('\n'))).toEqual([
      ['Ekby kommun', '212000-1116'],
      ['Föreningen Läsglädje i Ekby', '802400-1235'],
    ]);
  });
});
