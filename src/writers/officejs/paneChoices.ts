import { CHOICE_LABELS, CHOICE_NAMES, CHOICE_ROWS, CHOICE_SHEET, ChoiceKey, PaneChoices, choiceCellValue, choicesFrom } from '../../workbook/paneChoices';
import { escapeText } from './cells';

const KEYS = Object.keys(CHOICE_NAMES) as ChoiceKey[];

/** The pane's choices kept in the workbook (two syncs); nothing chosen yet where the names are missing. */
export async function readPaneChoices(context: Excel.RequestContext): Promise<PaneChoices> {
  const items = KEYS.map((k) => ({ k, item: context.workbook.names.getItemOrNullObject(CHOICE_NAMES[k]).load('name') }));
  await context.sync();
  const ranges = items.map(({ k, item }) => ({ k, range: item.isNullObject ? null : item.getRange().load('values') }));
  await context.sync();
  const values: Partial<Record<ChoiceKey, unknown>> = {};
  for (const { k, range } of ranges) if (range) values[k] = range.values[0]?.[0];
  return choicesFrom(values);
}

/**
 * Writes the given choices onto Inställningar (label, value, name) and adds the workbook names that are missing.
 * The settings sheet is created when the workbook has none yet, so a first choice is never lost.
 */
export async function writePaneChoices(context: Excel.RequestContext, patch: Partial<PaneChoices>): Promise<void> {
  const wb = context.workbook;
  const sheet = wb.worksheets.getItemOrNullObject(CHOICE_SHEET).load('name');
  const names = KEYS.map((k) => ({ k, item: wb.names.getItemOrNullObject(CHOICE_NAMES[k]).load('name') }));
  await context.sync();
  const ws = sheet.isNullObject ? wb.worksheets.add(CHOICE_SHEET) : wb.worksheets.getItem(CHOICE_SHEET);
  for (const k of KEYS) {
    if (!(k in patch)) continue;
    const value = choiceCellValue(k, patch[k]);
    const row = CHOICE_ROWS[k];
    ws.getRangeByIndexes(row, 0, 1, 3).formulas = [[CHOICE_LABELS[k], escapeText(value), CHOICE_NAMES[k]]];
    if (k === 'overviewYear') ws.getRangeByIndexes(row, 1, 1, 1).numberFormat = [['0']];
  }
  for (const { k, item } of names) {
    if (item.isNullObject) wb.names.add(CHOICE_NAMES[k], ws.getRangeByIndexes(CHOICE_ROWS[k], 1, 1, 1));
  }
  await context.sync();
}
