import { Agreement, Sector } from './agreement';
import { PartyAmount, partyAmounts } from './contributions';
import { DateParts, parseDate } from './dates';
import { isDomainError } from './errors';
import { IndexRule, YearMonths, indexYearOf, indexedMonthsWeight, stepMonthOf } from './indexation';
import { Kronor, Ratio, addRatios, multiply, ratioOf, roundHalfUp } from './money';

export { indexedMonthsWeight, type IndexRule, type YearMonths };
import { StatedYear, statedYears } from './yearAmounts';
import { countedMonthsInYear, effectiveEnd, lastPossibleEnd, periodStart } from './validity';

/** One party's amount in one calendar year: indexed and pro-rata by whole months, rounded once per party. */
export interface PartyYear {
  party: string;
  sector: Sector;
  year: number;
  /** Months of the year within the decided period (the base period and a recorded extension). */
  baseMonths: number;
  /** Months of the year within the decided period or any planned extension. */
  months: number;
  /** Amount for the decided period's months only. */
  baseAmount: Kronor;
  /** Amount with every planned extension. */
  amount: Kronor;
  /** The two amounts before rounding, so a set of parties (a committee's own) can be rounded once. */
  baseExact: Ratio;
  exact: Ratio;
}

export interface ScheduleYear {
  year: number;
  public: Kronor;
  civil: Kronor;
  total: Kronor;
  /** The decided period's figures (the base period with a recorded extension): what the agreement commits to. */
  basePublic: Kronor;
  baseCivil: Kronor;
  baseTotal: Kronor;
  /** True for a year that exists only if the agreement is extended further than decided. */
  extension: boolean;
  /** Months of the year inside the decided period; the rest of `months` is planned extension (pro rata by month). */
  baseMonths: number;
  /** Months of the year with every planned extension. */
  months: number;
  /** True for a year that is partly decided period and partly planned extension (a period ending mid-year). */
  partlyExtension: boolean;
}

export interface Schedule {
  agreement: string;
  parties: PartyYear[];
  years: ScheduleYear[];
  /** Why no years could be planned (a missing date), or null. */
  problem: string | null;
  /** True when the first day is inferred from a committee's overview (validity.inForceYear), not stated. */
  inferredStart: boolean;
}

/**
 * The agreement's index rule. No indexation clause: rate 0 (never a default rate). The base year is the one the
 * agreement names, else the index year of its first month (per calendar year: the start year).
 */
export function indexRuleOf(agreement: Agreement, start: DateParts): IndexRule {
  const stepMonth = stepMonthOf(agreement.indexation);
  return {
    rate: agreement.indexation?.rate ?? 0,
    baseYear: agreement.indexation?.baseYear ?? indexYearOf(start.year, start.month, stepMonth),
    stepMonth,
  };
}

/** The counted months of `year` within start–end, split at the rule's step month. */
export function yearMonths(start: DateParts, end: DateParts, year: number, stepMonth: number): YearMonths {
  const early = stepMonth > 1 ? countedMonthsInYear(start, end, year, 1, stepMonth - 1) : 0;
  return { early, late: countedMonthsInYear(start, end, year, stepMonth, 12) };
}

/**
 * A party's exact amount for the counted months of a year: an item with an amount stated for that calendar year
 * counts with that amount as stated (it is that year's price, not indexed again), pro rata; every other item
 * counts with its yearly amount indexed month by month.
 * @example partyMonthsExact(100_000, { early: 0, late: 12 }, 2026, rule2025at2pct) // 102 000
 */
export function partyMonthsExact(annual: number, months: YearMonths, year: number, rule: IndexRule, stated?: StatedYear): Ratio {
  const indexed = multiply(ratioOf(annual - (stated?.replaced ?? 0)), indexedMonthsWeight(months, year, rule));
  if (!stated) return indexed;
  return addRatios([indexed, multiply(ratioOf(stated.stated), { num: BigInt(months.early + months.late), den: 12n })]);
}

/**
 * A party's exact amount for a whole calendar year (twelve counted months).
 * @example partyYearExact(100_000, 2026, 2025, 0.02, new Map([[2026, { stated: 60_000, replaced: 50_000 }]])) // 50 000 × 1,02 + 60 000
 */
export function partyYearExact(annual: number, year: number, baseYear: number, rate: number, stated?: ReadonlyMap<number, StatedYear>): Ratio {
  return partyMonthsExact(annual, { early: 0, late: 12 }, year, { rate, baseYear, stepMonth: 1 }, stated?.get(year));
}

/** What an agreement's figures are computed from: its counted period, index rule and yearly amounts per party. */
export interface ScheduleTerms {
  start: DateParts;
  /** The decided period's last day: the base end or a recorded extension (effectiveEnd). */
  decidedEnd: DateParts;
  /** The last day with every planned extension (lastPossibleEnd). */
  plannedEnd: DateParts;
  inferredStart: boolean;
  rule: IndexRule;
  amounts: PartyAmount[];
  /** Per party, the amounts stated for single calendar years. */
  stated: Map<string, Map<number, StatedYear>>;
}

/**
 * The terms of an agreement's figures, or why there are none. The period begins at the start date, or (inferred)
 * on the first day of the year a committee's overview records the agreement in force.
 */
