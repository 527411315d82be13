import type { Agreement } from '../domain/agreement';
import { IopSettings, defaultSettings } from '../domain/settings';
import * as excel from '../excel';
import type { ExcelHost } from './excelHost';

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
        context.workbook.application.calculate(Excel.CalculationType.full);
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

/**
 * Replaces the stored agreement with the same id, or, for an agreement without an id (new in the wizard or the
 * import), the stored one with the same name; appends the rest. Saving twice therefore never duplicates a row.
 */
export function mergeAgreements(stored: readonly Agreement[], incoming: readonly Agreement[]): Agreement[] {
  const sameName = (a: Agreement, b: Agreement) => a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
  const result = [...stored];
  for (const agreement of incoming) {
    const at = result.findIndex((s) => (agreement.id ? s.id === agreement.id : sameName(s, agreement)));
    if (at >= 0) result[at] = agreement.id || !result[at].id ? agreement : { ...agreement, id: result[at].id };
    else result.push(agreement);
  }
  return result;
}
