import { TABLES } from '../../workbook/names';
import { queueTableBody, readTableRows, rowKey } from './tableRows';

/**
 * Writes a new Indexsats and Basår into the IOP_Avtal rows of the agreements that follow the workbook's
 * settings, and nothing else: their parties, items and the user's own cells stay as they are (a full rewrite
 * of the agreements would also rewrite their item rows). Returns how many rows changed; the caller rebuilds
 * the reports.
 */
export async function setWorkbookIndexation(context: Excel.RequestContext, keys: readonly string[], rate: number, baseYear: number): Promise<number> {
  const t = (await readTableRows(context))[TABLES.agreements];
  if (!t || keys.length === 0) return 0;
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const rateAt = t.headers.indexOf('Indexsats');
  const yearAt = t.headers.indexOf('Basår');
  if (rateAt < 0 || yearAt < 0) return 0;
  let changed = 0;
  const body = t.rows.map((r) => {
    if (!wanted.has(rowKey(t, r).toLowerCase())) return r;
    changed++;
    const set = <T,>(cells: T[], rateValue: T, yearValue: T) => cells.map((c, i) => (i === rateAt ? rateValue : i === yearAt ? yearValue : c));
    return { formulas: set(r.formulas, rate, baseYear), values: set(r.values, rate, baseYear), formats: set(r.formats, '0.0%', '0') };
  });
  if (changed > 0) {
    queueTableBody(context, t, body);
    await context.sync();
  }
  return changed;
}
