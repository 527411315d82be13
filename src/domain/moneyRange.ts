import type { Agreement } from './agreement';
import { partyAmounts } from './contributions';
import { parseDate } from './dates';
import { MAX_KRONOR, describeKronor, formatKronor } from './money';
import { indexRuleOf } from './schedule';
import { periodStart, plannableEnd } from './validity';
import { statedYears } from './yearAmounts';

/**
 * The range for money (money.ts, MAX_KRONOR) over a whole agreement: each amount is checked on its own field by
 * the schema; this is the check of what the amounts become together — the yearly figure of all parties, a year
 * with its stated amounts, and every year of the plan indexed from the base year — so that no face (the plans,
 * the memo, `iop flerar`, IOP.BIDRAG, the pane) ever meets a figure above the ceiling. A rate or a base year that
 * would take a year of the plan above it is refused here, before any figure is computed.
 */
export interface MoneyRangeIssue {
  /** The field to blame, as the schema names paths: ['indexation', 'rate'], ['contributions']. */
  path: (string | number)[];
  message: string;
}

const percent = (rate: number) => `${String(Math.round(rate * 10000) / 100).replace('.', ',')} %`;

/** The years of the plan (first to last possible year), or none when its dates are not known. */
function planYears(agreement: Agreement): { from: number; to: number } | null {
  const first = periodStart(agreement.validity);
  const last = plannableEnd(agreement.validity);
  if (!first || !last || last < first.date) return null;
  return { from: parseDate(first.date).year, to: parseDate(last).year };
}

/**
 * Where the agreement's yearly figures leave the range, or null when every one of them is within it.
 * The figures are estimated in floating point: this is a range check, not money arithmetic (which stays exact).
 * @example yearlyFigureIssue({ ...seed000, indexation: { rate: 0.99, baseYear: 1900 } }) // ['indexation', 'rate']: 2029 ca 1,4 · 10^43 kr
 */
export function yearlyFigureIssue(agreement: Agreement): MoneyRangeIssue | null {
  const amounts = partyAmounts(agreement);
  const economy: MoneyRangeIssue['path'] = [agreement.contributions.length ? 'contributions' : 'costItems'];
  const level = amounts.reduce((s, p) => s + p.annualAmount, 0);
  if (level > MAX_KRONOR) {
    return { path: economy, message: `parternas belopp summerar till ${describeKronor(level)} per år, mer än taket ${formatKronor(MAX_KRONOR)} per år` };
  }
  const stated = amounts.map((p) => (p.unattributed ? new Map<number, { stated: number; replaced: number }>() : statedYears(agreement, p.party)));
  const years = new Set<number>(stated.flatMap((m) => [...m.keys()]));
  const plan = planYears(agreement);
  const rule = plan ? indexRuleOf(agreement, parseDate(periodStart(agreement.validity)!.date)) : null;
  if (plan) for (let y = plan.from; y <= plan.to; y++) years.add(y);
  for (const year of years) {
    const inPlan = plan !== null && year >= plan.from && year <= plan.to;
    // The largest factor of the year: its last month's step, never below the stated level (indexLevel ≥ 0).
    const factor = inPlan && rule && rule.rate > 0 ? (1 + rule.rate) ** Math.max(0, year - rule.baseYear) : 1;
    let unindexed = 0;
    let figure = 0;
    amounts.forEach((p, i) => {
      const s = stated[i].get(year);
      const rest = p.annualAmount - (s?.replaced ?? 0);
      unindexed += rest + (s?.stated ?? 0);
      figure += rest * factor + (s?.stated ?? 0);
    });
    if (unindexed > MAX_KRONOR) {
      return { path: economy, message: `beloppen för ${year} summerar till ${describeKronor(unindexed)}, mer än taket ${formatKronor(MAX_KRONOR)} per år` };
    }
    if (figure > MAX_KRONOR && rule) {
      return {
        path: ['indexation', 'rate'],
        message: `en uppräkning med ${percent(rule.rate)} per år från basåret ${rule.baseYear} ger år ${year} beloppet ${describeKronor(figure)}, mer än taket ${formatKronor(MAX_KRONOR)} per år`,
      };
    }
  }
  return null;
}
