import { DomainError } from './errors';
import { Kronor, Ratio, multiply, power, ratioOf, requireAmount, roundHalfUp } from './money';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

/** The agreement's indexation: a yearly rate applied "per new calendar year" from a base year. */
export interface Indexation {
  rate: number;
  baseYear: number | null;
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

/** The exact (unrounded) amount for a year: base × (1 + rate)^(year − baseYear). */
export function indexedExact(base: number, year: number, baseYear: number, rate: number): Ratio {
  requireAmount(base);
  return multiply(ratioOf(base), indexFactor(year, baseYear, rate));
}

/** The amount for a year in whole kronor, rounded once. */
export function indexedAmount(base: number, year: number, baseYear: number, rate: number): Kronor {
  return roundHalfUp(indexedExact(base, year, baseYear, rate));
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
