import { queueTableBody, readTableRows } from './tableRows';
import { replaceKeyRows } from './undo';

/**
 * Deletes an agreement's rows (by Avtals-id) from IOP_Avtal, IOP_Parter and IOP_Poster, also rows added by
 * hand for it: the agreement is gone. Returns how many rows were removed. The caller records it for undo
 * first and rebuilds the reports after.
 */
export async function deleteAgreementRows(context: Excel.RequestContext, key: string): Promise<number> {
  const tables = await readTableRows(context);
  let removed = 0;
  for (const t of Object.values(tables)) {
    if (!t) continue;
    const body = replaceKeyRows(t, [key], []);
    removed += t.rows.length - body.length;
    if (body.length !== t.rows.length) queueTableBody(context, t, body);
  }
  await context.sync();
  return removed;
}
