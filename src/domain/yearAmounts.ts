import type { Agreement } from './agreement';
import { partySourceItems } from './contributions';

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
  const years = new Map<number, StatedYear>();
  for (const item of partySourceItems(agreement, party)) {
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
