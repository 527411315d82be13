import { importText, toContractJson } from '../../../src/import';
import { agreementYearColumn, checkAgreementYears, isPeriodCell } from '../../../src/import/economy/agreementYears';

/** Columns per agreement year (src/import/economy/agreementYears.ts), on tables written for these tests. */
const agreement = (text: string) => toContractJson(importText(text, 'x.md')).agreements[0];

describe('an agreement year\'s column heading', () => {
  test.each([
    ['Avtalsår 1 2026-07-01 – 2027-06-30', { ordinal: 1, start: '2026-07-01' }],
    ['Avtalsår 2 (2027-07-01–2028-06-30)', { ordinal: 2, start: '2027-07-01' }],
    ['År 3', { ordinal: 3, start: null }],
    ['Andra avtalsåret', { ordinal: 2, start: null }],
    ['Verksamhetsår 1, kr', { ordinal: 1, start: null }],
    ['2026-07-01 – 2027-06-30', { ordinal: null, start: '2026-07-01' }],
    ['1 juli 2026 – 30 juni 2027', { ordinal: null, start: '2026-07-01' }],
    // A period that a narrow PDF column broke after a hyphen.
    ['Avtalsår 1 2026-09-01 – 2027- 08-31', { ordinal: 1, start: '2026-09-01' }],
  ])('%s', (text, expected) => expect(agreementYearColumn(text)).toEqual(expected));

  test.each([['Belopp 2027'], ['2027'], ['År 2027'], ['Avtalsår'], ['Kostnad per år'], ['Antal år 2'], ['2026-07-01']])('%s is none', (text) => expect(agreementYearColumn(text)).toBeNull());

  test('the pieces of a period that wrapped onto a header\'s further lines', () => {
    expect(['2026-09-01 – 2027-', '08-31', '2026-09-01 –', '2027-08-31'].every(isPeriodCell)).toBe(true);
    expect(['640 000', '2027', 'Part', '12-15 timmar'].some(isPeriodCell)).toBe(false);
  });
});

describe('later agreement years against the indexation', () => {
  test('amounts the rate gives, rounded to kronor, to hundreds or to the table\'s tkr, need no word', () => {
    expect(checkAgreementYears([{ label: 'Lokal', amounts: [180_000, 184_500, 189_113], unit: 1 }], 0.025)).toEqual([]);
    expect(checkAgreementYears([{ label: 'Samordnare', amounts: [1_180_000, 1_203_600, 1_227_700], unit: 1 }], 0.02)).toEqual([]);
    expect(checkAgreementYears([{ label: 'Material', amounts: [12_000, 12_000, 13_000], unit: 1000 }], 0.03)).toEqual([]);
    expect(checkAgreementYears([{ label: 'Lokal', amounts: [96_000, 96_000], unit: 1 }], null)).toEqual([]);
  });

  test('steps the indexation does not give are said on costItems, with the row and both amounts', () => {
    const [w] = checkAgreementYears([{ label: 'Samordnare', amounts: [300_000, 350_000, 400_000], unit: 1 }], null);
    expect(w).toMatchObject({ code: 'AMBIGUOUS', field: 'costItems' });
    expect(w.message).toMatch(/”Samordnare” 300\s000 kr det första och 350\s000 kr det andra avtalsåret/);
    expect(w.message).toContain('oförändrat belopp');
    expect(checkAgreementYears([{ label: 'Lokal', amounts: [100_000, 105_000], unit: 1 }], 0.02)[0].message).toContain('(2 %)');
  });
});

const doc = (table: string, more = '') => `# Överenskommelse om idéburet offentligt partnerskap – Vänskap i Ånge

## Parter

Ånge kommun, organisationsnummer 212000-0688, genom socialnämnden, nedan kallad nämnden.

Föreningen Ånge Vänkrets, organisationsnummer 802466-9023, nedan kallad föreningen.

## Giltighet

Överenskommelsen gäller från och med den 1 juli 2026 till och med den 30 juni 2028.
${more}
## Ekonomi

${table}
`;

describe('agreement-year columns in a document', () => {
  test('"Första avtalsåret | Andra avtalsåret" with stepped amounts and no indexation: the first year is read, the step is said', () => {
    const a = agreement(
      doc(`| Insats | Part | Första avtalsåret | Andra avtalsåret |
|---|---|---|---|
| Samordnare | Nämnden | 300 000 | 350 000 |
| Ideellt arbete | Föreningen | 120 000 | 120 000 |
| Totalt | | 420 000 | 470 000 |`),
    );
    expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Ånge kommun', 300000],
      ['Föreningen Ånge Vänkrets', 120000],
    ]);
    expect(a.annualTotal).toBe(420000);
    expect(a.warnings.find((w) => w.code === 'AMBIGUOUS' && w.field === 'costItems')?.message).toContain('”Samordnare”');
  });

  test('periods alone as headings, the later year as the indexation gives it: no warning', () => {
    const a = agreement(
      doc(
        `| Insats | Part | 2026-07-01–2027-06-30 | 2027-07-01–2028-06-30 |
|---|---|---|---|
| Samordnare | Nämnden | 300 000 | 306 000 |
| Ideellt arbete | Föreningen | 120 000 | 122 400 |`,
        '\nBeloppen räknas upp med 2 procent inför varje nytt avtalsår.\n',
      ),
    );
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([300000, 120000]);
    expect(a.warnings.filter((w) => w.field === 'costItems' && w.code === 'AMBIGUOUS')).toEqual([]);
  });

  test('agreement years that are calendar years (each period starts on 1 January) are year columns: yearAmounts', () => {
    const a = agreement(
      doc(`| Insats | Part | Avtalsår 1 (2027-01-01 – 2027-12-31) | Avtalsår 2 (2028-01-01 – 2028-12-31) |
|---|---|---|---|
| Samordnare | Nämnden | 300 000 | 350 000 |
| Ideellt arbete | Föreningen | 120 000 | 120 000 |`),
    );
    expect(a.costItems.map((c) => [c.annualAmount, c.yearAmounts])).toEqual([
      [300000, [{ year: 2027, amount: 300000 }, { year: 2028, amount: 350000 }]],
      [120000, undefined],
    ]);
  });
});
