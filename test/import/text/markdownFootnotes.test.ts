import { importText, toContractJson } from '../../../src/import';

/**
 * Markdown footnotes ("[^1]" in a table cell, "[^1]: …" below) explain an amount; they are neither items nor the
 * agreement's terms. A parties table's alias column ("Benämns") names the party in the economy table. Documents
 * written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.md')).agreements[0];

const DOC = `# Överenskommelse om idéburet offentligt partnerskap

## Språkcafé Bollnäs

### 1. Parter

| Part | Org.nr | Benämns |
|---|---|---|
| Bollnäs kommun, kultur- och fritidsnämnden | 212000-2213 | Nämnden |
| Missionskyrkan i Bollnäs | 802004-9931 | Kyrkan |

### 2. Ekonomi

| Part | Insats | Kr per år |
|---|---|---:|
| Nämnden | Verksamhetsbidrag | 150 000 |
| Kyrkan | Lokal[^1] | 36 000 |
| Kyrkan | Ideell tid, 300 timmar à 200 kr | 60 000 |
| **Summa** | | **246 000** |

[^1]: Lokalen värderas till 3 000 kr per månad enligt
    kyrkans hyreslista för 2026.

### 3. Avtalstid

Överenskommelsen gäller 2027-01-01–2028-12-31.[^2]

[^2]: Avstämning senast 2028-06-30.
`;

test('the alias column names the party of each economy row; the footnote is neither an item nor a marker in a label', () => {
  const a = agreement(DOC);
  expect(a.costItems.map((c) => [c.party, c.label, c.annualAmount])).toEqual([
    ['Bollnäs kommun', 'Verksamhetsbidrag', 150000],
    ['Missionskyrkan i Bollnäs', 'Lokal', 36000],
    ['Missionskyrkan i Bollnäs', 'Ideell tid, 300 timmar à 200 kr', 60000],
  ]);
  expect(a.annualTotal).toBe(246000);
  expect(a.validity.end).toBe('2028-12-31');
});
