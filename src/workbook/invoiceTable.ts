import type { InvoiceRecord } from '../domain/invoiceCheck';
import { INVOICE_COLUMNS, INVOICE_SHEET } from './names';
import { isBlank, userRow, readDate, readText } from './readCells';
import { canonicalHeaders, type RawTable } from './readTables';

/* Reading IOP_Fakturor back (issue 18): the invoices the user recorded. */

export interface InvoiceRead {
  records: InvoiceRecord[];
  /** One Swedish sentence per cell that could not be read, naming sheet, row and column. */
  problems: string[];
}

/**
 * IOP_Fakturor's rows as recorded invoices, every row with anything in our columns, in table order: a row names its
 * agreement by Avtals-id, its texts are read as they stand (the status formulas match them as COUNTIFS does), and
 * the amount only when the cell holds a number (as the formulas count it). A cell that cannot be read is named and
 * left empty; the row stays, and its status says what is missing.
 */
export function invoiceRecords(table: RawTable | null): InvoiceRead {
  const records: InvoiceRecord[] = [];
  const problems: string[] = [];
  if (!table) return { records, problems };
  const sheet = table.sheet ?? INVOICE_SHEET;
  const headers = canonicalHeaders(table.headers, INVOICE_COLUMNS);
  table.rows.forEach((cells, i) => {
    const number = table.rowNumbers?.[i] ?? i + 2;
    const { get, where, read } = userRow(sheet, headers, cells, number, problems);
    if (INVOICE_COLUMNS.every((c) => isBlank(get(c)))) return;
    const textOf = (c: string) => {
      const v = get(c);
      return typeof v === 'number' ? String(v) : (read(c, readText) ?? '');
    };
    const amountCell = get('Belopp');
    let amount: number | null = null;
    if (typeof amountCell === 'number') amount = amountCell;
    else if (!isBlank(amountCell)) problems.push(`${where('Belopp')}: "${String(amountCell).trim()}" är text – skriv beloppet som ett tal i hela kronor, t.ex. 1744200, så räknar kontrollen med det.`);
    records.push({
      agreement: textOf('Avtals-id'),
      party: textOf('Part'),
      number: textOf('Fakturanummer').trim(),
      date: read('Fakturadatum', readDate),
      period: textOf('Period'),
      amount,
      reference: textOf('Referens'),
      attestedOn: read('Attesterad den', readDate),
      attestedBy: textOf('Attesterad av'),
      comment: textOf('Kommentar'),
    });
  });
  return { records, problems };
}
