import { importText, toContractJson } from '../../src/import';

/**
 * Premises a committee "har ställt … till förfogande" (past tense, as a decision already taken), valued in the clause
 * after a semicolon ("; lokalerna värderas till 45 000 kronor per år"): the committee's municipality is the payer of
 * the value, as with "ställer … till förfogande" (economy/vocabulary.ts, SHARE_VERB). Written for this test.
 */
const agreement = (verb: string) => `Överenskommelse om idéburet offentligt partnerskap – Fritidsguider Ekby

1. Parter
Ekby kommun, org.nr 212000-1116, genom socialnämnden.
Föreningen Läsglädje i Ekby, org.nr 802400-1235.

2. Giltighet
Överenskommelsen gäller 2030-01-01 – 2031-12-31.

3. Ekonomi
Socialnämnden bidrar med 200 000 kronor per år. Kultur- och fritidsnämnden ${verb === "ställer" ? "" : "har i beslut 2029-10-09 "}${verb} lokaler i Ekbyhallen till förfogande utan kostnad; lokalerna värderas till 45 000 kronor per år. Föreningen bidrar med egna medel om 50 000 kronor per år.
`;

const shares = (text: string) =>
  Object.fromEntries(toContractJson(importText(text, 'avtal.txt')).agreements[0].contributions.map((c) => [c.party, c.annualAmount]));

describe('premises made available, in the past tense', () => {
  it('books their value to the committee’s municipality', () => {
    expect(shares(agreement('ställt'))).toEqual({ 'Ekby kommun': 245000, 'Föreningen Läsglädje i Ekby': 50000 });
  });

  it('reads the present tense the same way', () => {
    expect(shares(agreement('ställer'))).toEqual({ 'Ekby kommun': 245000, 'Föreningen Läsglädje i Ekby': 50000 });
  });
});
