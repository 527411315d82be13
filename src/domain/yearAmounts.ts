import type { Agreement } from './agreement';
import { indexFactor } from './indexation';
import { Ratio, multiply, ratioOf } from './money';

/** What the document states for one calendar year of one party: the stated amounts and the yearly amounts they replace. */
export interface StatedYear {
  stated: number;
  replaced: number;
}

/**
 * A party's amounts stated per calendar year ("2026: 1 213 000 kr"), from the items its yearly amount comes from
 * (its contributions when it has any, otherwise its cost items, as partyAnnualAmount).
 */
export function statedYears(agreement: Agreement, party: string): Map<number, StatedYear> {
  const contributions = agreement.contributions.filter((c) => c.party === party);
  const source = contributions.length > 0 ? contributions : agreement.costItems.filter((c) => c.party === party);
  const years = new Map<number, StatedYear>();
  for (const item of source) {
    // One amount per item and year: a repeated year counts once (the first), as the read-back keeps it.
    const seen = new Set<number>();
    for (const { year, amount } of item.yearAmounts ?? []) {
      if (seen.has(year)) continue;
      seen.add(year);
      const y = years.get(year) ?? { stated: 0, replaced: 0 };
      years.set(year, { stated: y.stated + amount, replaced: y.replaced + item.annualAmount });
    }
  }
  return years;
}

/**
 * A party's exact amount for a whole calendar year: an item with an amount stated for that year counts with that
 * amount as stated (it is that year's price, not indexed again); every other item counts with its yearly amount
 * indexed from the base year.
 *
 * @example partyYearExact(100_000, 2026, 2025, 0.02, new Map([[2026, { stated: 60_000, replaced: 50_000 }]])) // 50 000 × 1,02 + 60 000
 */
export function partyYearExact(annual: number, year: number, baseYear: number, rate: number, stated?: ReadonlyMap<number, StatedYear>): Ratio {
  const s = stated?.get(year);
  const factor = indexFactor(year, baseYear, rate);
  if (!s) return multiply(ratioOf(annual), factor);
  const indexed = multiply(ratioOf(annual - s.replaced), factor);
  const own = ratioOf(s.stated);
  return { num: indexed.num * own.den + own.num * indexed.den, den: indexed.den * own.den };
}
