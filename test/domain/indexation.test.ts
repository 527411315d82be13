import fc from 'fast-check';
import { indexedAmount, indexedTotal } from '../../src/domain/indexation';
import { roundHalfUp, ratioOf, toKronor } from '../../src/domain/money';
import { DomainError } from '../../src/domain/errors';

describe('indexation per new calendar year', () => {
  it('keeps the base year amount and adds 2 % per later year (seed 000)', () => {
    expect(indexedAmount(1_710_000, 2024, 2024, 0.02)).toBe(1_710_000);
    expect(indexedAmount(1_710_000, 2025, 2024, 0.02)).toBe(1_744_200);
    expect(indexedAmount(1_710_000, 2026, 2024, 0.02)).toBe(1_779_084);
    expect(indexedAmount(4_818_600, 2027, 2024, 0.02)).toBe(5_113_537); // 4 818 600 × 1,061208 = 5 113 536,8688
  });

  it('computes exactly, without binary float drift, and rounds half up once', () => {
    // 25 × 1,02 = 25,5 exactly → 26 (a float product would give 25.499999… or 25.500000…1)
    expect(indexedAmount(25, 2025, 2024, 0.02)).toBe(26);
    expect(indexedAmount(1_750_000, 2027, 2024, 0.015)).toBe(1_829_937); // 1 750 000 × 1,045678375 = 1 829 937,15625
    expect(roundHalfUp(ratioOf(2.5))).toBe(3);
    expect(roundHalfUp(ratioOf(-2.5))).toBe(-2);
    expect(toKronor(0.49)).toBe(0);
  });

  it('goes back in time for years before the base year', () => {
    expect(indexedAmount(1_020_000, 2023, 2024, 0.02)).toBe(1_000_000);
  });

  it('is monotone in the year for a positive rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 100 }), (base, baseYear, offset, permille) => {
        const rate = permille / 1000;
        const year = baseYear + offset;
        expect(indexedAmount(base, year + 1, baseYear, rate)).toBeGreaterThanOrEqual(indexedAmount(base, year, baseYear, rate));
      }),
    );
  });

  it('sums a span to the sum of its years, and a one-year span to that year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 50 }), (base, from, span, permille) => {
        const rate = permille / 1000;
        let sum = 0;
        for (let y = from; y <= from + span; y++) sum += indexedAmount(base, y, 2020, rate);
        expect(indexedTotal(base, from, from + span, 2020, rate)).toBe(sum);
        expect(indexedTotal(base, from, from, 2020, rate)).toBe(indexedAmount(base, from, 2020, rate));
      }),
    );
  });

  it('refuses bad input with a Swedish message instead of a number', () => {
    expect(() => indexedAmount(-1, 2025, 2024, 0.02)).toThrow(DomainError);
    expect(() => indexedAmount(Number.NaN, 2025, 2024, 0.02)).toThrow(/tal/);
    expect(() => indexedAmount(100, 2025.5, 2024, 0.02)).toThrow(/årtal/);
    expect(() => indexedAmount(100, 2025, 2024, 2)).toThrow(/procent/);
    expect(() => indexedTotal(100, 2026, 2025, 2024, 0.02)).toThrow(/före/);
  });
});
