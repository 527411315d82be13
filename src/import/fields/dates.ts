import { formatDate, isValidParts } from '../../domain/dates';

/**
 * Dates as agreements write them: ISO `2024-01-01`, `2022.01.01`, `den 1 januari 2022`, `1 jan 2022`, day and month
 * before the year as Swedish offices also write them (`1/1 2026`, `31/12-2027`, `01.07.2026`), and the committee
 * overview's two-digit `23.12.31` (yy.mm.dd, read only where the caller allows it).
 */
export interface DateMatch {
  iso: string;
  start: number;
  end: number;
  /** True when the day was not written ("januari 2021") and the first of the month was assumed. */
  dayAssumed: boolean;
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, febr: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augusti: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const NUMERIC = /(?<![\d.])(?<!\d-)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?![\d])/g;
const WRITTEN = new RegExp(String.raw`(?<![\p{L}\d])(?:den\s+)?(\d{1,2})(?:\s*:?\s*(?:e|a))?\s+(${MONTH_NAMES})\.?\s+(\d{4})(?!\d)`, 'giu');
const MONTH_YEAR = new RegExp(String.raw`(?<!\p{L})(${MONTH_NAMES})\s+(\d{4})(?!\d)`, 'giu');
/** "1/1 2026", "31/12-2027", "1/7–2026": day/month, then the year after a space or a dash. */
const DAY_SLASH_MONTH = /(?<![\d.,/])(\d{1,2})\/(\d{1,2})(?:\s*[-–]\s*|\s+)(\d{4})(?![\d/])/g;
/** "01.07.2026", "1.7.2026": day.month.year (the year written in full, so never a two-digit yy.mm.dd). */
const DAY_DOT_MONTH = /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/g;
const SHORT = /(?<![\d.-])(\d{2})\.(\d{2})\.(\d{2})(?![\d.])/g;

function iso(year: number, month: number, day: number): string | null {
  const parts = { year, month, day };
  return isValidParts(parts) ? formatDate(parts) : null;
}

export function findDates(text: string, offset = 0, opts: { shortYearFirst?: boolean } = {}): DateMatch[] {
  const out: DateMatch[] = [];
  const push = (value: string | null, index: number, length: number, dayAssumed = false) => {
    if (value && !out.some((d) => d.start < offset + index + length && offset + index < d.end)) {
      out.push({ iso: value, start: offset + index, end: offset + index + length, dayAssumed });
    }
  };
  let m: RegExpExecArray | null;
  for (NUMERIC.lastIndex = 0; (m = NUMERIC.exec(text)); ) push(iso(+m[1], +m[2], +m[3]), m.index, m[0].length);
  for (WRITTEN.lastIndex = 0; (m = WRITTEN.exec(text)); ) push(iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]), m.index, m[0].length);
  for (DAY_SLASH_MONTH.lastIndex = 0; (m = DAY_SLASH_MONTH.exec(text)); ) push(iso(+m[3], +m[2], +m[1]), m.index, m[0].length);
  for (DAY_DOT_MONTH.lastIndex = 0; (m = DAY_DOT_MONTH.exec(text)); ) push(iso(+m[3], +m[2], +m[1]), m.index, m[0].length);
  for (MONTH_YEAR.lastIndex = 0; (m = MONTH_YEAR.exec(text)); ) push(iso(+m[2], MONTHS[m[1].toLowerCase()], 1), m.index, m[0].length, true);
  if (opts.shortYearFirst) {
    for (SHORT.lastIndex = 0; (m = SHORT.exec(text)); ) push(iso(2000 + +m[1], +m[2], +m[3]), m.index, m[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}
