import { importText, toContractJson } from '../../src/import';

/**
 * Two non-profits' own contributions in one sentence, each named by the definite form of its name's last word and a
 * compound share noun ("Sommarskolans egeninsats värderas till … och scoutkårens till …"): the first names its payer
 * through the alias (fields/parties.ts, aliasesOf: "…skola" → "…skolan") and the share noun (economy/vocabulary.ts,
 * SHARE_NOUN: "egeninsats"), and the second goes on from it. Written for this test.
 */
const agreement = (noun: string) => `Överenskommelse om idéburet offentligt partnerskap – Sommarläger Ekby

1. Parter
Ekby kommun, org.nr 212000-1116, genom kultur- och fritidsnämnden.
Föreningen Ekby Sommarskola, org.nr 802400-1235.
Ekby Scoutkår, org.nr 802400-1243.

2. Giltighet
Överenskommelsen gäller 2030-01-01 – 2031-12-31.

3. Ekonomi
Nämnden bidrar med 300 000 kronor per år. Sommarskolans ${noun} värderas till 120 000 kronor per år (lokaler och ledare) och scoutkårens till 60 000 kronor per år (utrustning). Partnerskapets totala värde uppgår därmed till 480 000 kronor per år.
`;

const shares = (text: string) =>
  Object.fromEntries(toContractJson(importText(text, 'avtal.txt')).agreements[0].contributions.map((c) => [c.party, c.annualAmount]));

describe('own contributions named by short names', () => {
  it('reads each non-profit’s egeninsats', () => {
    expect(shares(agreement('egeninsats'))).toEqual({ 'Ekby kommun': 300000, 'Föreningen Ekby Sommarskola': 120000, 'Ekby Scoutkår': 60000 });
  });

  it('reads the plain insats the same way', () => {
    expect(shares(agreement('insats'))).toEqual({ 'Ekby kommun': 300000, 'Föreningen Ekby Sommarskola': 120000, 'Ekby Scoutkår': 60000 });
  });
});
