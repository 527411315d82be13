import type { Agreement } from '../domain/agreement';
import type { FollowUpRecord } from '../domain/followUp';
import type { IopSettings } from '../domain/settings';
import * as excel from '../writers/officejs';
import { agreementKeys } from '../workbook/key';
import type { PaneChoices } from '../workbook/paneChoices';
import { functionSettings, setFunctionSettings } from '../functions/settingsStore';
import type { ExcelHost } from './excelHost';

export interface StoredAgreements {
  agreements: Agreement[];
  problems: string[];
  /** Keys (Avtals-id) of the agreements indexed by the workbook's Indexsats and Basår. */
  workbookIndexed: string[];
}

export interface SaveOptions {
  /** Per agreement: true when it follows the workbook's Indexsats and Basår instead of a rate of its own. */
  workbookIndexed?: boolean[];
}

/** The change an undo would reverse, as the pane names it. */
export interface UndoableChange {
  label: string;
  action: 'save' | 'delete';
}

/** What the views need from the workbook; one Excel.run per user action. */
export interface WorkbookApi {
  listAgreements(): Promise<StoredAgreements>;
  /** What the committee recorded per agreement and year (sheet Uppföljning), with the rows that could not be read. */
  listFollowUp(): Promise<{ records: FollowUpRecord[]; problems: string[] }>;
  /**
   * Saves agreements: the writer upserts by key (the agreement's id, else one made from its name), so saving
   * twice never duplicates a row. The rows it replaces are recorded first, for undo; the reports are rebuilt
   * for the overview the user last filled.
   */
  saveAgreements(agreements: Agreement[], options?: SaveOptions): Promise<void>;
  /**
   * Writes one agreement's follow-up for one year (a row of IOP_Uppfoljning, replaced when that agreement and
   * year has one; recorded for undo) and rebuilds the reports, so the overview's participants and report status follow.
   */
  saveFollowUp(record: FollowUpRecord): Promise<void>;
  /** Deletes an agreement's rows in all three tables (recorded for undo) and rebuilds the reports. */
  deleteAgreement(key: string, name: string): Promise<void>;
  /** The last save or delete that can be undone, kept in the workbook. */
  lastChange(): Promise<UndoableChange | null>;
  /** Puts back the rows the last save or delete replaced; returns what was undone, or null. */
  undoLastChange(): Promise<UndoableChange | null>;
  readSettings(): Promise<IopSettings>;
  /**
   * Writes the settings and recalculates; agreements that follow the workbook's Indexsats and Basår get the new
   * values and the reports are rebuilt, so the overview and the plan follow. Returns how many agreements follow.
   */
  saveSettings(settings: IopSettings): Promise<{ following: number }>;
  readChoices(): Promise<PaneChoices>;
  saveOverviewChoice(year: number, committee: string): Promise<void>;
  fillOverview(year: number, committee: string): Promise<void>;
}

const reportOptions = (c: PaneChoices) => ({ year: c.overviewYear ?? undefined, committee: c.overviewCommittee ?? undefined });

function withWorkbookIndexation(a: Agreement, settings: IopSettings): Agreement {
  return { ...a, indexation: { rate: settings.indexRate, baseYear: settings.baseYear } };
}

function saveLabel(agreements: readonly Agreement[]): string {
  return agreements.length === 1 ? `sparade "${agreements[0].name}"` : `sparade ${agreements.length} avtal`;
}

