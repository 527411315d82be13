import { calculatedFormulas, type CalculationContext, type TableSpec } from '../../workbook';
import type { WriteBatch } from './batch';
import { aroundFilters } from './queue';
import type { TableState } from './state';

/**
 * Our calculated columns of a table (src/workbook/calculatedColumns.ts), written into every body row: the formula
 * is the same in every row (it reads its own row and its agreement's rows by Avtals-id), with the overview's
 * committee and year written into it, so each save and each filled overview writes them whole. Rows the user added
 * by hand get them too, whatever Excel's AutoCorrect setting for calculated columns.
 */
export async function writeCalculatedColumns(batch: WriteBatch, spec: TableSpec, state: TableState, ctx: CalculationContext): Promise<void> {
  if (spec.calculated.length === 0 || state.bodyRows === 0) return;
  const formulas = calculatedFormulas(spec.kind, ctx);
  const ws = batch.context.workbook.worksheets.getItem(state.sheet);
  await aroundFilters(batch, state.name, state, async () => {
    for (const [i, column] of spec.calculated.entries()) {
      const at = state.headers.indexOf(column);
      if (at < 0) continue;
      await batch.write(ws, state.row + 1, state.column + at, Array.from({ length: state.bodyRows }, () => [formulas[i]]), 'formulas');
    }
  });
}
