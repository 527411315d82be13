import { Agreement, Sector } from './agreement';
import { partyAmounts } from './contributions';
import { DateParts, parseDate } from './dates';
import { isDomainError } from './errors';
import { Kronor, Ratio, multiply, roundHalfUp } from './money';
import { partyYearExact, statedYears, StatedYear } from './yearAmounts';
import { effectiveEnd, lastPossibleEnd, monthsCoveredInYear } from './validity';

/** One party's amount in one calendar year: indexed and pro-rata by whole months, rounded once per party. */
export interface PartyYear {
  party: string;
  sector: Sector;
  year: number;
  /** Months of the year within the base period. */
  baseMonths: number;
  /** Months of the year within the base period or any planned extension. */
  months: number;
  /** Amount for the base period's months only. */
  baseAmount: Kronor;
  /** Amount with every planned extension. */
  amount: Kronor;
}

export interface ScheduleYear {
  year: number;
  public: Kronor;
  civil: Kronor;
  total: Kronor;
  basePublic: Kronor;
  baseCivil: Kronor;
  baseTotal: Kronor;
  /** True for a year that exists only if the agreement is extended. */
  extension: boolean;
  /** Months of the year inside the base period; the rest of `months` is extension (pro rata by month). */
  baseMonths: number;
  /** Months of the year with every planned extension. */
  months: number;
  /** True for a year that is partly base period and partly extension (a period ending mid-year). */
  partlyExtension: boolean;
}

export interface Schedule {
  agreement: string;
  parties: PartyYear[];
  years: ScheduleYear[];
  /** Why no years could be planned (a missing date), or null. */
  problem: string | null;
}

/** A sum of exact amounts for `months` of a year, rounded once. */
function proRata(exact: readonly Ratio[], months: number): Kronor {
  if (months === 0) return 0;
  const sum = exact.reduce((acc, v) => ({ num: acc.num * v.den + v.num * acc.den, den: acc.den * v.den }), { num: 0n, den: 1n });
  return roundHalfUp(multiply(sum, { num: BigInt(months), den: 12n }));
}

/**
 * The multi-year schedule: per party × calendar year from the first year of validity to the last year of the
 * last planned extension. Indexation applies per new calendar year from the base year (the start year when
 * the agreement names none); an agreement without indexation keeps its amounts. An amount the document states
 * for one calendar year (`yearAmounts`) is used as stated for that year (partyYearExact). A year's public and civil
 * figures are each rounded once from the side's exact amount (so a side with several parties can differ by a
 * krona from the sum of its rounded party rows); the year's total is public + civil.
 */
export function buildSchedule(agreement: Agreement): Schedule {
  const empty = (problem: string): Schedule => ({ agreement: agreement.name, parties: [], years: [], problem });
  const { start, end } = agreement.validity;
  if (!start) return empty('Startdatum saknas.');
  if (!end) return empty('Slutdatum saknas.');
  const startDate = parseDate(start);
  // A decided extension belongs to the agreement period: it is committed, not only possible.
  const baseEnd = parseDate(effectiveEnd(agreement.validity) ?? end);
  if (end < start) {
    return empty('Slutdatumet ligger före startdatumet.');
  }
  let finalEnd: DateParts;
  try {
    finalEnd = parseDate(lastPossibleEnd(agreement.validity) ?? end);
  } catch (e) {
    if (isDomainError(e)) return empty(e.message);
    throw e;
  }
  // Years from the first to the last counted month: a period starting 2024-12-20 has nothing in 2024.
  const counted = (year: number) => monthsCoveredInYear(startDate, finalEnd, year) > 0;
  let firstYear = startDate.year;
  let lastYear = finalEnd.year;
  while (firstYear <= lastYear && !counted(firstYear)) firstYear++;
  while (lastYear >= firstYear && !counted(lastYear)) lastYear--;
  if (firstYear > lastYear) return empty('Avtalet täcker ingen hel månad.');
  const rate = agreement.indexation?.rate ?? 0;
  const baseYear = agreement.indexation?.baseYear ?? startDate.year;

  const amounts = partyAmounts(agreement);
  const stated = new Map<string, Map<number, StatedYear>>(amounts.map((p) => [p.party, statedYears(agreement, p.party)]));
  const parties: PartyYear[] = [];
  const years: ScheduleYear[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const baseMonths = year <= baseEnd.year ? monthsCoveredInYear(startDate, baseEnd, year) : 0;
    const months = monthsCoveredInYear(startDate, finalEnd, year);
    const exact = amounts.map((p) => partyYearExact(p.annualAmount, year, baseYear, rate, stated.get(p.party)));
    amounts.forEach((p, i) => {
      parties.push({ party: p.party, sector: p.sector, year, baseMonths, months, baseAmount: proRata([exact[i]], baseMonths), amount: proRata([exact[i]], months) });
    });
    // Each side is rounded once from its exact yearly sum; the total is the two rounded sides, so rows add up.
    const side = (sector: Sector) => exact.filter((_, i) => amounts[i].sector === sector);
    const pub = proRata(side('public'), months);
    const civil = proRata(side('civil'), months);
    const basePublic = proRata(side('public'), baseMonths);
    const baseCivil = proRata(side('civil'), baseMonths);
    years.push({
      year,
      public: pub,
      civil,
      total: pub + civil,
      basePublic,
      baseCivil,
      baseTotal: basePublic + baseCivil,
      extension: baseMonths === 0,
      baseMonths,
      months,
      partlyExtension: baseMonths > 0 && months > baseMonths,
    });
  }
  return { agreement: agreement.name, parties, years, problem: null };
}

export function scheduleTotals(schedule: Schedule): { total: Kronor; baseTotal: Kronor } {
  return schedule.years.reduce(
    (acc, y) => ({ total: acc.total + y.total, baseTotal: acc.baseTotal + y.baseTotal }),
    { total: 0, baseTotal: 0 },
  );
}