export function workbookApi(host: ExcelHost): WorkbookApi {
  return {
    listFollowUp: () => host.run((context) => excel.readFollowUp(context)),
    listAgreements: () =>
      host.run(async (context) => {
        const { agreements, problems } = await excel.readAgreements(context);
        const { workbookIndexed } = await excel.readPaneChoices(context);
        return { agreements, problems, workbookIndexed };
      }),
    saveAgreements: (agreements, options = {}) =>
      host.run(async (context) => {
        const choices = await excel.readPaneChoices(context);
        const keys = agreementKeys(agreements);
        const follows = agreements.map((_, i) => options.workbookIndexed?.[i] === true);
        const settings = follows.some(Boolean) ? await excel.readSettings(context) : null;
        const prepared = agreements.map((a, i) => (follows[i] && settings ? withWorkbookIndexation(a, settings) : a));
        await excel.recordForUndo(context, 'save', saveLabel(agreements), keys);
        await excel.writeAgreements(context, prepared, undefined, reportOptions(choices));
        const list = new Set(choices.workbookIndexed);
        keys.forEach((k, i) => (follows[i] ? list.add(k) : list.delete(k)));
        if (list.size !== choices.workbookIndexed.length || keys.some((k, i) => follows[i] !== choices.workbookIndexed.includes(k))) {
          await excel.writePaneChoices(context, { workbookIndexed: [...list] });
        }
      }),
    saveFollowUp: (record) =>
      host.run(async (context) => {
        const choices = await excel.readPaneChoices(context);
        const { agreements } = await excel.readAgreements(context);
        const agreement = agreements.find((a) => (a.id ?? a.name) === record.agreement);
        if (!agreement) throw new Error('Avtalet finns inte längre i arbetsboken: läs om avtalen och välj igen.');
        const key = agreement.id ?? agreementKeys([agreement])[0];
        // Recorded for undo like any save: else undoing an earlier save of the agreement would take this row too.
        await excel.recordForUndo(context, 'save', `sparade uppföljningen av "${agreement.name}" ${record.year}`, [key]);
        await excel.writeFollowUpRow(context, agreement, key, record);
        await excel.writeAgreements(context, [], undefined, reportOptions(choices));
      }),
    deleteAgreement: (key, name) =>
      host.run(async (context) => {
        const choices = await excel.readPaneChoices(context);
        await excel.recordForUndo(context, 'delete', `tog bort "${name}"`, [key]);
        await excel.deleteAgreementRows(context, key);
        await excel.writeAgreements(context, [], undefined, reportOptions(choices));
        if (choices.workbookIndexed.includes(key)) {
          await excel.writePaneChoices(context, { workbookIndexed: choices.workbookIndexed.filter((k) => k !== key) });
        }
      }),
    lastChange: () =>
      host.run(async (context) => {
        const record = await excel.readUndo(context);
        return record ? { label: record.label, action: record.action } : null;
      }),
    undoLastChange: () =>
      host.run(async (context) => {
        const choices = await excel.readPaneChoices(context);
        const record = await excel.undoLast(context);
        if (!record) return null;
        await excel.writeAgreements(context, [], undefined, reportOptions(choices));
        return { label: record.label, action: record.action };
      }),
    readSettings: () => host.run((context) => excel.readSettings(context)),
    saveSettings: (settings) =>
      host.run(async (context) => {
        // One shared runtime: the functions get their new defaults directly, before the writer's recalculation.
        const previous = functionSettings();
        setFunctionSettings(settings);
        try {
          await excel.writeSettings(context, settings);
          const { agreements } = await excel.readAgreements(context);
          if (agreements.length === 0) return { following: 0 };
          const choices = await excel.readPaneChoices(context);
          const following = await excel.setWorkbookIndexation(context, choices.workbookIndexed, settings.indexRate, settings.baseYear);
          // Also with none following: the reports are rebuilt so they use the new settings.
          await excel.writeAgreements(context, [], settings, reportOptions(choices));
          return { following };
        } catch (error) {
          setFunctionSettings(previous);
          throw error;
        }
      }),
    readChoices: () => host.run((context) => excel.readPaneChoices(context)),
    saveOverviewChoice: (year, committee) => host.run((context) => excel.writePaneChoices(context, { overviewYear: year, overviewCommittee: committee })),
    fillOverview: (year, committee) =>
      host.run(async (context) => {
        await excel.fillOverview(context, { year, committee });
        await excel.writePaneChoices(context, { overviewYear: year, overviewCommittee: committee });
      }),
  };
}
