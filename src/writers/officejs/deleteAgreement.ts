import { DATA_TABLES } from '../../workbook';
import { WriteBatch } from './batch';
import { aroundFilters } from './queue';
import { readState } from './state';
import { keyColumn, runsFromBottom } from './tableRows';

/**
 * Deletes an agreement's rows (by Avtals-id) from the data tables, also rows added by hand for it: the agreement
 * is gone. Tables whose rows are all the user's (IOP_Fakturor) are left as they are. Rows are deleted where they stand, so the rows around them and the user's formulas that refer to them
 * move as Excel moves them; a filtered table has its filter cleared and restored around it. Returns how many
 * rows were removed. The caller records it for undo first and rebuilds the reports after.
 */
export async function deleteAgreementRows(context: Excel.RequestContext, key: string): Promise<number> {
  const state = await readState(context);
  const batch = new WriteBatch(context);
  const wanted = key.trim().toLowerCase();
  let removed = 0;
  for (const spec of DATA_TABLES) {
    const t = state.tables[spec.table];
    // The invoices received are the user's record of what arrived: they stay (their status then says "Okänt avtal").
    if (!t || spec.userRows) continue;
    const at = keyColumn(t.headers);
    if (at < 0) continue;
    const rows = t.values.map((r, j) => (String(r[at] ?? '').trim().toLowerCase() === wanted ? t.bodyIndex[j] : -1)).filter((i) => i >= 0);
    if (rows.length === 0) continue;
    removed += rows.length;
    const ws = context.workbook.worksheets.getItem(t.sheet);
    const width = t.headers.length;
    await aroundFilters(batch, spec.table, t, async () => {
      // Excel keeps one body row in a table: when every row goes, the first is emptied instead.
      const all = rows.length === t.bodyRows;
      for (const [start, length] of runsFromBottom(all ? rows.filter((r) => r !== 0) : rows)) {
        await batch.reserve();
        ws.getRangeByIndexes(t.row + 1 + start, t.column, length, width).delete('Up' as Excel.DeleteShiftDirection);
      }
      if (all) await batch.write(ws, t.row + 1, t.column, [t.headers.map(() => '')], 'formulas');
    });
  }
  await batch.flush();
  return removed;
}
