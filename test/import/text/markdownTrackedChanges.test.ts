import { importText, toContractJson } from '../../../src/import';

/**
 * Word's tracked changes and comments as pandoc writes them into Markdown: the agreement as accepted is read (an
 * insertion kept, a deletion dropped) and a reviewer's comment is no text of the agreement. Documents written for
 * these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.md')).agreements[0];

const DOC = `# Överenskommelse om idéburet offentligt partnerskap – Läxhjälp Tuna

## 1. Parter

Tuna kommun, barn- och utbildningsnämnden, org.nr 212000-2205, och Föreningen Läxhjälpen Tuna, org.nr 802004-9931.

## 2. Ekonomi

| Part | Insats | Kr per år |
|---|---|---:|
| Nämnden | Verksamhetsbidrag | [400 000]{.deletion author="A" date="2029-01-10T09:00:00Z"}[Ekonomen föreslår 500 000 kr.]{.comment-start id="0" author="B" date="2029-01-11T10:00:00Z"}[450 000]{.insertion author="A" date="2029-01-10T09:00:00Z"}[]{.comment-end id="0"} |
| Föreningen | Ideell tid, 500 timmar à 200 kr | 100 000 |
| **Totalt** | | [500 000]{.deletion author="A"}[550 000]{.insertion author="A"} |

Nämndens bidrag räknas upp med [3 procent]{.deletion author="A"}[2 procent]{.insertion author="A"} per år.
[Budgetdirektivet anger 1,5 procent.]{.comment-start id="1" author="B"}Bidraget betalas ut
kvartalsvis.[]{.comment-end id="1"}

## 3. Giltighet

Överenskommelsen gäller från och med 2030-01-01 till och med [2030-12-31]{.deletion author="A"}[2031-12-31]{.insertion author="A"}.
`;

test('a tracked change is read as accepted: the inserted amount, rate and date, never the deleted ones', () => {
  const a = agreement(DOC);
  expect(a.validity.start).toBe('2030-01-01');
  expect(a.validity.end).toBe('2031-12-31');
  expect(a.indexation?.rate).toBe(0.02);
  expect(a.annualTotal).toBe(550000);
  expect(a.costItems.map((c) => c.annualAmount)).toEqual([450000, 100000]);
});

test("a comment's text (a reviewer's figure or rate) is no part of the agreement; the text it comments on is", () => {
  const a = agreement(DOC);
  const all = JSON.stringify(a);
  expect(all).not.toContain('500 000 kr');
  expect(a.indexation?.rate).not.toBe(0.015);
  expect(a.warnings.filter((w) => ['annualTotal', 'indexation', 'validity.end'].includes(w.field ?? ''))).toEqual([]);
});

test('text that only looks like a span (a link, a bracket) is left as it is', () => {
  const text = DOC.replace('## 3. Giltighet', 'Se [kommunens riktlinjer](riktlinjer.pdf) och [bilaga 1].\n\n## 3. Giltighet');
  expect(agreement(text).annualTotal).toBe(550000);
});
