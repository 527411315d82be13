import { invoicingSchema, type Agreement, type InvoicePeriodKind, type InvoiceTiming, type Invoicing } from '../domain/agreement';
import { PERIOD_WORDS, TIMING_WORDS } from '../domain/invoicePlan';
import { INVOICING_COLUMNS } from './names';
import { PlanCell, text, type CellValue } from './plan';
import { CellRead, isBlank, readOrgNumber, readText } from './readCells';

/* The invoicing terms as columns of IOP_Avtal (INVOICING_COLUMNS, issue 18): written from the model, read back. */

/** The IOP_Avtal cells of the invoicing terms, in INVOICING_COLUMNS order. */
export function invoicingCells(a: Agreement): PlanCell[] {
  const i = a.invoicing ?? {};
  return [
    text(i.period ? PERIOD_WORDS[i.period] : ''),
    text(i.timing ? TIMING_WORDS[i.timing] : ''),
    text(i.issuer ?? ''),
    text(i.recipient ?? ''),
    text(i.address ?? ''),
    text(i.gln ?? ''),
    text(i.peppolId ?? ''),
    text(i.orgNumber ?? ''),
    text(i.reference ?? ''),
    text(i.marking ?? ''),
    text(i.text ?? ''),
  ];
}

/** "kvartal", "Kvartalsvis", "per kvartal" → quarter; the words of PERIOD_WORDS and their everyday forms. */
export function invoicePeriodKind(textValue: string): InvoicePeriodKind | null {
  const t = textValue.trim().toLowerCase();
  if (/^(?:hel)?år(?:svis|ligen)?$|^per (?:hel)?år$/.test(t)) return 'year';
  if (/^halvår(?:svis)?$|^per halvår$/.test(t)) return 'halfYear';
  if (/^kvartal(?:svis)?$|^per kvartal$/.test(t)) return 'quarter';
  if (/^månad(?:svis)?$|^per månad$/.test(t)) return 'month';
  return null;
}

/** "i förskott", "förskott" → advance; "i efterskott", "efterskott" → arrears. */
export function invoiceTiming(textValue: string): InvoiceTiming | null {
  const t = textValue.trim().toLowerCase();
  if (/^(?:i )?förskott$/.test(t)) return 'advance';
  if (/^(?:i )?efterskott$/.test(t)) return 'arrears';
  return null;
}

export { INVOICING_COLUMNS };

type ColumnReader = <T>(column: (typeof INVOICING_COLUMNS)[number], reader: (v: CellValue) => CellRead<T>) => T | null;

/** A term's text checked by the model's own rule (GLN, PEPPOL-ID), so one typo leaves the term out, not the agreement. */
function checked<K extends 'gln' | 'peppolId'>(key: K, label: string): (v: CellValue) => CellRead<string> {
  return (v) => {
    if (isBlank(v)) return { ok: true, value: null };
    const s = String(v).trim();
    const parsed = invoicingSchema.shape[key].safeParse(s);
    return parsed.success ? { ok: true, value: s } : { ok: false, reason: `"${s}" är inget ${label} (${parsed.error.issues[0]?.message ?? 'ogiltigt'})` };
  };
}

const periodCell = (v: CellValue): CellRead<string> => {
  if (isBlank(v)) return { ok: true, value: null };
  const kind = invoicePeriodKind(String(v));
  return kind ? { ok: true, value: kind } : { ok: false, reason: `"${String(v).trim()}" är ingen faktureringsperiod – skriv helår, halvår, kvartal eller månad` };
};

const timingCell = (v: CellValue): CellRead<string> => {
  if (isBlank(v)) return { ok: true, value: null };
  const timing = invoiceTiming(String(v));
  return timing ? { ok: true, value: timing } : { ok: false, reason: `"${String(v).trim()}" – skriv i förskott eller i efterskott` };
};

/**
 * The invoicing terms of one IOP_Avtal row (INVOICING_COLUMNS), each read and checked on its own: a value that
 * cannot be read is reported by `read` and left out. Fakturerar must name one of the agreement's civil parties
 * (matched without regard to case; its own spelling is kept). Null when the row states none.
 */
export function readInvoicingTerms(read: ColumnReader, parties: Agreement['parties'], problem: (column: string, reason: string) => void): Invoicing | null {
  const text = (c: (typeof INVOICING_COLUMNS)[number]) => read(c, readText)?.trim() || null;
  const issuerText = text('Fakturerar');
  const issuer = issuerText ? parties.find((p) => p.sector === 'civil' && p.name.toLowerCase() === issuerText.toLowerCase())?.name : undefined;
  if (issuerText && !issuer) problem('Fakturerar', `"${issuerText}" är ingen av avtalets idéburna parter`);
  const terms: Invoicing = {
    period: read('Faktureringsperiod', periodCell) as Invoicing['period'],
    timing: read('Fakturering', timingCell) as Invoicing['timing'],
    issuer: issuer ?? null,
    recipient: text('Fakturamottagare'),
    address: text('Fakturaadress'),
    gln: read('GLN', checked('gln', 'GLN-nummer')),
    peppolId: read('PEPPOL-ID', checked('peppolId', 'PEPPOL-ID')),
    orgNumber: read('Mottagarens org.nr', readOrgNumber),
    reference: text('Fakturareferens'),
    marking: text('Märkning'),
    text: text('Fakturatext'),
  };
  const stated = Object.fromEntries(Object.entries(terms).filter(([, v]) => v !== null && v !== undefined)) as Invoicing;
  return Object.keys(stated).length > 0 ? stated : null;
}
