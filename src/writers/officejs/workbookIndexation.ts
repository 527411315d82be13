import { TABLES } from '../../workbook/names';
import { WriteBatch } from './batch';
import { aroundFilters } from './queue';
import { readState } from './state';
import { keyColumn } from './tableRows';

/**
 * Writes a new Indexsats and Basår into the IOP_Avtal rows of the agreements that follow the workbook's
 * settings, and nothing else: those two cells of each row, in place (a filter cleared and restored around it);
 * their parties, items and the user's own cells stay as they are. Returns how many rows changed; the caller
 * rebuilds the reports.
 */
export async function setWorkbookIndexation(context: Excel.RequestContext, keys: readonly string[], rate: number, baseYear: number): Promise<number> {
  const t = (await readState(context)).tables[TABLES.agreements];
  if (!t || keys.length === 0) return 0;
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const keyAt = keyColumn(t.headers);
  const rateAt = t.headers.indexOf('Indexsats');
  const yearAt = t.headers.indexOf('Basår');
  if (keyAt < 0 || rateAt < 0 || yearAt < 0) return 0;
  const rows = t.values.map((r, j) => (wanted.has(String(r[keyAt] ?? '').trim().toLowerCase()) ? t.bodyIndex[j] : -1)).filter((i) => i >= 0);
  if (rows.length === 0) return 0;
  const batch = new WriteBatch(context);
  const ws = context.workbook.worksheets.getItem(t.sheet);
  await aroundFilters(batch, t.name, t, async () => {
    for (const body of rows) {
      for (const [at, value, format] of [
        [rateAt, rate, '0.0%'],
        [yearAt, baseYear, '0'],
      ] as const) {
        await batch.write(ws, t.row + 1 + body, t.column + at, [[value]], 'formulas');
        await batch.write(ws, t.row + 1 + body, t.column + at, [[format]], 'numberFormat');
      }
    }
  });
  await batch.flush();
  return rows.length;
}
