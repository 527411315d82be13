import type { Agreement } from '../../domain/agreement';
import type { InvoiceRecord } from '../../domain/invoiceCheck';
import { invoiceRows } from '../../workbook/invoiceColumns';
import { INVOICE_COLUMNS, INVOICE_SHEET, INVOICE_TABLE } from '../../workbook/names';
import { TABLE_SPECS } from '../../workbook/tableSpec';
import { WriteBatch } from './batch';
import { escapeText } from './cells';
import { aroundFilters, settleUserColumns, writeCells } from './queue';
import { readState } from './state';

/**
 * Adds one invoice received as a new row at the end of IOP_Fakturor (Excel's one empty body row of an empty table
 * is used first): our data columns as recorded (the expected amount and status are calculated columns, written for
 * every row by the reports' rebuild that follows). A second invoice with
 * the same number or period is written as well: its status says it is a duplicate, and which one to keep is the
 * official's choice. Every other row, the user's own columns and a filter stay. The caller rebuilds the reports after.
 */
export async function writeInvoiceRow(context: Excel.RequestContext, agreement: Agreement, key: string, record: InvoiceRecord): Promise<void> {
  const state = await readState(context);
  const t = state.tables[INVOICE_TABLE];
  if (!t) throw new Error(`Arbetsboken saknar tabellen ${INVOICE_TABLE} (bladet ${INVOICE_SHEET}): spara avtalen en gång så skapas den.`);
  const missing = ['Avtals-id', 'Part', 'Period', 'Belopp'].find((c) => !t.headers.includes(c));
  if (missing) throw new Error(`Tabellen ${INVOICE_TABLE} saknar kolumnen ${missing}: lägg tillbaka den och försök igen.`);
  const [cells] = invoiceRows([agreement], [key], [{ ...record, agreement: key }]);
  const columns = [...INVOICE_COLUMNS] as string[];
  const ours = (h: string) => cells[columns.indexOf(h)];
  const batch = new WriteBatch(context);
  const ws = context.workbook.worksheets.getItem(t.sheet);
  const table = context.workbook.tables.getItem(INVOICE_TABLE);
  await aroundFilters(batch, INVOICE_TABLE, t, async () => {
    const empty = Array.from({ length: t.bodyRows }, (_, i) => i).find((i) => !t.bodyIndex.includes(i));
    let body: number;
    if (empty !== undefined) body = empty;
    else {
      const values = t.headers.map((h) => (columns.includes(h) ? escapeText(ours(h)?.value ?? null) : ''));
      await batch.reserve(JSON.stringify(values).length);
      table.rows.add(undefined, [values]);
      body = t.bodyRows;
      await settleUserColumns(batch, ws, t, TABLE_SPECS.invoices.columns, [body]);
    }
    for (const [j, h] of t.headers.entries()) {
      if (!columns.includes(h)) continue;
      await writeCells(batch, ws, [[ours(h)]], t.row + 1 + body, t.column + j);
    }
  });
  await batch.flush();
}
