import type { Agreement, InvoicePeriodKind, InvoiceTiming } from './agreement';
import { CalendarDate, daysInMonth, formatDate } from './dates';
import { Kronor, roundHalfUp } from './money';
import { partyMonthsExact, scheduleTerms, type ScheduleTerms, type YearMonths } from './schedule';
import { countedMonthsInYear } from './validity';

/*
 * What each partner should invoice per period (issue 18): the civil party invoices each public party its
 * contribution, period by period, as the agreement's invoicing terms say (helår, halvår, kvartal, månad). A
 * period's amount is the party's figure by the schedule's own rules (scheduleTerms, partyMonthsExact: indexed per
 * calendar or agreement year, pro rata by whole months, amounts stated per year, the decided period), rounded
 * cumulatively within the year, so the periods of a year sum exactly to that year's figure. The sheet's
 * IOP_Fakturaplan computes the same with formulas (src/workbook/invoiceColumns.ts).
 */

/** The words the agreement, the sheets and the pane use for a period and for when an invoice comes. */
export const PERIOD_WORDS: Record<InvoicePeriodKind, string> = { year: 'helår', halfYear: 'halvår', quarter: 'kvartal', month: 'månad' };
export const TIMING_WORDS: Record<InvoiceTiming, string> = { advance: 'i förskott', arrears: 'i efterskott' };

const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTHS_PER: Record<InvoicePeriodKind, number> = { year: 12, halfYear: 6, quarter: 3, month: 1 };

/** One invoicing period of a calendar year: months `from`–`to` (1–12) and the label an invoice names it by. */
export interface InvoicePeriod {
  kind: InvoicePeriodKind;
  year: number;
  /** 1-based within the year: the second quarter is 2. */
  index: number;
  from: number;
  to: number;
  label: string;
}

/**
 * The label of a period, as seed 000 asks the invoice to name it ("helår 2023").
 * @example periodLabel('quarter', 2025, 2) // 'kvartal 2 2025'
 */
export function periodLabel(kind: InvoicePeriodKind, year: number, index: number): string {
  if (kind === 'year') return `helår ${year}`;
  if (kind === 'month') return `${MONTH_NAMES[index - 1]} ${year}`;
  return `${PERIOD_WORDS[kind]} ${index} ${year}`;
}

function period(kind: InvoicePeriodKind, year: number, index: number): InvoicePeriod {
  const length = MONTHS_PER[kind];
  return { kind, year, index, from: (index - 1) * length + 1, to: index * length, label: periodLabel(kind, year, index) };
}

/** The periods of a calendar year, in order. */
export function periodsOfYear(kind: InvoicePeriodKind, year: number): InvoicePeriod[] {
  return Array.from({ length: 12 / MONTHS_PER[kind] }, (_, i) => period(kind, year, i + 1));
}

const ORDINALS: Record<string, number> = { första: 1, andra: 2, tredje: 3, fjärde: 4 };
const SHORT_MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));

/**
 * A period as people write it on an invoice: "helår 2025", "år 2025", "2025"; "halvår 1 2025", "H1 2025", "första
 * halvåret 2025"; "kvartal 2 2025", "Q2 2025", "kv 2 2025", "2025 Q2"; "mars 2025", "mar 2025", "2025-03". Null
 * for anything else (never a guess).
 * @example parseInvoicePeriod('Q2 2025') // { kind: 'quarter', year: 2025, index: 2, from: 4, to: 6, label: 'kvartal 2 2025' }
 */
export function parseInvoicePeriod(text: string): InvoicePeriod | null {
  const t = text.toLowerCase().replace(/[,.]/g, ' ').replace(/[\s\u00a0]+/g, ' ').trim();
  const make = (kind: InvoicePeriodKind, year: string, index: number): InvoicePeriod | null => {
    const y = Number(year);
    if (!Number.isInteger(y) || y < 1900 || y > 9999 || index < 1 || index > 12 / MONTHS_PER[kind]) return null;
    return period(kind, y, index);
  };
  let m = /^(?:(?:hel|kalender)?år(?:et)?\s+)?(\d{4})$/.exec(t);
  if (m) return make('year', m[1], 1);
  const ordinal = (word: string) => ORDINALS[word] ?? Number(word);
  const forms: [InvoicePeriodKind, RegExp, RegExp][] = [
    ['halfYear', /^(?:halvår(?:et)?|h)\s?([12])\s(\d{4})$/, /^(\d{4})\s(?:halvår(?:et)?|h)\s?([12])$/],
    ['quarter', /^(?:kvartal(?:et)?|kv|q)\s?([1-4])\s(\d{4})$/, /^(\d{4})\s?(?:-\s?)?(?:kvartal(?:et)?|kv|q)\s?([1-4])$/],
  ];
  for (const [kind, before, after] of forms) {
    if ((m = before.exec(t))) return make(kind, m[2], Number(m[1]));
    if ((m = after.exec(t))) return make(kind, m[1], Number(m[2]));
    const word = kind === 'halfYear' ? 'halvår' : 'kvartal';
    if ((m = new RegExp(`^(första|andra|tredje|fjärde)\\s${word}(?:et)?\\s(\\d{4})$`).exec(t))) return make(kind, m[2], ordinal(m[1]));
  }
  if ((m = /^([a-zåäö]+)\s(\d{4})$/.exec(t))) {
    const at = MONTH_NAMES.indexOf(m[1]) >= 0 ? MONTH_NAMES.indexOf(m[1]) : SHORT_MONTHS.indexOf(m[1]);
    return at >= 0 ? make('month', m[2], at + 1) : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(t))) return make('month', m[1], Number(m[2]));
  return null;
}