export function scheduleTerms(agreement: Agreement): ScheduleTerms | { problem: string; inferredStart: boolean } {
  const first = periodStart(agreement.validity);
  const inferredStart = !!first?.inferred;
  const { end } = agreement.validity;
  if (!first) return { problem: 'Startdatum saknas.', inferredStart };
  if (!end) return { problem: 'Slutdatum saknas.', inferredStart };
  const start = parseDate(first.date);
  const decided = effectiveEnd(agreement.validity)!;
  if (decided < first.date) {
    return { problem: first.inferred ? `Avtalet slutar ${decided}, före året ${start.year} då översikten anger det.` : 'Slutdatumet ligger före startdatumet.', inferredStart };
  }
  let plannedEnd: DateParts;
  try {
    plannedEnd = parseDate(lastPossibleEnd(agreement.validity) ?? end);
  } catch (e) {
    if (isDomainError(e)) return { problem: e.message, inferredStart };
    throw e;
  }
  const amounts = partyAmounts(agreement);
  const stated = new Map<string, Map<number, StatedYear>>(amounts.map((p) => [p.party, p.unattributed ? new Map() : statedYears(agreement, p.party)]));
  return { start, decidedEnd: parseDate(decided), plannedEnd, inferredStart, rule: indexRuleOf(agreement, start), amounts, stated };
}

/** Each party's exact amount (in `terms.amounts` order) for the counted months of `year` in the decided or planned period. */
export function partiesExactInYear(terms: ScheduleTerms, year: number, period: 'decided' | 'planned'): { exact: Ratio[]; months: number } {
  const end = period === 'decided' ? terms.decidedEnd : terms.plannedEnd;
  const split = year <= end.year ? yearMonths(terms.start, end, year, terms.rule.stepMonth) : { early: 0, late: 0 };
  const exact = terms.amounts.map((p) => partyMonthsExact(p.annualAmount, split, year, terms.rule, terms.stated.get(p.party)?.get(year)));
  return { exact, months: split.early + split.late };
}

/** The exact amounts of the parties `pick` chooses, rounded once. */
export function roundedSum(terms: ScheduleTerms, exact: readonly Ratio[], pick: (p: PartyAmount) => boolean): Kronor {
  return roundHalfUp(addRatios(exact.filter((_, i) => pick(terms.amounts[i]))));
}

/**
 * The multi-year schedule: per party × calendar year from the first year of validity to the last year of the
 * last planned extension (scheduleTerms). Amounts step up by the agreement's index rule (per new calendar year,
 * or per agreement year from its step month) and count pro rata by whole months; an amount the document states
 * for one calendar year (`yearAmounts`) is used as stated for that year. A year's public and civil figures are
 * each rounded once from the side's exact amount (so a side with several parties can differ by a krona from the
 * sum of its rounded party rows); the year's total is public + civil.
 */
export function buildSchedule(agreement: Agreement): Schedule {
  let schedule = schedules.get(agreement);
  if (!schedule) schedules.set(agreement, (schedule = computeSchedule(agreement)));
  return schedule;
}

/**
 * Schedules by agreement: a plan asks for each agreement's schedule from several sheets. Agreements are values —
 * built once (import, read-back, the pane's draft) and replaced, never changed in place — so one is enough.
 */
const schedules = new WeakMap<Agreement, Schedule>();

function computeSchedule(agreement: Agreement): Schedule {
  const terms = scheduleTerms(agreement);
  const empty = (problem: string, inferredStart: boolean): Schedule => ({ agreement: agreement.name, parties: [], years: [], problem, inferredStart });
  if ('problem' in terms) return empty(terms.problem, terms.inferredStart);
  const counted = (year: number) => countedMonthsInYear(terms.start, terms.plannedEnd, year) > 0;
  // Years from the first to the last counted month: a period starting 2024-12-20 has nothing in 2024.
  let firstYear = terms.start.year;
  let lastYear = terms.plannedEnd.year;
  while (firstYear <= lastYear && !counted(firstYear)) firstYear++;
  while (lastYear >= firstYear && !counted(lastYear)) lastYear--;
  if (firstYear > lastYear) return empty('Avtalet täcker ingen hel månad.', terms.inferredStart);

  const parties: PartyYear[] = [];
  const years: ScheduleYear[] = [];
  const side = (exact: Ratio[], sector: Sector) => roundedSum(terms, exact, (p) => p.sector === sector);
  for (let year = firstYear; year <= lastYear; year++) {
    const base = partiesExactInYear(terms, year, 'decided');
    const full = partiesExactInYear(terms, year, 'planned');
    terms.amounts.forEach((p, i) => {
      parties.push({
        party: p.party,
        sector: p.sector,
        year,
        baseMonths: base.months,
        months: full.months,
        baseAmount: roundHalfUp(base.exact[i]),
        amount: roundHalfUp(full.exact[i]),
        baseExact: base.exact[i],
        exact: full.exact[i],
      });
    });
    const pub = side(full.exact, 'public');
    const civil = side(full.exact, 'civil');
    const basePublic = side(base.exact, 'public');
    const baseCivil = side(base.exact, 'civil');
    years.push({
      year,
      public: pub,
      civil,
      total: pub + civil,
      basePublic,
      baseCivil,
      baseTotal: basePublic + baseCivil,
      extension: base.months === 0,
      baseMonths: base.months,
      months: full.months,
      partlyExtension: base.months > 0 && full.months > base.months,
    });
  }
  return { agreement: agreement.name, parties, years, problem: null, inferredStart: terms.inferredStart };
}

/** Some parties' amount in a year, rounded once from their exact sum (a committee's own parties); 0 outside the schedule. */
export function partiesYear(schedule: Schedule, year: number, pick: (party: string) => boolean, decided: boolean): Kronor {
  return roundHalfUp(addRatios(schedule.parties.filter((p) => p.year === year && pick(p.party)).map((p) => (decided ? p.baseExact : p.exact))));
}

export function scheduleTotals(schedule: Schedule): { total: Kronor; baseTotal: Kronor } {
  return schedule.years.reduce(
    (acc, y) => ({ total: acc.total + y.total, baseTotal: acc.baseTotal + y.baseTotal }),
    { total: 0, baseTotal: 0 },
  );
}

