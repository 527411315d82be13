import type { Agreement } from '../domain/agreement';
import { addDays, dateToExcelSerial, formatDate, parseDate } from '../domain/dates';
import { UNLIMITED_EXTENSION_PERIODS, effectiveEnd, periodStart, plannableEnd } from '../domain/validity';

export const STATUS = {
  active: 'Aktiv',
  endingSoon: 'Upphör inom 6 mån',
  ended: 'Avslutat',
  /** The base period is over but the agreement allows an extension that would still run: a decision is due. */
  extendable: 'Kan förlängas',
  notStarted: 'Ej påbörjat',
} as const;

export type Status = (typeof STATUS)[keyof typeof STATUS];

/** Six months after a date, as Excel's EDATE counts them (the day is clamped to the month's end). */
export function sixMonthsAfter(iso: string): string {
  const d = parseDate(iso);
  const months = d.month - 1 + 6;
  const year = d.year + Math.floor(months / 12);
  const month = (months % 12) + 1;
  const last = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1).day;
  return formatDate({ year, month, day: Math.min(d.day, last) });
}

/**
 * An agreement's status on a date by its base period (an extension needs a decision, so an agreement
 * that ends within six months is flagged even when it may be extended). Empty when the end is unknown.
 */
export function agreementStatus(agreement: Agreement, onDate: string): Status | '' {
  const start = periodStart(agreement.validity)?.date;
  // A decided extension is part of the agreement period (effectiveEnd).
  const end = effectiveEnd(agreement.validity);
  if (!end) return '';
  if (end < onDate) {
    const last = plannableEnd(agreement.validity);
    return last && last >= onDate ? STATUS.extendable : STATUS.ended;
  }
  if (end <= sixMonthsAfter(onDate)) return STATUS.endingSoon;
  if (start && start > onDate) return STATUS.notStarted;
  return STATUS.active;
}

/** The date the overview reports status on: today within the chosen year, otherwise the year's first day. */
export function statusDate(year: number, today: Date = new Date()): string {
  if (today.getFullYear() === year) {
    return formatDate({ year, month: today.getMonth() + 1, day: today.getDate() });
  }
  return `${year}-01-01`;
}

/**
 * The status formula's test for "Kan förlängas": the last day with every extension the plan includes (as the
 * calculation sheet's "Till" counts it) is on or after the status date. `at` gives a column of the agreement.
 */
export function extendableFormula(at: (header: string) => string, statusRef: string): string {
  const years = `N(${at('Förlängning år')})`;
  const times = `IF(ISNUMBER(${at('Förlängning gånger')}),${at('Förlängning gånger')},${UNLIMITED_EXTENSION_PERIODS})`;
  return `AND(${years}>0,EDATE(${at('Slut')}+1,12*${years}*${times})-1>=${statusRef})`;
}

/** effectiveEnd as a formula: "Förlängt till" when it is later than "Slut", else "Slut". */
export function effectiveEndFormula(at: (header: string) => string): string {
  return `IF(N(${at('Förlängt till')})>${at('Slut')},${at('Förlängt till')},${at('Slut')})`;
}

export function isoToSerial(iso: string): number {
  return dateToExcelSerial(parseDate(iso));
}
