import { importText, toContractJson } from '../../../src/import';

/**
 * Two public parties (a region and a municipality) beside one non-profit, each stating its lines in sentences in tkr
 * with decimals and again in a summary table: each public party's contribution is its own lines' sum (the sentences
 * restate the table's lines, they are not two shares of which one wins), and the public side is their sum. How the
 * money is paid ("125,25 tkr per utbetalning") is no yearly amount. The documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const REGION = 'Regionen lämnar ett verksamhetsbidrag om 250,5 tkr per år samt handledning av kurator, värderad till 40,2 tkr per år.';
const KOMMUN = 'Kommunen lämnar ett verksamhetsbidrag om 180,0 tkr per år och upplåter en lokal, värderad till 36,0 tkr per år.';
const TABLE = `4.3 Sammanställning
Part\tInsats\ttkr/år
Regionen\tVerksamhetsbidrag\t250,5
Regionen\tHandledning, kurator\t40,2
Kommunen\tVerksamhetsbidrag\t180,0
Kommunen\tLokal\t36,0
Föreningen\tIdeellt arbete, 500 tim à 200 kr\t100,0
Totalt\t\t606,7`;
const PAYMENT = 'Regionen betalar sitt bidrag halvårsvis (125,25 tkr per utbetalning). Kommunen betalar kvartalsvis i förskott (45,0 tkr per utbetalning).';

const doc = (region: string, kommun: string, table: string, payment = PAYMENT) => `Överenskommelse om idéburet offentligt partnerskap – Stödlinjen

1 Parter
– Region Halland, org.nr 232100-0123, genom hälso- och sjukvårdsnämnden (nedan Regionen)
– Tjörns kommun, org.nr 212000-1405, genom socialnämnden (nedan Kommunen)
– Föreningen Hamnvänner, org.nr 802511-2239 (nedan Föreningen)

4 Ekonomi
4.1 Regionens insats
${region}
4.2 Kommunens insats
${kommun}
${table}
4.4 Utbetalning
${payment}

5 Giltighet
Överenskommelsen gäller från och med 2026-07-01 till och med 2028-06-30.
`;

const EXPECTED = { 'Region Halland': 290700, 'Tjörns kommun': 216000, 'Föreningen Hamnvänner': 100000 };

describe('two public parties beside one non-profit', () => {
  test('sentences that restate the summary table\'s lines: each public party\'s share is its lines\' sum', () => {
    const a = agreement(doc(REGION, KOMMUN, TABLE));
    expect(amounts(a)).toEqual(EXPECTED);
    expect(a.annualTotal).toBe(606700);
    expect(a.costItems).toHaveLength(5);
    expect(a.warnings.filter((w) => w.code === 'TOTAL_MISMATCH')).toEqual([]);
  });

  test('the same in sentences only, the civil side as hours × rate and the total stated', () => {
    const civil = '4.3 Föreningens insats\nFöreningen bidrar med ideellt arbete, 500 timmar à 200 kr per timme.\nPartnerskapets sammanlagda värde är 606,7 tkr per år.';
    const a = agreement(doc(REGION, KOMMUN, civil));
    expect(amounts(a)).toEqual(EXPECTED);
    expect(a.annualTotal).toBe(606700);
  });

  test.each([
    ['"och med" carrying the payer', 'Regionen bidrar med 250,5 tkr per år och med handledning av kurator värderad till 40,2 tkr per år.'],
    ['"samt står även för"', 'Regionen lämnar ett verksamhetsbidrag om 250,5 tkr per år, samt står även för handledning av kurator värderad till 40,2 tkr per år.'],
    ['two sentences', 'Regionen lämnar ett verksamhetsbidrag om 250,5 tkr per år. Regionen står dessutom för handledning av kurator, värderad till 40,2 tkr per år.'],
  ])('the region\'s lines written with %s', (_, region) => {
    expect(amounts(agreement(doc(region, KOMMUN, TABLE)))).toEqual(EXPECTED);
  });

  test('a payment per instalment is no yearly amount: warned on contributions, never a share', () => {
    const a = agreement(doc(REGION, KOMMUN, TABLE));
    expect(a.contributions.map((c) => c.annualAmount)).not.toContain(125250);
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS', field: 'contributions', message: expect.stringMatching(/125.250 kr/) }));
  });

  test('one sentence amount that is only one of the party\'s lines still conflicts with them, and is warned', () => {
    const a = agreement(doc('Regionen bidrar med 250,5 tkr per år.', KOMMUN, TABLE));
    expect(a.warnings.some((w) => w.field === 'contributions' || w.field?.startsWith('contributions['))).toBe(true);
  });
});
