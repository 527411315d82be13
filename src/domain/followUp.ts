import type { Agreement, FollowUp } from './agreement';
import { compareDates, daysInMonth, formatDate, parseDate, type CalendarDate } from './dates';
import { toKronor, type Kronor } from './money';
import { effectiveEnd, plannableEnd } from './validity';

/**
 * What the committee records about one agreement's year (a row of the follow-up table): the obligations are in
 * `Agreement.followUp`, what actually happened is here. Every figure is null until someone enters it.
 */
export interface FollowUpRecord {
  /** The agreement's key (Avtals-id) or, outside a workbook, its name. */
  agreement: string;
  year: number;
  participants: number | null;
  /** Full-year places used ("helårsplatser"), to set against the places agreed. */
  placesUsed: number | null;
  /** The day the written report came in. */
  reportReceived: CalendarDate | null;
  meetingsHeld: number | null;
  comment: string;
}

export const REPORT_STATUS = { received: 'Inkommen', missing: 'Saknas', late: 'Försenad' } as const;
export type ReportStatus = (typeof REPORT_STATUS)[keyof typeof REPORT_STATUS];

/** The same day `months` months earlier or later, clamped to the month's end as Excel's EDATE does. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const d = parseDate(date);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatDate({ year, month, day: Math.min(d.day, daysInMonth(year, month)) });
}

/**
 * The day the report on `year` is due: the agreement's "MM-DD" in the year after (29 February becomes the 28th
 * in a common year). Null when the agreement names no day.
 * @example reportDueDate({ reportDue: '02-15' }, 2025) // '2026-02-15'
 */
export function reportDueDate(followUp: FollowUp | null | undefined, year: number): CalendarDate | null {
  const due = followUp?.reportDue;
  if (!due) return null;
  const [month, day] = due.split('-').map(Number);
  return formatDate({ year: year + 1, month, day: Math.min(day, daysInMonth(year + 1, month)) });
}

/**
 * "Inkommen" once a report is recorded; "Försenad" when none is and the due day has passed; otherwise
 * "Saknas". An agreement that requires no report (reportsPerYear 0) has no status.
 */
export function reportStatus(record: FollowUpRecord | null | undefined, followUp: FollowUp | null | undefined, year: number, today: CalendarDate): ReportStatus | '' {
  if (record?.reportReceived) return REPORT_STATUS.received;
  if (followUp?.reportsPerYear === 0) return '';
  const due = reportDueDate(followUp, year);
  if (due && today > due) return REPORT_STATUS.late;
  return REPORT_STATUS.missing;
}

/** The committee's cost per participant in whole kronor, null without participants. */
export function costPerParticipant(cost: Kronor, participants: number | null | undefined): Kronor | null {
  if (!participants || participants <= 0) return null;
  return toKronor(cost / participants);
}

/** The last day the agreement runs as decided: a recorded extension, else the base period's end (effectiveEnd). */
export function decidedEnd(agreement: Agreement): CalendarDate | null {
  return effectiveEnd(agreement.validity);
}

/**
 * The end after one more decided extension period: the decided end (base end or recorded extension) plus the
 * agreement's years per extension, never past the last end the agreement allows. Null when it allows none.
 * @example nextExtensionEnd({ end: '2025-12-31', extension: { years: 1, times: 2 } }) // '2026-12-31'
 */
export function nextExtensionEnd(agreement: Agreement): CalendarDate | null {
  const end = decidedEnd(agreement);
  const years = agreement.validity.extension?.years ?? 0;
  const last = plannableEnd(agreement.validity);
  if (!end || years <= 0 || !last || last <= end) return null;
  const next = addMonths(end, 12 * years);
  return next > last ? last : next;
}

export interface WatchItem {
  agreement: Agreement;
  /** The end that is approaching: the recorded extension's, else the base period's. */
  end: CalendarDate;
  /** The end minus the months the agreement gives for deciding (or the notice period); the end when it gives none. */
  decisionDue: CalendarDate;
  /** Months before the end, as the agreement states them (0 when it states none). */
  decisionMonths: number;
  /** Whether the agreement allows a further extension past `end`. */
  canExtend: boolean;
  /** Whether the decision day has already passed on the watch's date. */
  overdue: boolean;
}

/**
 * The extension watch: agreements whose decided end falls within `months` months of `today` (and has not
 * passed), with the day the decision on extending them is due. Soonest decision first.
 */
export function extensionWatch(agreements: readonly Agreement[], today: CalendarDate, months: number): WatchItem[] {
  const horizon = addMonths(today, months);
  const items: WatchItem[] = [];
  for (const agreement of agreements) {
    const end = decidedEnd(agreement);
    if (!end || end < today || end > horizon) continue;
    const decisionMonths = agreement.followUp?.extensionDecisionMonths ?? agreement.validity.noticeMonths ?? 0;
    const decisionDue = addMonths(end, -decisionMonths);
    const last = plannableEnd(agreement.validity);
    items.push({ agreement, end, decisionDue, decisionMonths, canExtend: !!last && last > end, overdue: decisionDue < today });
  }
  return items.sort((a, b) => compareDates(parseDate(a.decisionDue), parseDate(b.decisionDue)) || a.agreement.name.localeCompare(b.agreement.name, 'sv'));
}
