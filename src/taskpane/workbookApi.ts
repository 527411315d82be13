import type { Agreement } from '../domain/agreement';
import type { FollowUpRecord } from '../domain/followUp';
import type { InvoiceRecord } from '../domain/invoiceCheck';
import type { IopSettings } from '../domain/settings';
import type { DocumentKind, PaneChoices } from '../workbook/paneChoices';
import type { ExcelHost } from './excelHost';

export interface StoredAgreements {
  agreements: Agreement[];
  problems: string[];
  /** Keys (Avtals-id) of the agreements indexed by the workbook's Indexsats and Basår. */
  workbookIndexed: string[];
  /** Rows saved just as documents gave them, by key, with the kind of document whose values they hold. */
  documentKinds: Record<string, DocumentKind>;
}

export interface SaveOptions {
  /** Per agreement: true when it follows the workbook's Indexsats and Basår instead of a rate of its own. */
  workbookIndexed?: boolean[];
  /**
   * Per agreement: the kind of document whose values it holds when saved unedited from an import, else null
   * (the user's own record). Without the option every agreement saved is the user's own.
   */
  documentKinds?: (DocumentKind | null)[];
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
  /** The invoices received (sheet Fakturor), in table order, with the cells that could not be read. */
  listInvoices(): Promise<{ records: InvoiceRecord[]; problems: string[] }>;
  /**
   * Adds one invoice received as a row of IOP_Fakturor (recorded for undo: undo takes back that row only) and
   * rebuilds the reports, so the overview's "Fakturerat" follows. A duplicate is written too: its status says so.
   */
  saveInvoice(record: InvoiceRecord): Promise<void>;
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

/**
 * The workbook as the views see it: every call loads the implementation (workbookCalls.ts, with the Office.js
 * writer) on first use, so the pane's first view does not wait for it.
 */
export function workbookApi(host: ExcelHost): WorkbookApi {
  let calls: Promise<WorkbookApi> | null = null;
  const load = () => (calls ??= import(/* webpackChunkName: "workbook" */ './workbookCalls').then((m) => m.workbookCalls(host)));
  const call = <K extends keyof WorkbookApi>(name: K): WorkbookApi[K] =>
    (async (...args: unknown[]) => ((await load())[name] as (...a: unknown[]) => Promise<unknown>)(...args)) as WorkbookApi[K];
  return {
    listAgreements: call('listAgreements'),
    listFollowUp: call('listFollowUp'),
    saveAgreements: call('saveAgreements'),
    saveFollowUp: call('saveFollowUp'),
    listInvoices: call('listInvoices'),
    saveInvoice: call('saveInvoice'),
    deleteAgreement: call('deleteAgreement'),
    lastChange: call('lastChange'),
    undoLastChange: call('undoLastChange'),
    readSettings: call('readSettings'),
    saveSettings: call('saveSettings'),
    readChoices: call('readChoices'),
    saveOverviewChoice: call('saveOverviewChoice'),
    fillOverview: call('fillOverview'),
  };
}
