import { IopSettings, requireSettings } from '../domain/settings';
import { SETTING_NAMES, SHEETS } from '../workbook/names';
import { functionSettings, setFunctionSettings } from './settingsStore';

/**
 * Keeps the functions' copy of the workbook settings current. Functions may not call Office.js while they
 * calculate, so this reads the named settings cells once at start and again whenever the Inställningar sheet
 * changes, and then asks Excel to recalculate so IOP.INDEX(belopp; år) follows the new base year or rate.
 */
type Key = keyof typeof SETTING_NAMES;

async function readSettings(context: Excel.RequestContext): Promise<IopSettings | null> {
  const keys = Object.keys(SETTING_NAMES) as Key[];
  // Which names exist first, then their cells: a method on a null object is not to be relied on.
  const names = keys.map((k) => context.workbook.names.getItemOrNullObject(SETTING_NAMES[k]).load('type'));
  await context.sync();
  const ranges = names.map((n) => (n.isNullObject ? null : n.getRange().load('values')));
  await context.sync();
  const current = functionSettings();
  const next: IopSettings = { ...current };
  keys.forEach((k, i) => {
    const value = ranges[i]?.values?.[0]?.[0];
    if (k === 'committee' && typeof value === 'string' && value.trim()) next.committee = value.trim();
    if (k !== 'committee' && typeof value === 'number' && Number.isFinite(value)) next[k] = value;
  });
  try {
    return requireSettings(next);
  } catch {
    return null; // a half-typed setting keeps the last good values rather than feeding functions nonsense
  }
}

function differs(a: IopSettings, b: IopSettings): boolean {
  return a.baseYear !== b.baseYear || a.indexRate !== b.indexRate || a.socialFeeRate !== b.socialFeeRate || a.committee !== b.committee;
}

export async function startSettingsSync(): Promise<void> {
  await Excel.run(async (context) => {
    const initial = await readSettings(context);
    if (initial) setFunctionSettings(initial);
    context.workbook.worksheets.onChanged.add(async (event) => {
      await Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItemOrNullObject(SHEETS.settings);
        sheet.load('id');
        await ctx.sync();
        if (sheet.isNullObject || sheet.id !== event.worksheetId) return;
        const next = await readSettings(ctx);
        if (!next || !differs(next, functionSettings())) return;
        setFunctionSettings(next);
        ctx.workbook.application.calculate(Excel.CalculationType.full);
        await ctx.sync();
      });
    });
    await context.sync();
  });
}
