import { Agreement, parseAgreement } from '../../src/domain/agreement';
import { isDomainError } from '../../src/domain/errors';
import { indexedAmount } from '../../src/domain/indexation';
import { MAX_KRONOR, describeKronor, isKronorInRange, ratioOf, roundHalfUp } from '../../src/domain/money';
import { yearlyFigureIssue } from '../../src/domain/moneyRange';
import { buildSchedule } from '../../src/domain/schedule';
import { seed000 } from './agreements.fixture';

/** The range for money: 10^11 kr per year, for every amount and every yearly figure computed from amounts. */
const CEILING = /mer än taket 100\s000\s000\s000 kr per år/;

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('no error');
}

const withItem = (annualAmount: number): Agreement => ({
  ...seed000,
  costItems: [{ party: 'Linköpings kommun', label: 'Handläggare', annualAmount }],
  annualTotal: null,
  indexation: null,
});

describe('the ceiling', () => {
  it('is 10^11 kr, inclusive, and describes amounts far beyond it without digits a double cannot hold', () => {
    expect(MAX_KRONOR).toBe(1e11);
    expect([0, 1e11].map(isKronorInRange)).toEqual([true, true]);
    expect([1e11 + 1, -1, Number.NaN, Infinity, 1e300].map(isKronorInRange)).toEqual([false, false, false, false, false]);
    expect(describeKronor(1.8e23)).toBe('ca 1,8 · 10^23 kr');
    expect(describeKronor(Number('9007199254740993'))).toBe('ca 9,0 · 10^15 kr');
    expect(describeKronor(146_459_323_045).replace(/\s/g, ' ')).toBe('146 459 323 045 kr');
  });

  it('the one rounding rule refuses a result it could not return exactly, and exact values beyond 2^53 do not exist', () => {
    expect(roundHalfUp({ num: 2n ** 53n - 1n, den: 1n })).toBe(Number.MAX_SAFE_INTEGER);
    expect(isDomainError(errorOf(() => roundHalfUp({ num: 2n ** 53n + 1n, den: 1n })))).toBe(true);
    expect(errorOf(() => ratioOf(1e300))).toMatchObject({ code: 'OUT_OF_RANGE' });
    expect(errorOf(() => ratioOf(9_007_199_254_740_994))).toMatchObject({ code: 'OUT_OF_RANGE' });
  });

  it('an indexed year stays exact up to the ceiling and is refused above it', () => {
    expect(indexedAmount(98_000_000_000, 2025, 2024, 0.02)).toBe(99_960_000_000);
    expect(errorOf(() => indexedAmount(99_000_000_000, 2025, 2024, 0.02))).toMatchObject({ code: 'OUT_OF_RANGE', message: expect.stringMatching(CEILING) });
  });
});

describe('the agreement schema', () => {
  it('refuses each amount above the ceiling on its own field', () => {
    expect(parseAgreement(withItem(1e11)).ok).toBe(true);
    // The same amount indexed by 2 % a year from 2024 is above the ceiling from 2025: the plan is refused.
    expect(parseAgreement({ ...withItem(1e11), indexation: { rate: 0.02, baseYear: 2024 } })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Indexering › sats: .*ger år 2025/)] });
    const over = parseAgreement(withItem(1e11 + 1));
    expect(over).toEqual({ ok: false, errors: [expect.stringMatching(/^Kostnadsposter › rad 1 › belopp per år: .*taket/)] });
    expect(parseAgreement({ ...seed000, annualTotal: 1e300 })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Totalt per år: /)] });
    const yearOver = { ...seed000, contributions: [{ party: 'Linköpings kommun', annualAmount: 1_710_000, yearAmounts: [{ year: 2025, amount: Number('9007199254740993') }] }] };
    expect(parseAgreement(yearOver)).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Bidrag › rad 1 › belopp per kalenderår › rad 1 › belopp: /)] });
  });

  it('refuses amounts that are each within the range but together are not', () => {
    const split = {
      ...seed000,
      costItems: [],
      contributions: [
        { party: 'Linköpings kommun', annualAmount: 60_000_000_000 },
        { party: 'Östergötlands Stadsmission', annualAmount: 60_000_000_000 },
      ],
      annualTotal: null,
    };
    expect(yearlyFigureIssue(split)).toEqual({ path: ['contributions'], message: expect.stringMatching(/summerar till 120\s000\s000\s000 kr per år, mer än taket/) });
    expect(parseAgreement(split)).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Bidrag: parternas belopp summerar/)] });
  });

  it('refuses a rate or a base year that would take a year of the plan above the ceiling, naming the year', () => {
    const absurd = { ...seed000, validity: { ...seed000.validity, start: '1900-01-01' }, indexation: { rate: 0.99, baseYear: 1900 } };
    const issue = yearlyFigureIssue(absurd);
    // 4 818 600 kr × 1,99^n passes 10^11 in the 15th year.
    expect(issue).toEqual({ path: ['indexation', 'rate'], message: expect.stringMatching(/99 % per år från basåret 1900 ger år 1915 beloppet .*mer än taket/) });
    expect(parseAgreement(absurd)).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Indexering › sats: en uppräkning med 99 %/)] });
    // A modest rate from a base year a century before the agreement: the base year is what leaves the range.
    expect(yearlyFigureIssue({ ...seed000, indexation: { rate: 0.1, baseYear: 1900 } })).toMatchObject({ path: ['indexation', 'rate'], message: expect.stringMatching(/basåret 1900 ger år 2024/) });
    // The same rate from the agreement's own base year is a plan like any other.
    expect(yearlyFigureIssue({ ...seed000, indexation: { rate: 0.1, baseYear: 2024 } })).toBeNull();
    expect(buildSchedule({ ...seed000, indexation: { rate: 0.1, baseYear: 2024 } }).years.at(-1)).toMatchObject({ year: 2029, total: 2_753_972 + 5_006_431 });
  });

  it('a falling rate never leaves the range, and an agreement without dates is checked at its stated level', () => {
    expect(yearlyFigureIssue({ ...seed000, indexation: { rate: -0.99, baseYear: 1900 } })).toBeNull();
    expect(yearlyFigureIssue({ ...withItem(1e11), validity: { start: null, end: null, extension: null }, indexation: { rate: 0.99, baseYear: 1900 } })).toBeNull();
  });
});
