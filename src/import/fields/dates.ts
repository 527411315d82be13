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
  /**
   * The end of a year or month written as words ("2030 års utgång", "utgången av 2030", "årsskiftet 2029/2030", "den
   * sista juni 2030"): a last day, never a start. Found only where the caller asks (`yearEnds`).
   */
  periodEnd?: boolean;
  /** The end of a "verksamhetsår" ("verksamhetsårets slut 2030"): the last of December only if that year is the calendar year. */
  ownYear?: boolean;
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

const END_WORD = String.raw`(?:utgång(?:en)?|slut(?:et)?)`;
const YEAR_KIND = String.raw`(?<kind>verksamhets|kalender|budget|räkenskaps)?`;
const FULL_YEAR = String.raw`(?<year>(?:19|20)\d{2})(?![\d-]|\s*\/\s*\d)`;
/**
 * The end of a year or a month in words, longest first:
 * - "2030 års utgång", "2030-års slut";
 * - "utgången av 2030", "slutet av år 2030", "utgången av verksamhetsåret 2030";
 * - "verksamhetsårets slut 2030", "kalenderårets utgång år 2030";
 * - "årsskiftet 2029/2030", "årsskiftet 2029–30": the last day of the first year;
 * - "utgången av juni 2030", "den sista juni 2030", "sista dagen i juni 2030": the last day of that month.
 */
const YEAR_ENDS: RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}\d])(?<year>(?:19|20)\d{2})\s*-?\s*års\s+${END_WORD}(?!\p{L})`, 'giu'),
  new RegExp(String.raw`(?<!\p{L})${END_WORD}\s+av\s+(?<month>${MONTH_NAMES})\s+(?:månad\s+)?(?<year>\d{4})(?!\d)`, 'giu'),
  new RegExp(String.raw`(?<!\p{L})${END_WORD}\s+av\s+(?:${YEAR_KIND}år(?:et)?\s+)?${FULL_YEAR}`, 'giu'),
  new RegExp(String.raw`(?<!\p{L})${YEAR_KIND}årets\s+${END_WORD}\s+(?:år\s+)?${FULL_YEAR}`, 'giu'),
  new RegExp(String.raw`(?<!\p{L})årsskiftet\s+(?<year>(?:19|20)\d{2})\s*[/–-]\s*(?<next>(?:19|20)?\d{2})(?!\d)`, 'giu'),
  new RegExp(String.raw`(?<!\p{L})(?:den\s+)?sista\s+(?:dagen\s+(?:i|av)\s+)?(?<month>${MONTH_NAMES})\s+(?<year>\d{4})(?!\d)`, 'giu'),
];

/** The last day of `month` (1–12) in `year`. */
function lastDay(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * A month written without a day ("till och med juni 2028", "jan 2027 – dec 2028") as the end of a period: its last
 * day (`2028-06-01` → `2028-06-30`). As a start, the first of the month that findDates already gives stands.
 */
export function monthEnd(isoDate: string): string {
  return lastDay(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)));
}

function iso(year: number, month: number, day: number): string | null {
  const parts = { year, month, day };
  return isValidParts(parts) ? formatDate(parts) : null;
}

export function findDates(text: string, offset = 0, opts: { shortYearFirst?: boolean; yearEnds?: boolean } = {}): DateMatch[] {
  const out: DateMatch[] = [];
  const push = (value: string | null, index: number, length: number, dayAssumed = false, extra: Partial<DateMatch> = {}) => {
    if (value && !out.some((d) => d.start < offset + index + length && offset + index < d.end)) {
      out.push({ iso: value, start: offset + index, end: offset + index + length, dayAssumed, ...extra });
    }
  };
  let m: RegExpExecArray | null;
  if (opts.yearEnds) {
    for (const re of YEAR_ENDS) {
      for (re.lastIndex = 0; (m = re.exec(text)); ) {
        const g = m.groups!;
        const year = Number(g.year);
        if (year < 1900 || year > 2099) continue;
        if (g.next !== undefined && Number(g.next.length === 2 ? String(year + 1).slice(0, 2) + g.next : g.next) !== year + 1) continue;
        const month = g.month ? MONTHS[g.month.toLowerCase()] : 12;
        push(lastDay(year, month), m.index, m[0].length, false, { periodEnd: true, ownYear: /^verksamhets/i.test(g.kind ?? '') });
      }
    }
  }
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
