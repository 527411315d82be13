import { importText, toContractJson } from '../../src/import';

/**
 * A decision memo whose clause enters the partnership with several non-profits, each named with its own org number
 * ("med A (org.nr …) och B (org.nr …)"), while its "Parter" section only points back to them ("samt de två
 * föreningarna ovan"): every one listed is a party with its number (src/import/fields/parties.ts:
 * listedBesideCounterpart, from extractDecisionParties). A name without its own number ends the list. Documents
 * written here.
 */
const imported = (text: string) => toContractJson(importText(text, 'x.txt'));

const MEMO = (clause: string) => `EKBY KOMMUN · Kultur- och fritidsförvaltningen · TJÄNSTESKRIVELSE

Datum 2028-03-02
Diarienummer KFN 2028/31
Till Kultur- och fritidsnämnden, sammanträde 2028-03-20

Idéburet offentligt partnerskap om simundervisning – Simma tryggt

Förslag till beslut

Kultur- och fritidsnämnden föreslås besluta

1. att ingå överenskommelse om idéburet offentligt partnerskap, Simma tryggt, ${clause} enligt bilaga 1,
2. att överenskommelsen gäller fr.o.m. 2028-05-01 t.o.m. 2030-04-30.

Parter

Ekby kommun genom kultur- och fritidsnämnden, org.nr 212000-1959, samt föreningarna ovan. Ekby golfklubb lånar ut lokaler men är inte part.

Ekonomi

Nämndens bidrag är 200 000 kronor per år.
`;
const civil = (clause: string) =>
  imported(MEMO(clause))
    .agreements[0].parties.filter((p) => p.sector === 'civil')
    .map((p) => [p.name, p.orgNumber]);

describe('a decision that enters the partnership with several listed non-profits', () => {
  test('"med A (org.nr …) och B (org.nr …)": both are parties with their numbers', () => {
    expect(civil('med Simklubben Vågen Ekby (org.nr 802470-1685) och Föreningen Badvakterna Ekby (org.nr 802471-1411)')).toEqual([
      ['Simklubben Vågen Ekby', '802470-1685'],
      ['Föreningen Badvakterna Ekby', '802471-1411'],
    ]);
  });

  test('"med A, org.nr …, B, org.nr … samt C, org.nr …": a comma list and "samt"', () => {
    expect(civil('med Simklubben Vågen Ekby, org.nr 802470-1685, Föreningen Badvakterna Ekby, org.nr 802471-1411 samt Stiftelsen Sjösäker Ekby, org.nr 802472-3192,')).toEqual([
      ['Simklubben Vågen Ekby', '802470-1685'],
      ['Föreningen Badvakterna Ekby', '802471-1411'],
      ['Stiftelsen Sjösäker Ekby', '802472-3192'],
    ]);
  });

  test('a name after the counterpart without its own number is not taken as a partner', () => {
    expect(civil('med Simklubben Vågen Ekby (org.nr 802470-1685) och Ekby Badhus som värd,')).toEqual([['Simklubben Vågen Ekby', '802470-1685']]);
  });
});
