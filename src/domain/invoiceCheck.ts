import type { Agreement } from './agreement';
import type { CalendarDate } from './dates';
import type { Kronor } from './money';
import { InvoicePlan, InvoicePlanRow, invoicePlan } from './invoicePlan';

/*
 * The official's check of the invoices that arrived (issue 18): each recorded invoice and each planned period
 * gets a status. The sheets compute the same with formulas (IOP_Fakturor's and IOP_Fakturaplan's calculated
 * columns, src/workbook/invoiceColumns.ts), so texts are matched as Excel's COUNTIFS matches them: the whole text,
 * without regard to case.
 */

/** One invoice received, a row of the table IOP_Fakturor: every row is the user's. */
export interface InvoiceRecord {
  /** The agreement's key (Avtals-id). */
  agreement: string;
  /** The public party invoiced. */
  party: string;
  /** The invoice number, as the invoice gives it. */
  number: string;
  date: CalendarDate | null;
  /** The period the invoice names, as written ("helår 2025"). */
  period: string;
  /** The amount as recorded: typed in the sheet it may be no whole krona (the status says so) or missing. */
  amount: number | null;
  /** The reference or marking the invoice carries. */
  reference: string;
  attestedOn: CalendarDate | null;
  attestedBy: string;
  comment: string;
}

const NBSP = '\u00a0';

