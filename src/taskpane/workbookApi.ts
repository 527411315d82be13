import type { Agreement } from '../domain/agreement';
import { IopSettings, defaultSettings } from '../domain/settings';
import * as excel from '../excel';
import { setFunctionSettings } from '../functions/settingsStore';
import type { ExcelHost } from './excelHost';
import { mergeAgreements } from './merge';

/** What the views need from the workbook; one Excel.run per user action. */
export interface WorkbookApi {
  listAgreements(): Promise<{ agreements: Agreement[]; problems: string[] }>;
  /** Saves agreements: one with the id of a stored agreement replaces it, others are added. */
  saveAgreements(agreements: Agreement[]): Promise<Agreement[]>;
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
    saveAgreements: (incoming) =>
      host.run(async (context) => {
        const settings = await readSettingsOrDefault(context);
        const { agreements: stored } = await excel.readAgreements(context);
        const merged = mergeAgreements(stored, incoming);
        await excel.writeAgreements(context, merged, settings);
        return merged;
      }),
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
