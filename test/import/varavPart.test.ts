import { importText, toContractJson } from '../../src/import';

/** "X kronor, varav Y kronor avser …": Y is part of X, never added to it. The documents are written for these tests. */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const doc = (economy: string) => `Idéburet offentligt partnerskap Morgonljus

Parter
Tranås kommun genom socialnämnden, organisationsnummer 212000-0571.
Föreningen Ljusglimten, organisationsnummer 802455-1114.

Ekonomi
${economy}

Avtalstid
Överenskommelsen gäller 2026-01-01 – 2027-12-31.`;

describe('a "varav" part of an amount', () => {
  test('the part is not added to the party\'s amount', () => {
    const a = agreement(doc('Socialnämnden bidrar med 500 000 kronor per år, varav cirka 200 000 kronor avser en halvtid som samordnare. Föreningen bidrar med ideellt arbete motsvarande 150 000 kronor per år.'));
    expect(amounts(a)).toEqual({ 'Tranås kommun': 500000, 'Föreningen Ljusglimten': 150000 });
  });

  test('a "varav" clause that names its own payer still splits a total', () => {
    const a = agreement(doc('Partnerskapets totala kostnad uppgår till 700 000 kronor per år, varav Föreningen Ljusglimten står för 200 000 kronor. Socialnämnden bidrar med 500 000 kronor per år.'));
    expect(amounts(a)['Föreningen Ljusglimten']).toBe(200000);
    expect(amounts(a)['Tranås kommun']).toBe(500000);
  });
});
