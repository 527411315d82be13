import { DomainError } from './errors';

/** A calendar date as ISO text `YYYY-MM-DD`: no time of day, no time zone. */
export type CalendarDate = string;

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isValidParts({ year, month, day }: DateParts): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1900 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function formatDate({ year, month, day }: DateParts): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses strict ISO `YYYY-MM-DD`; returns null for anything else, including impossible dates like 2023-02-29. */
export function tryParseIsoDate(text: string): DateParts | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidParts(parts) ? parts : null;
}

export function parseDate(date: CalendarDate): DateParts {
  const parts = tryParseIsoDate(date);
  if (!parts) throw new DomainError('INVALID_DATE', `Ogiltigt datum: "${date}". Ange datum som ÅÅÅÅ-MM-DD.`);
  return parts;
}

/** Days since 1970-01-01 (proleptic Gregorian), exact integer arithmetic without Date objects. */
export function toDayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): DateParts {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: DateParts, days: number): DateParts {
  return fromDayNumber(toDayNumber(date) + days);
}

export function compareDates(a: DateParts, b: DateParts): number {
  return toDayNumber(a) - toDayNumber(b);
}

/**
 * The last day of a period of `years` whole years that begins the day after `end`.
 * 2025-12-31 + 2 years → 2027-12-31; 2025-06-30 + 1 year → 2026-06-30; 2023-02-28 + 1 year → 2024-02-29.
 */
export function endAfterYears(end: DateParts, years: number): DateParts {
  const next = addDays(end, 1);
  const year = next.year + years;
  const day = Math.min(next.day, daysInMonth(year, next.month));
  return addDays({ year, month: next.month, day }, -1);
}

// Excel's day 0 is 1899-12-30 for every serial after its fictitious 1900-02-29 (serial 60).
const EXCEL_EPOCH = toDayNumber({ year: 1899, month: 12, day: 30 });
const MAX_EXCEL_SERIAL = toDayNumber({ year: 9999, month: 12, day: 31 }) - EXCEL_EPOCH;

export function excelSerialToDate(serial: number): DateParts {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_EXCEL_SERIAL) {
    throw new DomainError('INVALID_DATE', `Ogiltigt datum: ${serial} är inget Excel-datum.`);
  }
  if (serial === 60) throw new DomainError('INVALID_DATE', 'Ogiltigt datum: 1900-02-29 finns inte.');
  const whole = Math.floor(serial); // a time of day is dropped: dates are calendar dates
  return fromDayNumber(EXCEL_EPOCH + (whole < 60 ? whole + 1 : whole));
}

export function dateToExcelSerial(date: DateParts): number {
  const serial = toDayNumber(date) - EXCEL_EPOCH;
  return serial < 61 ? serial - 1 : serial;
}

/**
 * The calendar date of a moment in the local time zone: "today" for the user.
 * @example calendarDateOf(new Date(2026, 11, 6)) // '2026-12-06'
 */
export function calendarDateOf(d: Date): CalendarDate {
  return formatDate({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
}
