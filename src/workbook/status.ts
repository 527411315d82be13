import type { Agreement } from '../domain/agreement';
import { addDays, dateToExcelSerial, formatDate, parseDate } from '../domain/dates';

export const STATUS = {
  active: 'Aktiv',
  endingSoon: 'Upphör inom 6 mån',
  ended: 'Avslutat',
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
  const { start, end } = agreement.validity;
  if (!end) return '';
  if (end < onDate) return STATUS.ended;
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

export function isoToSerial(iso: string): number {
  return dateToExcelSerial(parseDate(iso));
}
