import { importText, toContractJson } from '../../../src/import';

/**
 * A cost budget whose lines name no party, with its total in the table, and the parties' shares as a percentage split
 * of that total in the sentences after it. The shares are worked out (computed), never confirmed by the total they
 * were worked out from. The documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));
const codes = (a: ReturnType<typeof agreement>) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

const doc = (after: string, unit = 'KSEK') => `Överenskommelse om idéburet offentligt partnerskap – Seniorträffen

Parter
Orusts kommun genom omsorgsnämnden, organisationsnummer 212000-1876.
Föreningen Sjöboden Mollösund, organisationsnummer 802488-7062.

Ekonomi
Verksamhetens budget per år:

Kostnad\t${unit}
Personal\t540
Lokal och värme\t120
Resor och utflykter\t40
Summa\t700

${after}

Giltighet
Överenskommelsen gäller från och med 2026-04-01 till och med 2028-03-31.
`;

describe('a percentage split of a budget table\'s total', () => {
  test('split over two sentences after the table: each share computed from the total, warned as unconfirmed', () => {
    const a = agreement(doc('Kommunen finansierar 80 procent av budgeten. Föreningen står för återstående 20 procent genom ideellt arbete och egna medel.'));
    expect(a.annualTotal).toBe(700000);
    expect(amounts(a)).toEqual({ 'Orusts kommun': 560000, 'Föreningen Sjöboden Mollösund': 140000 });
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'computed', 'contributions[1]': 'computed' });
    expect(codes(a)).toEqual(expect.arrayContaining(['UNCONFIRMED:contributions[0]', 'UNCONFIRMED:contributions[1]', 'UNCONFIRMED:annualTotal']));
  });

  test('the split in one sentence, tkr in the header', () => {
    const a = agreement(doc('Av budgeten bär kommunen 75 % och föreningen 25 %.', 'tkr'));
    expect(amounts(a)).toEqual({ 'Orusts kommun': 525000, 'Föreningen Sjöboden Mollösund': 175000 });
  });

  test('a percentage of one cost line is no split of the total', () => {
    const a = agreement(doc('Kommunen finansierar 80 procent av personalkostnaden. Föreningen står för resterande 20 procent.'));
    expect(a.contributions).toEqual([]);
    expect(a.annualTotal).toBe(700000);
  });

  test('percentages that do not add up to the whole give no shares', () => {
    const a = agreement(doc('Kommunen finansierar 70 procent av budgeten. Föreningen står för 20 procent.'));
    expect(a.contributions).toEqual([]);
  });

  test('a sentence with an amount of its own between the table and the percentages ends the table total\'s reach', () => {
    const a = agreement(doc('Föreningen söker dessutom 50 000 kr från en stiftelse. Kommunen står för 80 procent och föreningen för 20 procent.'));
    expect(a.contributions.map((c) => c.annualAmount)).not.toContain(560000);
  });

  test('cost lines that name their party are not split: the parties\' own lines give their shares', () => {
    const text = doc('Kommunen finansierar 80 procent av budgeten och föreningen 20 procent.').replace('Personal\t540', 'Personal, kommunen\t540').replace('Lokal och värme\t120', 'Lokal och värme, föreningen\t120').replace('Resor och utflykter\t40', 'Resor och utflykter, föreningen\t40');
    const a = agreement(text);
    expect(amounts(a)).toEqual({ 'Orusts kommun': 540000, 'Föreningen Sjöboden Mollösund': 160000 });
  });
});
