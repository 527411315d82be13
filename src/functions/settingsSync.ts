import { IopSettings, requireSettings } from '../domain/settings';
import { SETTING_NAMES, SHEETS } from '../workbook/names';
import { functionSettings, setFunctionSettings } from './settingsStore';

/**
 * Keeps the functions' copy of the workbook settings current. Functions may not call Office.js while they
 * calculate, so this reads the named settings cells once at start and again when a user changes the
 * Inställningar sheet, and then asks Excel to recalculate so IOP.INDEX(belopp; år) follows the new base year or
 * rate. worksheets.onChanged fires for every change in the workbook, the add-in's own writes included, so the
 * handler decides without calling Excel whenever it can: the add-in's own changes are skipped (the pane sets
 * the functions' settings itself when it saves them), and so are changes on other sheets than Inställningar,
 * whose id is remembered.
 */
type Key = keyof typeof SETTING_NAMES;
type Run = <T>(fn: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface SettingsSyncHost {
  run: Run;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version: string): boolean;
}

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

async function settingsSheetId(context: Excel.RequestContext): Promise<string | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SHEETS.settings);
  sheet.load('id');
  await context.sync();
  return sheet.isNullObject ? null : sheet.id;
}

export function officeSettingsSyncHost(): SettingsSyncHost {
  return { run: (fn) => Excel.run((context) => fn(context)), isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version) };
}

export async function startSettingsSync(host: SettingsSyncHost = officeSettingsSyncHost()): Promise<void> {
  // WorksheetChangedEventArgs.triggerSource tells the add-in's own changes apart from ExcelApi 1.14 on.
  const seesOwnChanges = host.isSetSupported('ExcelApi', '1.14');
  let sheetId: string | null = null;
  await host.run(async (context) => {
    const initial = await readSettings(context);
    if (initial) setFunctionSettings(initial);
    sheetId = await settingsSheetId(context);
    context.workbook.worksheets.onChanged.add(async (event) => {
      if (seesOwnChanges && event.triggerSource === 'ThisLocalAddin') {
        // The add-in may just have created (or re-created) Inställningar: look its id up at the next change.
        if (event.worksheetId !== sheetId) sheetId = null;
        return;
      }
      if (sheetId !== null && event.worksheetId !== sheetId) return;
      await host.run(async (ctx) => {
        if (sheetId === null) sheetId = await settingsSheetId(ctx);
        if (sheetId === null || event.worksheetId !== sheetId) return;
        const next = await readSettings(ctx);
        if (!next || !differs(next, functionSettings())) return;
        setFunctionSettings(next);
        // The string, not Excel.CalculationType.full: the memory workbook of tests and preview has no Excel namespace.
        ctx.workbook.application.calculate('Full' as Excel.CalculationType);
        await ctx.sync();
      });
    });
    await context.sync();
  });
}
