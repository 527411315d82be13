import { CalendarDate, DateParts, compareDates, endAfterYears, formatDate, parseDate } from './dates';
import { DomainError } from './errors';
import { MAX_YEAR } from './indexation';

/** Extension terms: `years` per extension, `times` extensions at most, or null for "ett år i taget" without limit. */
export interface Extension {
  years: number;
  times: number | null;
}

export interface Validity {
  start: CalendarDate | null;
  end: CalendarDate | null;
  extension: Extension | null;
  /** A decided extension's last day (recorded by the user): the agreement period runs to it. */
  extendedEnd?: CalendarDate | null;
  /** The year a committee's overview records the agreement in force, when no start is known. */
  inForceYear?: number | null;
}

/**
 * The first day the agreement counts from: its start, else — inferred — the first day of the year a committee's
 * overview records it in force (seed 004 lists partnerships "i februari 2021" with end dates only). Null when
 * neither is known.
 */
export function periodStart(validity: Validity): { date: CalendarDate; inferred: boolean } | null {
  if (validity.start) return { date: validity.start, inferred: false };
  if (validity.inForceYear) return { date: `${validity.inForceYear}-01-01`, inferred: true };
  return null;
}

/** The end of the agreement period: a decided extension's end when it is later than the base end. */
export function effectiveEnd(validity: Validity): CalendarDate | null {
  const { end, extendedEnd } = validity;
  if (!end) return null;
  return extendedEnd && extendedEnd > end ? extendedEnd : end;
}

/**
 * How many extension periods a plan shows when the agreement allows unlimited extensions:
 * the agreement could in principle run for ever, a plan cannot.
 */
export const UNLIMITED_EXTENSION_PERIODS = 5;

export function requireExtension(years: number, times: number | null): void {
  if (!Number.isInteger(years) || years < 0 || years > 50) {
    throw new DomainError('OUT_OF_RANGE', 'År per förlängning måste vara ett helt antal år (0–50).');
  }
  if (times !== null && (!Number.isInteger(times) || times < 0 || times > 50)) {
    throw new DomainError('OUT_OF_RANGE', 'Antal förlängningar måste vara ett helt tal (0–50).');
  }
}

/** The last day including `times` extensions of `years` years each. */
export function extendedEnd(end: DateParts, years: number, times: number): DateParts {
  requireExtension(years, times);
  const last = endAfterYears(end, years * times);
  if (last.year > MAX_YEAR) throw new DomainError('OUT_OF_RANGE', 'Giltighetstiden med förlängningar går bortom år 9999.');
  return last;
}

/** Number of extension periods a plan includes: all of them, or the cap for unlimited ones. */
export function plannedExtensionTimes(extension: Extension | null): number {
  if (!extension || extension.years === 0) return 0;
  return extension.times ?? UNLIMITED_EXTENSION_PERIODS;
}

/** The last day of the validity with every extension the plan includes (the base end when there are none). */
export function lastPossibleEnd(validity: Validity): CalendarDate | null {
  if (!validity.end) return null;
  const times = plannedExtensionTimes(validity.extension);
  const decided = effectiveEnd(validity)!;
  if (times === 0 || !validity.extension) return decided;
  const planned = formatDate(extendedEnd(parseDate(validity.end), validity.extension.years, times));
  // A decided extension beyond what the terms allow is still what was decided.
  return planned > decided ? planned : decided;
}

/** lastPossibleEnd, or null when the extensions would run past the calendar (year 9999): nothing to plan. */
export function plannableEnd(validity: Validity): CalendarDate | null {
  try {
    return lastPossibleEnd(validity);
  } catch (e) {
    if (e instanceof DomainError) return null;
    throw e;
  }
}

export function requireOrderedPeriod(start: DateParts, end: DateParts): void {
  if (compareDates(end, start) < 0) {
    throw new DomainError('END_BEFORE_START', `Slutdatumet ${formatDate(end)} ligger före startdatumet ${formatDate(start)}.`);
  }
}

/**
 * Whole months of calendar year `year` that the period start–end (inclusive) covers.
 * A month counts when the period includes its middle day (the 16th; the 15th in February): month-boundary
 * dates count exactly (2024-07-01 → 6 months of 2024), about half a month or more counts, and any
 * twelve-month period, wherever it starts, counts twelve months — never a month twice.
 */
export function monthsCoveredInYear(start: DateParts, end: DateParts, year: number): number {
  requireOrderedPeriod(start, end);
  return countedMonthsInYear(start, end, year);
}

/**
 * monthsCoveredInYear over the months first–last of the year only (an empty period counts none): the months
 * before and from an index step month.
 */
export function countedMonthsInYear(start: DateParts, end: DateParts, year: number, first = 1, last = 12): number {
  let months = 0;
  for (let month = first; month <= last; month++) {
    const middle = { year, month, day: month === 2 ? 15 : 16 };
    if (compareDates(start, middle) <= 0 && compareDates(end, middle) >= 0) months++;
  }
  return months;
}

/** Share of a calendar year covered, as a fraction in [0, 1] by whole months. */
export function yearShare(start: DateParts, end: DateParts, year: number): number {
  return monthsCoveredInYear(start, end, year) / 12;
}
