import type { Agreement } from '../domain/agreement';
import { IopSettings, defaultSettings } from '../domain/settings';
import * as excel from '../excel';
import { setFunctionSettings } from '../functions/settingsStore';
import type { ExcelHost } from './excelHost';

/** What the views need from the workbook; one Excel.run per user action. */
export interface WorkbookApi {
  listAgreements(): Promise<{ agreements: Agreement[]; problems: string[] }>;
  /**
   * Saves agreements: the writer upserts by key (the id of an agreement opened from the tables, else its name),
   * so saving twice never duplicates a row, and the workbook's own settings are kept.
   */
  saveAgreements(agreements: Agreement[]): Promise<void>;
  readSettings(): Promise<IopSettings>;
  /** Writes the settings and recalculates, so every IOP.* function sees the new values. */
  saveSettings(settings: IopSettings): Promise<void>;
  fillOverview(year: number, committee: string): Promise<void>;
}

function problemText(problem: unknown): string {
  if (typeof problem === 'string') return problem;
  if (problem && typeof problem === 'object' && 'message' in problem) return String((problem as { message: unknown }).message);
  return String(problem);
}

export function workbookApi(host: ExcelHost): WorkbookApi {
  return {
    listAgreements: () =>
      host.run(async (context) => {
        const result = await excel.readAgreements(context);
        return { agreements: result.agreements, problems: (result.problems ?? []).map(problemText) };
      }),
    saveAgreements: (agreements) => host.run((context) => excel.writeAgreements(context, agreements).then(() => undefined)),
    readSettings: () => host.run((context) => readSettingsOrDefault(context)),
    saveSettings: (settings) =>
      host.run(async (context) => {
        await excel.writeSettings(context, settings);
        // One shared runtime: hand the functions their new defaults directly, then recalculate once.
        setFunctionSettings(settings);
        // The string, not Excel.CalculationType.full: the preview has no Excel namespace at run time.
        context.workbook.application.calculate('Full' as Excel.CalculationType);
        await context.sync();
      }),
    fillOverview: (year, committee) => host.run((context) => excel.fillOverview(context, { year, committee }).then(() => undefined)),
  };
}

/** A fresh workbook has no settings sheet yet: the documented defaults apply until the user saves. */
async function readSettingsOrDefault(context: Excel.RequestContext): Promise<IopSettings> {
  const settings = await excel.readSettings(context);
  return settings ?? defaultSettings();
}
