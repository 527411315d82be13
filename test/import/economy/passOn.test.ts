import { importText, toContractJson } from '../../../src/import';

/**
 * Several civil parties, one of them coordinating: money one party passes on to another out of an amount it receives
 * is inside that amount, never a share of its own; and the civil side's subtotal stated for the group ("de idéburna
 * parternas") restates the members' own lines instead of becoming one member's share. The documents are written for
 * these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);
const economyCodes = (a: { warnings: { code: string; field?: string }[] }) => codes(a).filter((c) => /costItems|contributions|annualTotal/.test(c));
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const doc = (economy: string) => `Partnerskapsavtal – Sagostunder Vänersnäs

Parter
Vänersnäs kommun, org.nr 212000-1405, genom kulturnämnden (Kommunen).
Föreningen Bokbussen, org.nr 802511-2239 (Bokbussen).
Studieförbundet Lärkan, org.nr 802633-4717 (Lärkan).

Ekonomi
${economy}

Giltighet
Avtalet gäller från och med 2027-01-01 till och med 2028-12-31.
`;

const EXPECTED = { 'Vänersnäs kommun': 600000, 'Föreningen Bokbussen': 200000, 'Studieförbundet Lärkan': 50000 };
const REST = 'Bokbussen bidrar med ideellt arbete värderat till 200 000 kronor per år. Lärkan bidrar med lokaler värderade till 50 000 kronor per år. Partnerskapets totala värde är 850 000 kronor per år.';

describe('money passed on from one party to another', () => {
  test.each([
    ['the coordinating party "vidareförmedlar" part of the grant', 'Kommunen bidrar med 600 000 kronor per år. Bokbussen är samordnande part och vidareförmedlar 120 000 kronor per år av bidraget till Lärkan.'],
    ['a party "betalar … vidare till" the other', 'Kommunen bidrar med 600 000 kronor per år. Av kommunens bidrag betalar Bokbussen 120 000 kronor per år vidare till Lärkan.'],
    ['"varav … vidareförmedlas till" in the payer\'s own sentence', 'Kommunen bidrar med 600 000 kronor per år, varav 120 000 kronor vidareförmedlas till Lärkan.'],
  ])('%s: inside the grant, not a share of its own', (_, passOn) => {
    const a = agreement(doc(`${passOn} ${REST}`));
    expect(amounts(a)).toEqual(EXPECTED);
    expect(a.annualTotal).toBe(850000);
    // The shares add up to the stated total: nothing was added twice (no lines are written, so none is listed).
    expect(economyCodes(a)).toEqual(['MISSING_FIELD:costItems']);
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'reconciled', 'contributions[1]': 'reconciled', 'contributions[2]': 'reconciled', annualTotal: 'reconciled' });
  });
});

describe('the civil side\'s subtotal after a table of each party\'s lines', () => {
  const TABLE = `Part\tInsats\tKronor per år
Kommunen\tVerksamhetsbidrag (varav 120 000 kr vidareförmedlas till Lärkan)\t600 000
Bokbussen\tIdeella sagoläsare, 800 timmar à 200 kr\t160 000
Bokbussen\tEgna medel\t40 000
Lärkan\tLokaler för sagostunder, värderade\t50 000
Summa\t\t850 000`;

  test('"… och de idéburna parternas till 250 000 kronor" restates the civil rows: no share booked on one of them', () => {
    const a = agreement(doc(`${TABLE}\n\nKommunens insatser uppgår till 600 000 kronor per år och de idéburna parternas till 250 000 kronor per år.`));
    expect(amounts(a)).toEqual(EXPECTED);
    expect(a.costItems).toHaveLength(4);
    expect(economyCodes(a)).toEqual([]);
  });

  test('a group amount the members\' lines do not add up to stays on the first member, said so', () => {
    const a = agreement(doc(`${TABLE}\n\nKommunens insatser uppgår till 600 000 kronor per år och de idéburna parternas till 300 000 kronor per år.`));
    expect(codes(a)).toContain('AMBIGUOUS:contributions');
    expect(a.warnings.find((w) => w.code === 'AMBIGUOUS' && w.field === 'contributions')?.message).toContain('utan fördelning mellan dem');
  });
});
