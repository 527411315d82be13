import type { Agreement } from '../domain/agreement';
import type { IopSettings } from '../domain/settings';
import * as excel from '../writers/officejs';
import { functionSettings, setFunctionSettings } from '../functions/settingsStore';
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

export function workbookApi(host: ExcelHost): WorkbookApi {
  return {
    listAgreements: () =>
      host.run(async (context) => {
        const { agreements, problems } = await excel.readAgreements(context);
        return { agreements, problems };
      }),
    saveAgreements: (agreements) => host.run((context) => excel.writeAgreements(context, agreements).then(() => undefined)),
    readSettings: () => host.run((context) => excel.readSettings(context)),
    saveSettings: (settings) =>
      host.run(async (context) => {
        // One shared runtime: the functions get their new defaults directly, before the writer's recalculation.
        const previous = functionSettings();
        setFunctionSettings(settings);
        await excel.writeSettings(context, settings).catch((error) => {
          setFunctionSettings(previous);
          throw error;
        });
      }),
    fillOverview: (year, committee) => host.run((context) => excel.fillOverview(context, { year, committee }).then(() => undefined)),
  };
}