/** "15 800": whole kronor grouped by three with a no-break space, as formatKronor and the sheets' status formula write them. */
export function groupDigits(value: Kronor): string {
  const digits = String(Math.round(Math.abs(value)));
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** The statuses, one wording for the pane, the sheets and the memo. */
export const INVOICE_STATUS = {
  matches: 'Stämmer',
  unknownAgreement: 'Okänt avtal',
  unknownParty: 'Okänd part',
  outsidePeriod: 'Perioden ingår inte i avtalet',
  noAmount: 'Belopp saknas',
  notWhole: 'Ej hela kronor',
  duplicateNumber: 'Dubblett: samma fakturanummer',
  duplicatePeriod: 'Dubblett: perioden redan fakturerad',
  noReference: 'Referens saknas',
  wrongReference: (required: string) => `Fel referens (ska innehålla ${required})`,
  differs: (difference: Kronor) => `Avviker med ${groupDigits(difference)} kr`,
} as const;

export const PERIOD_STATUS = {
  matches: 'Stämmer',
  differs: INVOICE_STATUS.differs,
  invoicedTwice: (count: number) => `Fakturerad ${count} gånger`,
  /** Nothing recorded and the period's due day has passed. */
  missing: 'Ej inkommen',
  expected: 'Väntas',
} as const;

/** Texts matched as COUNTIFS matches an "=" criterion: the whole text, any case. */
export function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** An agreement with its key (Avtals-id) and its invoice plan. */
export interface PlannedAgreement {
  key: string;
  agreement: Agreement;
  plan: InvoicePlan;
}

/** The plans of agreements under their keys (each agreement's own `id`, else the key given). */
export function plannedAgreements(agreements: readonly Agreement[], keys: readonly string[] = agreements.map((a) => a.id ?? a.name)): PlannedAgreement[] {
  return agreements.map((agreement, i) => ({ key: keys[i], agreement, plan: invoicePlan(agreement) }));
}

/** The reference an invoice must carry: the agreement's reference, else its marking; null when it asks for none. */
export function requiredReference(agreement: Agreement): string | null {
  return agreement.invoicing?.reference ?? agreement.invoicing?.marking ?? null;
}

function planRowOf(planned: PlannedAgreement | undefined, party: string, period: string): InvoicePlanRow | undefined {
  return planned?.plan.rows.find((r) => sameText(r.party, party) && sameText(r.period.label, period));
}

const forRow = (row: InvoicePlanRow, key: string) => (r: InvoiceRecord) => sameText(r.agreement, key) && sameText(r.party, row.party) && sameText(r.period, row.period.label);

export interface InvoiceCheck {
  /** The period's planned amount, or null when the invoice names no period of the plan. */
  expected: Kronor | null;
  /** Amount − expected, when both are known. */
  difference: number | null;
  status: string;
}

/**
 * The status of one recorded invoice among all recorded (`records`, in which it stands at `index`): the first that
 * applies of unknown agreement, unknown party, a period the plan does not have, a missing or fractional amount, the
 * same invoice number twice for the agreement, the same period twice, an amount that differs from the plan's, a
 * missing or wrong reference, else "Stämmer". Duplicates mark every row of the pair: which one to keep is the
 * official's choice.
 */
export function checkInvoice(records: readonly InvoiceRecord[], index: number, plans: readonly PlannedAgreement[]): InvoiceCheck {
  const r = records[index];
  const planned = plans.find((p) => sameText(p.key, r.agreement));
  const row = planRowOf(planned, r.party, r.period);
  const expected = row ? row.amount : null;
  const difference = expected !== null && r.amount !== null ? r.amount - expected : null;
  const answer = (status: string): InvoiceCheck => ({ expected, difference, status });
  if (!planned) return answer(INVOICE_STATUS.unknownAgreement);
  if (!planned.plan.rows.some((p) => sameText(p.party, r.party))) return answer(INVOICE_STATUS.unknownParty);
  if (!row) return answer(INVOICE_STATUS.outsidePeriod);
  if (r.amount === null) return answer(INVOICE_STATUS.noAmount);
  if (!Number.isInteger(r.amount)) return answer(INVOICE_STATUS.notWhole);
  const same = (s: InvoiceRecord) => sameText(s.agreement, r.agreement);
  if (r.number !== '' && records.filter((s) => same(s) && sameText(s.number, r.number)).length > 1) return answer(INVOICE_STATUS.duplicateNumber);
  if (records.filter(forRow(row, r.agreement)).length > 1) return answer(INVOICE_STATUS.duplicatePeriod);
  if (difference !== 0) return answer(INVOICE_STATUS.differs(difference!));
  const required = requiredReference(planned.agreement);
  if (required) {
    if (r.reference.trim() === '') return answer(INVOICE_STATUS.noReference);
    if (!r.reference.toLowerCase().includes(required.toLowerCase())) return answer(INVOICE_STATUS.wrongReference(required));
  }
  return answer(INVOICE_STATUS.matches);
}

export interface PeriodCheck {
  row: InvoicePlanRow;
  /** Invoices recorded for the period (agreement, party and period). */
  invoices: number;
  /** Their amounts summed (those recorded as numbers, as SUMIFS sums). */
  invoiced: number;
  /** Invoiced − planned, once an invoice is recorded; null before. */
  difference: number | null;
  status: string;
}

/**
 * One planned period against the invoices recorded: "Stämmer" or "Avviker med …" for one invoice, "Fakturerad n
 * gånger" for more, "Ej inkommen" when none is recorded and `today` is past the due day, else "Väntas".
 */
export function checkPeriod(planned: PlannedAgreement, row: InvoicePlanRow, records: readonly InvoiceRecord[], today: CalendarDate): PeriodCheck {
  const mine = records.filter(forRow(row, planned.key));
  const invoiced = mine.reduce((s, r) => s + (r.amount ?? 0), 0);
  const difference = mine.length > 0 ? invoiced - row.amount : null;
  let status: string;
  if (mine.length > 1) status = PERIOD_STATUS.invoicedTwice(mine.length);
  else if (mine.length === 1) status = difference === 0 ? PERIOD_STATUS.matches : PERIOD_STATUS.differs(difference!);
  else status = today > row.due ? PERIOD_STATUS.missing : PERIOD_STATUS.expected;
  return { row, invoices: mine.length, invoiced, difference, status };
}

export interface InvoicedYear {
  /** The plan's amounts of the year's periods: what the agreement says should be invoiced. */
  agreed: Kronor;
  /** What was invoiced for those periods. */
  invoiced: number;
  /** The sum of the invoiced periods' differences; null while no period of the year has an invoice. */
  difference: number | null;
  periods: number;
  invoicedPeriods: number;
}

/** An agreement's year: agreed against invoiced, over the plan's periods of that year (Översikt's "Fakturerat" and "Avvikelse", the memo). */
export function invoicedInYear(planned: PlannedAgreement, records: readonly InvoiceRecord[], year: number): InvoicedYear {
  const checks = planned.plan.rows.filter((r) => r.period.year === year).map((row) => checkPeriod(planned, row, records, ''));
  const invoicedChecks = checks.filter((c) => c.invoices > 0);
  return {
    agreed: checks.reduce((s, c) => s + c.row.amount, 0),
    invoiced: checks.reduce((s, c) => s + c.invoiced, 0),
    difference: invoicedChecks.length > 0 ? invoicedChecks.reduce((s, c) => s + c.difference!, 0) : null,
    periods: checks.length,
    invoicedPeriods: invoicedChecks.length,
  };
}
