import type { Agreement } from '../../domain/agreement';
import type { FollowUpRecord } from '../../domain/followUp';
import { FOLLOW_UP_COLUMNS, FOLLOW_UP_SHEET, FOLLOW_UP_TABLE } from '../../workbook/names';
import { followUpRows } from '../../workbook/followUpTable';
import { WriteBatch } from './batch';
import { escapeText } from './cells';
import { aroundFilters, settleUserColumns, writeCells } from './queue';
import { readState } from './state';

/**
 * Writes one agreement's follow-up for one year as a row of IOP_Uppfoljning: the row of that agreement and
 * year is replaced in place (our columns only, so the user's own columns, formulas and notes on it stay),
 * else a row is added at the end. Every other row stays where it is; a filtered table has its filter cleared
 * and restored around it. The caller rebuilds the reports after.
 */
export async function writeFollowUpRow(context: Excel.RequestContext, agreement: Agreement, key: string, record: FollowUpRecord): Promise<void> {
  const state = await readState(context);
  const t = state.tables[FOLLOW_UP_TABLE];
  if (!t) throw new Error(`Arbetsboken saknar tabellen ${FOLLOW_UP_TABLE} (bladet ${FOLLOW_UP_SHEET}): spara avtalen en gång så skapas den.`);
  const [cells] = followUpRows([agreement], [key], [{ ...record, agreement: key }]);
  const at = (c: string) => t.headers.indexOf(c);
  const idAt = at('Avtals-id');
  const nameAt = at('Avtal');
  const yearAt = at('År');
  if (idAt < 0 || yearAt < 0) throw new Error(`Tabellen ${FOLLOW_UP_TABLE} saknar kolumnen ${idAt < 0 ? 'Avtals-id' : 'År'}: lägg tillbaka den och försök igen.`);
  const fold = (v: unknown) => String(v ?? '').trim().toLowerCase();
  // A row typed by hand may name the agreement only (Avtal, no Avtals-id): it is the same agreement's row.
  const same = (r: unknown[]) =>
    Number(r[yearAt]) === record.year && (fold(r[idAt]) === fold(key) || (fold(r[idAt]) === '' && nameAt >= 0 && fold(r[nameAt]) === fold(agreement.name)));
  const found = t.values.findIndex(same);
  const batch = new WriteBatch(context);
  const ws = context.workbook.worksheets.getItem(t.sheet);
  const table = context.workbook.tables.getItem(FOLLOW_UP_TABLE);
  const ours = (c: string) => cells[FOLLOW_UP_COLUMNS.indexOf(c as (typeof FOLLOW_UP_COLUMNS)[number])];
  await aroundFilters(batch, FOLLOW_UP_TABLE, t, async () => {
    // Excel keeps one (empty) body row in an empty table: it is used before a row is added.
    const empty = Array.from({ length: t.bodyRows }, (_, i) => i).find((i) => !t.bodyIndex.includes(i));
    let body: number;
    if (found >= 0) body = t.bodyIndex[found];
    else if (empty !== undefined) body = empty;
    else {
      const values = t.headers.map((h) => (FOLLOW_UP_COLUMNS.includes(h as never) ? escapeText(ours(h)?.value ?? null) : ''));
      await batch.reserve(JSON.stringify(values).length);
      table.rows.add(undefined, [values]);
      body = t.bodyRows;
      await settleUserColumns(batch, ws, t, FOLLOW_UP_COLUMNS, [body]);
    }
    for (const [j, h] of t.headers.entries()) {
      if (!FOLLOW_UP_COLUMNS.includes(h as never) || h === 'Källa') continue;
      await writeCells(batch, ws, [[ours(h)]], t.row + 1 + body, t.column + j);
    }
  });
  await batch.flush();
}
