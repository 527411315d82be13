import type { InvoiceRecord } from '../domain/invoiceCheck';
import { parseInvoicePeriod, type InvoicePlan } from '../domain/invoicePlan';
import { MAX_KRONOR, formatKronor } from '../domain/money';
import { dateInputProblem, normaliseDateInput, parseSwedishNumber } from './format';

/*
 * "Registrera faktura" as text fields (issue 18): what the official typed, each field's problem in Swedish, and the
 * record written to IOP_Fakturor. The status of a recorded invoice is the domain's (checkInvoice), never computed here.
 */

/** The form's fields as typed: nothing is parsed away, so a refused entry keeps every character. */
export interface InvoiceEntry {
  party: string;
  number: string;
  date: string;
  period: string;
  amount: string;
  reference: string;
  attestedOn: string;
  attestedBy: string;
  comment: string;
}

export const EMPTY_ENTRY: InvoiceEntry = { party: '', number: '', date: '', period: '', amount: '', reference: '', attestedOn: '', attestedBy: '', comment: '' };

/**
 * Why a typed amount cannot be recorded, or null: whole kronor (the invoice plan's amounts are), from 0 kr to the
 * ceiling for money. Empty is a problem only when the form is sent (`required`).
 * @example amountProblem('1 744 200,50') // 'Beloppet ska vara hela kronor, utan öre: skriv t.ex. 1 744 200.'
 */
export function amountProblem(text: string, required = false): string | null {
  if (text.trim() === '') return required ? 'Ange beloppet i hela kronor, t.ex. 1 744 200.' : null;
  const value = parseSwedishNumber(text);
  if (value === null) return 'Skriv beloppet som ett tal i hela kronor, t.ex. 1 744 200.';
  if (!Number.isInteger(value)) return 'Beloppet ska vara hela kronor, utan öre: skriv t.ex. 1 744 200.';
  if (value < 0) return 'Beloppet kan inte vara mindre än 0 kr.';
  if (value > MAX_KRONOR) return `Beloppet är större än ${formatKronor(MAX_KRONOR)}: kontrollera siffrorna.`;
  return null;
}

/** "helår 2024, helår 2025" or "kvartal 2 2025 – kvartal 1 2027": the party's periods in the plan, for a message. */
function periodsOf(plan: InvoicePlan, party: string): string {
  const labels = plan.rows.filter((r) => r.party.toLowerCase() === party.toLowerCase()).map((r) => r.period.label);
  if (labels.length === 0) return '';
  return labels.length <= 3 ? labels.join(', ') : `${labels[0]} – ${labels[labels.length - 1]}`;
}

/**
 * Why a typed period cannot be recorded for the party, or null: it must read as a period ("helår 2025", "Q2 2025",
 * "mars 2025") that the agreement's invoice plan has for that party.
 */
export function periodProblem(text: string, plan: InvoicePlan | null, party: string, required = false): string | null {
  if (text.trim() === '') return required ? 'Ange perioden som fakturan anger, t.ex. helår 2025.' : null;
  const period = parseInvoicePeriod(text);
  if (!period) return 'Skriv perioden som på fakturan, t.ex. helår 2025, kvartal 2 2025 eller mars 2025.';
  if (!plan) return null;
  const own = periodsOf(plan, party);
  if (!plan.rows.some((r) => r.party.toLowerCase() === party.toLowerCase() && r.period.label === period.label)) {
    return `${period.label} ingår inte i avtalet${own ? `: perioderna för ${party} är ${own}` : ''}.`;
  }
  return null;
}

/** The date fields' problems (ÅÅÅÅ-MM-DD), by field label. */
function dateProblem(text: string): string | null {
  const value = normaliseDateInput(text);
  return value === '' ? null : dateInputProblem(value);
}

/** Every field's problem when the form is sent, by field: what the pane shows on each field. */
export function entryProblems(entry: InvoiceEntry, plan: InvoicePlan | null): Partial<Record<keyof InvoiceEntry, string>> {
  const out: Partial<Record<keyof InvoiceEntry, string>> = {};
  if (entry.party.trim() === '') out.party = 'Välj den part som fakturerats.';
  // Without its number an invoice registered twice cannot be told from two invoices.
  if (entry.number.trim() === '') out.number = 'Skriv fakturans nummer: med det upptäcks en faktura som registreras två gånger.';
  const period = periodProblem(entry.period, plan, entry.party, true);
  if (period) out.period = period;
  const amount = amountProblem(entry.amount, true);
  if (amount) out.amount = amount;
  const date = dateProblem(entry.date);
  if (date) out.date = date;
  const attested = dateProblem(entry.attestedOn);
  if (attested) out.attestedOn = attested;
  return out;
}

/** The row written to IOP_Fakturor: the period as the plan names it, the amount in kronor, dates as ÅÅÅÅ-MM-DD. */
export function invoiceRecordOf(entry: InvoiceEntry, agreement: string): InvoiceRecord {
  const date = (t: string) => normaliseDateInput(t) || null;
  return {
    agreement,
    party: entry.party.trim(),
    number: entry.number.trim(),
    date: date(entry.date),
    period: parseInvoicePeriod(entry.period)?.label ?? entry.period.trim(),
    amount: parseSwedishNumber(entry.amount),
    reference: entry.reference.trim(),
    attestedOn: date(entry.attestedOn),
    attestedBy: entry.attestedBy.trim(),
    comment: entry.comment.trim(),
  };
}
