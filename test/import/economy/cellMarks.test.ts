import { importText, toContractJson } from '../../../src/import';
import { cellAmount, describeItem, withoutMarks } from '../../../src/import/economy/cells';
import { htmlToText } from '../../../src/import/readers/html';

/**
 * What stands beside the number in an economy table's cell and is no part of it (economy/cells.ts, table.ts): a
 * footnote marker ("450 000[^1]", "216 000²", "450 000*", "[1]", "1)") and a ceiling word ("högst 1 200"); and a
 * PDF row whose Part cell and amount ran together ("Kommunen högst 1 200"). Documents written for these tests.
 */
const agreement = (text: string, file = 'x.txt') => toContractJson(importText(text, file)).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const HEAD = `Överenskommelse om idéburet offentligt partnerskap – Kvällsöppet i Hallstahammar

Parter
Hallstahammars kommun, organisationsnummer 212000-2031, genom kultur- och fritidsnämnden (Kommunen).
Föreningen Ungdomsgården Kvarnen, organisationsnummer 802498-3317 (Föreningen).

Giltighet
Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2028.

Ekonomi
`;

describe('footnote markers after a cell\'s number', () => {
  test.each([
    ['markdown footnotes', '450 000[^1]', '216 000[^2]'],
    ['raised digits', '450 000¹', '216 000²'],
    ['asterisks', '450 000*', '216 000**'],
    ['bracketed numbers', '450 000 [1]', '216 000[2]'],
    ['numbers with a parenthesis', '450 000 1)', '216 000 (2)'],
  ])('%s are not part of the number; the footnote\'s partial-year figure is not the yearly amount', (_, first, second) => {
    const a = agreement(`${HEAD}
| Insats | Part | Kronor per år |
|---|---|---:|
| Verksamhetsbidrag | Kommunen | ${first} |
| Lokal, värderad | Kommunen | 84 000 |
| Ideell tid | Föreningen | ${second} |
| Egna medel | Föreningen | 35 000 |
| **Summa** | | **785 000** |

Not 1: Beloppet avser helt år. För det första året, som börjar den 1 mars, betalas 10/12, det vill säga 375 000 kronor.
Not 2: 1 200 timmar à 180 kr.
`, 'x.md');
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([450000, 84000, 216000, 35000]);
    expect(amounts(a)).toEqual({ 'Hallstahammars kommun': 534000, 'Föreningen Ungdomsgården Kvarnen': 251000 });
    expect(a.annualTotal).toBe(785000);
  });

  test('a cell keeps a number that is all digits; a marker only counts after the number', () => {
    expect(withoutMarks('450 000[^1]')).toBe('450 000');
    expect(withoutMarks('216 000²')).toBe('216 000');
    expect(withoutMarks('120 000 kr*')).toBe('120 000 kr');
    expect(cellAmount('2 160 002', 0, 1)).toBe(2160002);
    expect(cellAmount('[1] 450 000', 0, 1)).toBeNull();
  });

  test("Word's superscript footnote marker stays raised in the text, apart from the number", () => {
    const text = htmlToText('<table><tr><td>Ideell tid</td><td>216 000<sup>2</sup></td></tr></table><p>Lokal om 120 m<sup>2</sup>.</p>');
    expect(text).toContain('216 000²');
    expect(text).toContain('120 m²');
  });
});

describe('a ceiling in a table cell', () => {
  test.each(['högst 1 200', 'max 1 200', 'maximalt 1 200', 'upp till 1 200'])('"%s" in a tkr column is the decided amount', (cell) => {
    const a = agreement(`${HEAD}Belopp i tkr per år.

Insats\tPart\ttkr/år
Verksamhetsbidrag\tKommunen\t${cell}
Hyra\tKommunen\t216
Ideellt arbete\tFöreningen\t462
Summa\t\t1 878
`);
    expect(amounts(a)).toEqual({ 'Hallstahammars kommun': 1416000, 'Föreningen Ungdomsgården Kvarnen': 462000 });
    expect(a.annualTotal).toBe(1878000);
  });
});

describe('a PDF row whose Part cell and amount ran together', () => {
  test('"Kommunen högst 1 200" under "Part | tkr/år" is the party and the amount; the Summa row confirms them', () => {
    const a = agreement(`${HEAD}Belopp i tkr per år.

Insats\tPart\ttkr/år

Verksamhetsbidrag\tHallstahammars kommun högst 1 200
Hyra för lokal, betalas direkt till hyresvärden\tHallstahammars kommun 216
Ideellt arbete, 2 100 timmar à 220 kr\tFöreningen Ungdomsgården Kvarnen 462
Insamlade medel\tFöreningen 60
Summa\t1 938
`);
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Hallstahammars kommun', 1200000],
      ['Hallstahammars kommun', 216000],
      ['Föreningen Ungdomsgården Kvarnen', 462000],
      ['Föreningen Ungdomsgården Kvarnen', 60000],
    ]);
    expect(a.annualTotal).toBe(1938000);
    expect(a.warnings.filter((w) => /costItems|contributions|annualTotal/.test(w.field ?? ''))).toEqual([]);
  });

  test('a cell that names no party before its number is left alone', () => {
    const a = agreement(`${HEAD}Belopp i tkr per år.

Insats\tPart\ttkr/år
Verksamhetsbidrag\tHallstahammars kommun\t1 200
Hyra\tLokalbolaget 216
Ideellt arbete\tFöreningen\t462
Summa\t\t1 878
`);
    expect(a.costItems.map((c) => c.annualAmount)).not.toContain(216000);
  });
});

describe("a row label's post", () => {
  test('"0,5 åa (månadslön 36 000 kr, PO 32 %)": the fee in parentheses is not the post\'s extent, and "0,5" is not cut', () => {
    expect(describeItem('Anhörigkonsulent 0,5 åa (månadslön 36 000 kr, PO 32 %)')).toEqual({ label: 'Anhörigkonsulent 0,5 åa' });
    expect(describeItem('Samordnare, 75 % av heltid')).toEqual({ label: 'Samordnare', fte: 0.75 });
    expect(describeItem('Lokal Storgatan 4, 180 kvm')).toEqual({ label: 'Lokal Storgatan 4, 180 kvm' });
  });
});
