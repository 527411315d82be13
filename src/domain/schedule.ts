import { Agreement, Sector } from './agreement';
import { partyAmounts } from './contributions';
import { DateParts, parseDate } from './dates';
import { Kronor, multiply, roundHalfUp } from './money';
import { indexedExact } from './indexation';
import { lastPossibleEnd, monthsCoveredInYear } from './validity';

/** One party's amount in one calendar year: indexed and pro-rata by whole months. */
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
}

export interface Schedule {
  agreement: string;
  parties: PartyYear[];
  years: ScheduleYear[];
  /** Why no years could be planned (a missing date), or null. */
  problem: string | null;
}

/** Indexed, pro-rata amount for one year, rounded once. */
function yearAmount(base: number, year: number, baseYear: number, rate: number, months: number): Kronor {
  if (months === 0) return 0;
  return roundHalfUp(multiply(indexedExact(base, year, baseYear, rate), { num: BigInt(months), den: 12n }));
}

/**
 * The multi-year schedule: per party × calendar year from the first year of validity to the last year of the
 * last planned extension. Indexation applies per new calendar year from the base year (the start year when
 * the agreement names none); an agreement without indexation keeps its amounts.
 */
export function buildSchedule(agreement: Agreement): Schedule {
  const empty = (problem: string): Schedule => ({ agreement: agreement.name, parties: [], years: [], problem });
  const { start, end } = agreement.validity;
  if (!start) return empty('Startdatum saknas.');
  if (!end) return empty('Slutdatum saknas.');
  const startDate = parseDate(start);
  const baseEnd = parseDate(end);
  const finalEnd: DateParts = parseDate(lastPossibleEnd(agreement.validity) ?? end);
  if (baseEnd.year < startDate.year || (baseEnd.year === startDate.year && end < start)) {
    return empty('Slutdatumet ligger före startdatumet.');
  }
  const rate = agreement.indexation?.rate ?? 0;
  const baseYear = agreement.indexation?.baseYear ?? startDate.year;

  const amounts = partyAmounts(agreement);
  const parties: PartyYear[] = [];
  const years: ScheduleYear[] = [];
  for (let year = startDate.year; year <= finalEnd.year; year++) {
    const baseMonths = year <= baseEnd.year ? monthsCoveredInYear(startDate, baseEnd, year) : 0;
    const months = monthsCoveredInYear(startDate, finalEnd, year);
    const row: ScheduleYear = { year, public: 0, civil: 0, total: 0, basePublic: 0, baseCivil: 0, baseTotal: 0, extension: baseMonths === 0 };
    for (const p of amounts) {
      const amount = yearAmount(p.annualAmount, year, baseYear, rate, months);
      const baseAmount = yearAmount(p.annualAmount, year, baseYear, rate, baseMonths);
      parties.push({ party: p.party, sector: p.sector, year, baseMonths, months, baseAmount, amount });
      if (p.sector === 'public') {
        row.public += amount;
        row.basePublic += baseAmount;
      } else {
        row.civil += amount;
        row.baseCivil += baseAmount;
      }
    }
    row.total = row.public + row.civil;
    row.baseTotal = row.basePublic + row.baseCivil;
    years.push(row);
  }
  return { agreement: agreement.name, parties, years, problem: null };
}

export function scheduleTotals(schedule: Schedule): { total: Kronor; baseTotal: Kronor } {
  return schedule.years.reduce(
    (acc, y) => ({ total: acc.total + y.total, baseTotal: acc.baseTotal + y.baseTotal }),
    { total: 0, baseTotal: 0 },
  );
}
