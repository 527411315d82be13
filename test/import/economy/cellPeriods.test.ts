import { importText, toContractJson } from '../../../src/import';
import { amountPeriod } from '../../../src/import/economy/period';
import { restatedFactors } from '../../../src/import/economy/salary';
import { blankTemplateGuidance } from '../../../src/import/text/guidance';

/**
 * Amounts whose period or factors sit in the amount itself (documents written for these tests): a table cell that
 * names its own period ("per kvartal" beside "per år"), a bilingual Part column ("Part / Party"), a price times its
 * counts restated with "=", and a template's example row that a PDF wrapped around its cells.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const HEAD = `Överenskommelse om idéburet offentligt partnerskap – Trygg kväll i Norrvik

Parter
Norrviks kommun, organisationsnummer 212000-2817, genom socialnämnden.
Föreningen Kvällsljuset, organisationsnummer 802498-3317.

Giltighet
Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2028.
`;

describe('a table cell that names its own period', () => {
  const table = (cell: string) => `${HEAD}
Ekonomi

Insats\tPart\tBelopp
Verksamhetsbidrag\tKommunen\t${cell}
Lokal (värde)\tKommunen\t60 000 kr per år
Ideell tid, 1 000 tim à 200 kr\tFöreningen\t200 000 kr per år
Totalt per år\t\t860 000 kr
`;

  test('per kvartal is four to a year, said as inferred', () => {
    const a = agreement(table('150 000 kr per kvartal'));
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([600000, 60000, 200000]);
    expect(amounts(a)).toEqual({ 'Norrviks kommun': 660000, 'Föreningen Kvällsljuset': 200000 });
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'INFERRED', field: 'costItems' }));
  });

  test('per månad is twelve, per halvår two', () => {
    expect(agreement(table('50 000 kr/mån')).costItems[0].annualAmount).toBe(600000);
    expect(agreement(table('300 000 kr per halvår')).costItems[0].annualAmount).toBe(600000);
  });

  test('per vecka without the weeks is left out with a warning, never read as a year', () => {
    const a = agreement(table('12 000 kr per vecka'));
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([60000, 200000]);
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS', field: 'costItems' }));
  });
});

describe('one home for the periods of a year', () => {
  test.each([
    [' per år', 1],
    [' per kvartal', 4],
    ['/mån', 12],
    [' per månad i tio månader', 10],
    [' per termin', 2],
    [' per vecka under 30 veckor', 30],
  ])('%s', (after, factor) => {
    expect(amountPeriod(after, `100 kr${after}`, true)).toEqual(expect.objectContaining({ factor }));
  });

  test('a quarter of a yearly amount and an unstated number of weeks are unread', () => {
    expect(amountPeriod(' per kvartal', '400 000 kr per år, 100 000 kr per kvartal', true)).toHaveProperty('unread');
    expect(amountPeriod(' per vecka', '5 000 kr per vecka', true)).toHaveProperty('unread');
    expect(amountPeriod(' till föreningen', '5 000 kr till föreningen', true)).toBeNull();
  });
});

describe('a bilingual Part column', () => {
  test('"Part / Party" holds each row\'s party', () => {
    const a = agreement(`${HEAD}
Ekonomi / Finances

Insats / Contribution\tPart / Party\tKr per år / SEK per year
Verksamhetsbidrag\tNorrviks kommun\t400 000
Ideell tid\tFöreningen Kvällsljuset\t150 000
Material\tFöreningen Kvällsljuset\t20 000
Totalt / Total\t\t570 000
`);
    expect(amounts(a)).toEqual({ 'Norrviks kommun': 400000, 'Föreningen Kvällsljuset': 170000 });
    expect(a.costItems).toHaveLength(3);
  });
});

describe('a price times its counts, restated', () => {
  test('price per two units × both counts = the product', () => {
    expect(restatedFactors('Kommunen: ersättning 1 500 kr per deltagare och termin × 40 deltagare × 2 terminer = ')).toEqual(
      expect.objectContaining({ product: 120000 }),
    );
    expect(restatedFactors('resor 250 kr per tillfälle x 30 tillfällen = ')).toEqual(expect.objectContaining({ product: 7500 }));
  });

  test('in a list the stated product is the item, its label what stands before the price', () => {
    const a = agreement(`${HEAD}
Ekonomi per år

- Kommunen: elevpeng 2 000 kr per elev och termin × 25 elever × 2 terminer = 100 000 kr
- Kommunen: lokal, 40 000 kr
- Föreningen: ideell tid 500 timmar à 200 kr = 100 000 kr

Summa per år: 240 000 kr.
`);
    expect(a.costItems.map((c) => [c.label, c.annualAmount])).toContainEqual(['Kommunen: elevpeng', 100000]);
    expect(amounts(a)).toEqual({ 'Norrviks kommun': 140000, 'Föreningen Kvällsljuset': 100000 });
  });
});

describe("a template's example row wrapped around its cells", () => {
  test('the example runs until its parenthesis closes, the row between with it', () => {
    const text = 'Insats\tPart\tBelopp\nExempel: Hyra (exempel ur mallen –\nKommunen\t100 000 kr\nska strykas)\nBidrag\tKommunen\t50 000 kr\n';
    const out = blankTemplateGuidance(text);
    expect(out).not.toMatch(/100 000|Hyra|strykas/);
    expect(out).toContain('Bidrag\tKommunen\t50 000 kr');
    expect(out).toHaveLength(text.length);
  });

  test('an example whose parenthesis does not close nearby blanks only its own line', () => {
    const text = 'Exempel: Hyra (se mallen\nBidrag\tKommunen\t50 000 kr\nLokal\tKommunen\t10 000 kr\nMaterial\tKommunen\t5 000 kr\nÖvrigt (x)\n';
    expect(blankTemplateGuidance(text)).toContain('Bidrag\tKommunen\t50 000 kr');
  });
});

describe('an overview whose civil column two partners share', () => {
  const OVERVIEW = `# Förteckning över idéburna offentliga partnerskap – Norrviks kommun

Sammanställning för kommunstyrelsen. Norrviks kommun har org.nr 212000-2817. Beloppen avser helår i kronor.

| Partnerskap | Förening | Org.nr | Nämnd | Belopp 2027 | Föreningens insats 2027 | Totalt värde 2027 | Period |
|---|---|---|---|---:|---:|---:|---|
| Kvällsfika Norr | Föreningen Kvällsljuset | 802498-3317 | Socialnämnden | 200000 | 50000 | 250000 | 2027-01-01–2028-12-31 |
| Läsgården | Läsföreningen Norr; Bokcirkeln Syd | 802086-1798; 802375-4180 | Kultur- och fritidsnämnden | 120000 | 60000 | 180000 | 2027-01-01–2027-12-31 |
| Seniorbussen | Föreningen Åkturen | 802820-0205 | Socialnämnden | 90000 | 30000 | 120000 | 2027-01-01–tills vidare |
| **Summa** | | | | **410000** | **140000** | **550000** | |
`;

  test('"Belopp 2027" beside the civil and value columns is the committee\'s; the shared civil amount is warned', () => {
    const agreements = toContractJson(importText(OVERVIEW, 'x.md')).agreements;
    expect(agreements.map((a) => a.contributions.map((c) => c.annualAmount))).toEqual([
      [200000, 50000],
      [120000, 60000],
      [90000, 30000],
    ]);
    expect(agreements[1].warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS', field: 'contributions' }));
    expect(agreements[0].warnings.some((w) => w.code === 'AMBIGUOUS' && w.field === 'contributions')).toBe(false);
  });
});
