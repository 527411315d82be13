import { importText, toContractJson } from '../../src/import';

/**
 * A sentence below an economy table that restates one of a party's rows ("Kommunens del för material, 30 000 kronor
 * per säsong, betalas ut i två delar: 15 000 kronor i mars och 15 000 kronor i september"): when every row has its party
 * and the rows make the stated total, the party's share is the sum of its rows, not the restated row
 * (economy/read.ts, restatedLines). Written for this test.
 */
const agreement = (total: string) => `Överenskommelse om idéburet offentligt partnerskap – Läxhjälp Ekby

1. Parter
Ekby kommun, org.nr 212000-1116, genom socialnämnden.
Föreningen Läsglädje i Ekby, org.nr 802400-1235.

2. Giltighet
Överenskommelsen gäller 2030-01-01 – 2031-12-31.

3. Ekonomi
En säsong motsvarar ett avtalsår. Parternas insatser anges i kronor per säsong.

| Insats | Part | Kr per säsong |
|---|---|---|
| Samordnare | Ekby kommun | 200 000 |
| Lokal | Ekby kommun | 50 000 |
| Material | Ekby kommun | 30 000 |
| Ideell tid, 400 timmar à 200 kr | Föreningen Läsglädje i Ekby | 80 000 |
| Egna medel | Föreningen Läsglädje i Ekby | 20 000 |

Partnerskapets samlade värde blir därmed ${total} kronor per säsong.

Kommunens del för material, 30 000 kronor per säsong, betalas ut till föreningen i två delar: 15 000 kronor i mars och 15 000 kronor i september. Övriga insatser lämnas i form av personal och lokal.
`;

const shares = (text: string) =>
  Object.fromEntries(toContractJson(importText(text, 'avtal.md')).agreements[0].contributions.map((c) => [c.party, c.annualAmount]));

describe('a sentence that restates one of a party’s rows', () => {
  it('keeps the sum of the party’s rows as its share when the rows make the total', () => {
    expect(shares(agreement('380 000'))).toEqual({ 'Ekby kommun': 280000, 'Föreningen Läsglädje i Ekby': 100000 });
  });

  it('keeps the sentence’s amount when the rows do not make the stated total', () => {
    expect(shares(agreement('400 000'))['Ekby kommun']).toBe(30000);
  });
});
