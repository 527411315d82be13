import { importText, toContractJson } from '../../../src/import';

/**
 * A table's unit stated in its section's heading ("## Finansiering (tkr per år)", "4. Ekonomi – belopp i tkr") holds
 * for the table right under it, as a sentence above the table does. Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.md')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const doc = (heading: string, between = '') => `# Överenskommelse om idéburet offentligt partnerskap – Cykelverkstaden

Parter: Bollnäs kommun genom socialnämnden, org.nr 212000-2270, och Föreningen Cykelhjälpen Bollnäs, org.nr 802515-6628.

Överenskommelsen gäller från och med 2026-01-01 till och med 2027-12-31.

${heading}
${between}
| Post | Kommunen | Föreningen |
|---|---|---|
| Lokalhyra | 180 | |
| Verkstadsledare | 240 | |
| Ideellt arbete | | 150 |
| Summa | 420 | 150 |

Övriga villkor regleras i bilaga.
`;

describe("a table's unit in its section's heading", () => {
  test.each([
    ['## Finansiering (tkr per år)'],
    ['## 4. Ekonomi – belopp i tkr'],
    ['**Ekonomi (belopp i tusentals kronor)**'],
    ['### Budget, KSEK'],
  ])('%s: the amounts are thousands of kronor', (heading) => {
    const a = agreement(doc(heading));
    expect(amounts(a)).toEqual({ 'Bollnäs kommun': 420000, 'Föreningen Cykelhjälpen Bollnäs': 150000 });
  });

  test('a heading without a unit leaves the table in kronor', () => {
    expect(amounts(agreement(doc('## Ekonomi')))['Bollnäs kommun']).toBe(420);
  });

  test('a sentence under the heading that states an amount of its own names that amount, not the table', () => {
    const a = agreement(doc('## Ekonomi', 'Nämndens kostnad ryms inom ramen på 0,55 mnkr.\n'));
    expect(amounts(a)['Bollnäs kommun']).toBe(420);
  });
});
