import { importText, toContractJson } from '../../../src/import';

/**
 * An economy table priced per a unit with a count column beside it ("Kr per vecka | Antal veckor", "Kr/tillfälle |
 * Antal tillfällen", "Kr per mån | Antal månader", "Kr per deltagare | Antal") and no yearly column: each row's year
 * is its rate times its count (economy/table.ts, rateTimesCount), computed, and confirmed by the table's total row or
 * a stated total. Documents written for these tests.
 */
const agreement = (text: string, file = 'x.txt') => toContractJson(importText(text, file)).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const HEAD = `Överenskommelse om idéburet offentligt partnerskap – Vinteröppet i Kiruna

Parter
Kiruna kommun, organisationsnummer 212000-2817, genom socialnämnden (Kommunen).
Föreningen Varma Händer, organisationsnummer 802498-3317 (Föreningen).

Giltighet
Överenskommelsen gäller från och med den 1 oktober 2026 till och med den 30 april 2028.

Ekonomi
`;

const table = (header: string, rows: [string, string, string, string][], total: string | null, after = '') =>
  `${HEAD}Parternas insatser anges per vecka.

${header}
${rows.map((r) => r.join('\t')).join('\n')}
${total ?? ''}
${after}
`;

const WEEKLY: [string, string, string, string][] = [
  ['Nattvärdar, två per natt', 'Kommunen', '9 500', '30'],
  ['Lokal, inklusive el', 'Kommunen', '2 000', '30'],
  ['Ideell tid, 24 timmar per vecka à 200 kr', 'Föreningen', '4 800', '30'],
  ['Insamlade medel', 'Föreningen', '900', '30'],
];

describe('a rate column times a count column', () => {
  test('"Kr per vecka | Antal veckor": each row is rate × weeks; the total row (per week × weeks) confirms them', () => {
    const a = agreement(table('Insats\tPart\tKr per vecka\tAntal veckor', WEEKLY, 'Totalt per vecka\t\t17 200\t30', 'Partnerskapets samlade värde blir därmed 516 000 kronor per år.'));
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([285000, 60000, 144000, 27000]);
    expect(amounts(a)).toEqual({ 'Kiruna kommun': 345000, 'Föreningen Varma Händer': 171000 });
    expect(a.annualTotal).toBe(516000);
    expect(a.obtained).toMatchObject({ 'costItems[0]': 'reconciled', annualTotal: 'reconciled' });
    expect(a.warnings.filter((w) => /costItems|contributions|annualTotal/.test(w.field ?? ''))).toEqual([]);
  });

  test('the total only in a sentence below (no total row) confirms the products', () => {
    const a = agreement(table('Insats\tPart\tKr/vecka\tVeckor', WEEKLY, null, 'Det sammanlagda värdet per år är 516 000 kronor.'));
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([285000, 60000, 144000, 27000]);
    expect(a.annualTotal).toBe(516000);
    expect(a.obtained.annualTotal).toBe('reconciled');
  });

  test.each([
    ['Kr per tillfälle', 'Antal tillfällen', ['2 500', '40'], 100000],
    ['Kronor per plats', 'Antal platser', ['45 000', '4'], 180000],
    ['Kr per mån', 'Antal månader', ['12 000', '10'], 120000],
    ['Kr/timme', 'Antal timmar per år', ['250', '1 200'], 300000],
    ['Kr per deltagare', 'Antal', ['9 500', '40'], 380000],
    ['Kr per dygn', 'Antal dygn', ['3 100', '60'], 186000],
  ])('"%s | %s"', (rate, count, [r, n], product) => {
    const a = agreement(`${HEAD}
Insats\tPart\t${rate}\t${count}
Verksamhetsbidrag\tKommunen\t${r}\t${n}
Ideellt arbete\tFöreningen\t100 000\t1
`);
    expect(a.costItems[0].annualAmount).toBe(product);
    expect(a.obtained['costItems[0]']).toBe('computed');
  });

  test('"Kr/mån" beside a plain "Antal" (posts, not months) is not rate × count: the month column is × 12 as before', () => {
    const a = agreement(`${HEAD}
Insats\tPart\tAntal\tKr/mån
Samordnare\tKommunen\t2\t30 000
Ideellt arbete\tFöreningen\t1\t10 000
`);
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([360000, 120000]);
  });

  test('a yearly column beside the rate and the count is the row\'s amount; nothing is multiplied', () => {
    const a = agreement(`${HEAD}
Insats\tPart\tKr per vecka\tAntal veckor\tKr per år
Nattvärdar\tKommunen\t9 500\t30\t285 000
Ideellt arbete\tFöreningen\t4 800\t30\t144 000
Summa\t\t\t\t429 000
`);
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([285000, 144000]);
  });

  test('a row with a rate and no count is left out and said so on costItems', () => {
    const rows = WEEKLY.map((r, k) => (k === 1 ? ([r[0], r[1], r[2], ''] as [string, string, string, string]) : r));
    const a = agreement(table('Insats\tPart\tKr per vecka\tAntal veckor', rows, null));
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([285000, 144000, 27000]);
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS', field: 'costItems' }));
  });
});