/** The civil party that invoices: the one the agreement names, else its only civil party; null when that is not known. */
export function invoiceIssuer(agreement: Agreement): string | null {
  if (agreement.invoicing?.issuer) return agreement.invoicing.issuer;
  const civil = agreement.parties.filter((p) => p.sector === 'civil');
  return civil.length === 1 ? civil[0].name : null;
}

/**
 * The day by which a period's invoice is expected: in advance (i förskott), the period's first day (not before the
 * agreement's first day); otherwise — in arrears, or when the agreement does not say — the last day of the month
 * after the period, so an invoice is never called missing before it could have come.
 * @example invoiceDueDate({ year: 2025, from: 1, to: 12 }, null, '2024-01-01') // '2026-01-31'
 */
export function invoiceDueDate(p: Pick<InvoicePeriod, 'year' | 'from' | 'to'>, timing: InvoiceTiming | null | undefined, firstDay: CalendarDate): CalendarDate {
  if (timing === 'advance') {
    const first = formatDate({ year: p.year, month: p.from, day: 1 });
    return first < firstDay ? firstDay : first;
  }
  const after = p.to === 12 ? { year: p.year + 1, month: 1 } : { year: p.year, month: p.to + 1 };
  return formatDate({ ...after, day: daysInMonth(after.year, after.month) });
}

/**
 * The counted months of `year` up to month `last` (inclusive) in the decided period, split at the index step
 * month: yearMonths over the months 1–`last` only (countedMonthsInYear's month range).
 */
export function monthsUpTo(terms: ScheduleTerms, year: number, last: number): YearMonths {
  const step = terms.rule.stepMonth;
  return {
    early: countedMonthsInYear(terms.start, terms.decidedEnd, year, 1, Math.min(step - 1, last)),
    late: countedMonthsInYear(terms.start, terms.decidedEnd, year, step, last),
  };
}

/** A party's amount for the months 1–`last` of `year` in the decided period, rounded once (0 for none). */
function cumulative(terms: ScheduleTerms, party: number, year: number, last: number): Kronor {
  const p = terms.amounts[party];
  return roundHalfUp(partyMonthsExact(p.annualAmount, monthsUpTo(terms, year, last), year, terms.rule, terms.stated.get(p.party)?.get(year)));
}

/** One row of the plan: what `issuer` should invoice `party` for one period. */
export interface InvoicePlanRow {
  /** The public party invoiced. */
  party: string;
  /** The civil party that invoices (invoiceIssuer); null when the agreement does not make it known. */
  issuer: string | null;
  period: InvoicePeriod;
  amount: Kronor;
  /** The day the invoice is expected by (invoiceDueDate). */
  due: CalendarDate;
}

export interface InvoicePlan {
  agreement: Agreement;
  /** The agreement's invoicing period; helår when it states none (periodStated false, said wherever the plan is shown). */
  kind: InvoicePeriodKind;
  periodStated: boolean;
  timing: InvoiceTiming | null;
  issuer: string | null;
  rows: InvoicePlanRow[];
  /** Public parties no document gives an amount: they have no rows (their share is unknown, not 0 kr). */
  unknownParties: string[];
  /** Why there is no plan at all (a missing date, no public party), or null. */
  problem: string | null;
}

/**
 * The invoice plan of an agreement: per public party with a known amount, one row per invoicing period of each
 * calendar year the decided period (its start to `effectiveEnd`: a recorded extension counts once decided) covers
 * a whole month of. Period k of a year is round(cumulative k) − round(cumulative k − 1), so a year's periods sum
 * exactly to the party's figure of that year (buildSchedule's baseAmount). `years` limits the rows to those years.
 * @example invoicePlan(seed000).rows.map((r) => [r.period.label, r.amount]) // [['helår 2024', 1 710 000], ['helår 2025', 1 744 200]]
 */
export function invoicePlan(agreement: Agreement, years?: readonly number[]): InvoicePlan {
  const kind = agreement.invoicing?.period ?? 'year';
  const base = {
    agreement,
    kind,
    periodStated: !!agreement.invoicing?.period,
    timing: agreement.invoicing?.timing ?? null,
    issuer: invoiceIssuer(agreement),
  };
  const terms = scheduleTerms(agreement);
  if ('problem' in terms) return { ...base, rows: [], unknownParties: [], problem: terms.problem };
  const publicParties = terms.amounts.map((p, i) => ({ p, i })).filter(({ p }) => p.sector === 'public' && !p.unattributed);
  const unknownParties = publicParties.filter(({ p }) => !p.known).map(({ p }) => p.party);
  const invoiced = publicParties.filter(({ p }) => p.known);
  if (publicParties.length === 0) return { ...base, rows: [], unknownParties, problem: 'Avtalet har ingen offentlig part att fakturera.' };
  const firstDay = formatDate(terms.start);
  const rows: InvoicePlanRow[] = [];
  for (const { p, i } of invoiced) {
    for (let year = terms.start.year; year <= terms.decidedEnd.year; year++) {
      if (years && !years.includes(year)) continue;
      for (const per of periodsOfYear(kind, year)) {
        if (countedMonthsInYear(terms.start, terms.decidedEnd, year, per.from, per.to) === 0) continue;
        const amount = cumulative(terms, i, year, per.to) - cumulative(terms, i, year, per.from - 1);
        rows.push({ party: p.party, issuer: base.issuer, period: per, amount, due: invoiceDueDate(per, base.timing, firstDay) });
      }
    }
  }
  return { ...base, rows, unknownParties, problem: null };
}
