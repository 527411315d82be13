import { importText, toContractJson } from '../../src/import';
import { NEW_SUBJECT } from '../../src/import/economy/vocabulary';

/**
 * A paying sentence whose object is a list joined by "och" and "samt" ("bidrar med 500 000 kronor per år för personal
 * och arbetsledning samt med lokalen, som … värderas till 100 000 kronor"): "och arbetsledning samt med" is no new
 * subject, so the payer carries on to the premises' value (economy/vocabulary.ts, NEW_SUBJECT). Written for this test.
 */
const agreement = `Överenskommelse om idéburet offentligt partnerskap – Arbetsträning Ekby

1. Parter
Ekby kommun, org.nr 212000-1116, genom arbetsmarknadsnämnden.
Föreningen Läsglädje i Ekby, org.nr 802400-1235.

2. Giltighet
Överenskommelsen gäller 2030-01-01 – 2031-12-31.

3. Ekonomi
Kommunen bidrar med 500 000 kronor per år för handledare och arbetsledning samt med lokalen på Torget 1, som upplåts utan hyra och värderas till 100 000 kronor per år. Föreningen bidrar med egna medel om 200 000 kronor per år. Partnerskapets samlade värde är därmed 800 000 kronor per år.
`;

describe('an object list joined by "och" and "samt"', () => {
  it('keeps the payer for the value after "samt med"', () => {
    const shares = Object.fromEntries(toContractJson(importText(agreement, 'avtal.txt')).agreements[0].contributions.map((c) => [c.party, c.annualAmount]));
    expect(shares).toEqual({ 'Ekby kommun': 600000, 'Föreningen Läsglädje i Ekby': 200000 });
  });

  it('still sees a new subject after "och"', () => {
    expect(NEW_SUBJECT.test('och församlingen med')).toBe(true);
    expect(NEW_SUBJECT.test('för handledare och arbetsledning samt med')).toBe(false);
  });
});
