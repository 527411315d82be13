import { DomainError } from './errors';
import { Kronor, MAX_KRONOR, Ratio, addRatios, describeKronor, formatKronor, multiply, power, ratioOf, requireAmount, roundHalfUp } from './money';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

/**
 * The agreement's indexation: a yearly rate from a base year, stepping on the first day of `stepMonth` each year
 * (1, the default: "per nytt kalenderår"; the agreement year's first month for "inför varje nytt avtalsår").
 */
export interface Indexation {
  rate: number;
  baseYear: number | null;
  stepMonth?: number | null;
}

/** The step month an indexation names, 1 (January: per calendar year) when it names none. */
export function stepMonthOf(indexation: Pick<Indexation, 'stepMonth'> | null | undefined): number {
  return indexation?.stepMonth ?? 1;
}

/**
 * The index year a month belongs to: the year in which its twelve-month step period began. Per calendar year
 * (stepMonth 1) that is the month's own year; stepping each July, January–June belong to the year before.
 * @example indexYearOf(2026, 1, 2) // 2025: January 2026 is still the agreement year that began in February 2025
 */
export function indexYearOf(year: number, month: number, stepMonth = 1): number {
  return month >= stepMonth ? year : year - 1;
}

/**
 * How many steps an agreement's amounts have taken in a month: its index year less the base year, never below
 * 0 — an agreement's amounts are never counted below the level it states (months before the first step, e.g.
 * the first half-year of a January start that steps "första gången den 1 juli" the year after, are at base level).
 */
export function indexLevel(year: number, month: number, baseYear: number, stepMonth = 1): number {
  return Math.max(0, indexYearOf(year, month, stepMonth) - baseYear);
}

export function requireYear(year: number, what = 'Året'): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new DomainError('INVALID_YEAR', `${what} måste vara ett helt årtal mellan ${MIN_YEAR} och ${MAX_YEAR}.`);
  }
  return year;
}

/**
 * A rate is a fraction: 2 % is 0.02. Values of 1 or more are refused rather than guessed at,
 * because "2" could mean 2 % or 200 %.
 */
export function requireRate(rate: number): number {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) {
    throw new DomainError('INVALID_RATE', 'Indexsatsen måste vara ett tal, t.ex. 2 % eller 0,02.');
  }
  if (rate <= -1 || rate >= 1) {
    throw new DomainError('INVALID_RATE', `Indexsatsen ${rate} är orimlig. Ange den i procent, t.ex. 2 % eller 0,02.`);
  }
  return rate;
}

/** (1 + rate)^(year − baseYear), exactly. */
export function indexFactor(year: number, baseYear: number, rate: number): Ratio {
  requireYear(year);
  requireYear(baseYear, 'Basåret');
  requireRate(rate);
  const one = ratioOf(1);
  const step = ratioOf(rate);
  return power({ num: one.num + step.num, den: one.den }, year - baseYear);
}

/** (1 + rate)^level, exactly: the factor after `level` steps. */
export function levelFactor(level: number, rate: number): Ratio {
  requireRate(rate);
  const step = ratioOf(rate);
  return power({ num: step.den + step.num, den: step.den }, level);
}

function overIndexedCeiling(value: number, year: number): DomainError {
  return new DomainError('OUT_OF_RANGE', `Uppräknat till ${year} blir beloppet ${describeKronor(value)}, mer än taket ${formatKronor(MAX_KRONOR)} per år.`);
}

/** An indexed year's amount, refused above the range for money (money.ts) with the year named. */
export function requireIndexedInRange(amount: Kronor, year: number): Kronor {
  if (amount > MAX_KRONOR) throw overIndexedCeiling(amount, year);
  return amount;
}

/**
 * The exact (unrounded) amount for a year: base × (1 + rate)^(year − baseYear). A year whose amount would leave
 * the range for money (money.ts) is refused before the power is taken: 1,99^8000 is a number of 48 000 digits.
 */
export function indexedExact(base: number, year: number, baseYear: number, rate: number): Ratio {
  requireAmount(base);
  requireYear(year);
  requireYear(baseYear, 'Basåret');
  requireRate(rate);
  // A float estimate with a margin, only to refuse early; the exact result is checked again in indexedAmount.
  const estimate = base * (1 + rate) ** (year - baseYear);
  if (!(estimate <= MAX_KRONOR * 1.001)) throw overIndexedCeiling(estimate, year);
  return multiply(ratioOf(base), indexFactor(year, baseYear, rate));
}

/** The amount for a year in whole kronor, rounded once; never above the range for money. */
export function indexedAmount(base: number, year: number, baseYear: number, rate: number): Kronor {
  return requireIndexedInRange(roundHalfUp(indexedExact(base, year, baseYear, rate)), year);
}

/**
 * Total over the calendar years from–to inclusive. Each year's amount is rounded once and the
 * total is the sum of those whole-krona amounts, so a total always equals the sum of its rows.
 */
export function indexedTotal(base: number, fromYear: number, toYear: number, baseYear: number, rate: number): Kronor {
  requireYear(fromYear, 'Från-året');
  requireYear(toYear, 'Till-året');
  if (toYear < fromYear) throw new DomainError('END_BEFORE_START', 'Till-året ligger före från-året.');
  if (toYear - fromYear > 200) throw new DomainError('OUT_OF_RANGE', 'Perioden får vara högst 200 år.');
  let total = 0;
  for (let year = fromYear; year <= toYear; year++) total += indexedAmount(base, year, baseYear, rate);
  return total;
}

/** How an agreement's amounts move through the calendar: its rate, base year and step month. */
export interface IndexRule {
  rate: number;
  baseYear: number;
  stepMonth: number;
}

/** Counted months of a year split at the step month: those before it (the previous index year) and from it. */
export interface YearMonths {
  early: number;
  late: number;
}

/**
 * The weight of one krona per year over a year's counted months: Σ (1 + rate)^level / 12 over those months, exact.
 * The months before the step month are at the previous index year's level (indexLevel). The one home of the
 * month-by-month indexation: agreements' schedules and IOP.INDEX/IOP.SUMMA with a step month use it.
 * @example indexedMonthsWeight({ early: 1, late: 11 }, 2026, { rate: 0.02, baseYear: 2025, stepMonth: 2 }) // (1 + 11 × 1,02) / 12
 */
export function indexedMonthsWeight(months: YearMonths, year: number, rule: IndexRule): Ratio {
  const part = (count: number, month: number): Ratio =>
    count === 0 ? { num: 0n, den: 1n } : multiply(levelFactor(indexLevel(year, month, rule.baseYear, rule.stepMonth), rule.rate), { num: BigInt(count), den: 12n });
  return addRatios([part(months.early, 1), part(months.late, rule.stepMonth)]);
}
