import type { Agreement } from '../domain/agreement';
import type { FollowUpRecord } from '../domain/followUp';
import type { InvoiceRecord } from '../domain/invoiceCheck';
import { calendarDateOf } from '../domain/dates';
import type { IopSettings } from '../domain/settings';
import { reportFor, type CommitteeYearReport } from '../domain/yearReport';
import { buildDataSheets } from './dataSheets';
import { buildMultiYearSheet, planYears } from './multiYear';
import { buildWatchSheet } from './extensionWatch';
import { buildOverviewSheet } from './overview';
import { SheetPlan, WorkbookPlan } from './plan';
import { buildSettingsSheet } from './settingsSheet';
import { statusDate } from './status';
import { agreementKeys } from './key';

export * from './plan';
export * from './names';
export { agreementKeys, keyFromName } from './key';
export { agreementsFromTables, canonicalHeaders } from './readTables';
export type { CellFix, RawTable, ReadResult } from './readTables';
export { ALL_ITEM_COLUMNS, agreementRow, partyRows, itemRows, tableRows } from './tableRows';
export { calculatedFormulas, type CalculationContext } from './calculatedColumns';
export { DATA_TABLES, TABLE_SPECS, specOfTable } from './tableSpec';
export type { TableKind, TableSpec } from './tableSpec';
export { mergeSameAgreement } from './mergeDocuments';
export { planCalculator } from './calculator';
export { buildSettingsSheet, SETTING_ROWS } from './settingsSheet';
export { overviewCells, overviewColumns, overviewHeaders } from './overview';
export { invoiceRecords } from './invoiceTable';
export type { OverviewRole } from './overview';

export interface PlanOptions {
  /** The overview's year (default: the settings' base year). */
  year?: number;
  /** The committee whose reports these are (default: the settings' committee). */
  committee?: string;
  /** "Today", for the overview's status date; injected so tests are stable. */
  today?: Date;
  /** Each agreement's 1-based row in IOP_Avtal's body, by key (default: the order of `agreements`): the MATCH values. */
  positions?: ReadonlyMap<string, number>;
  /** What the committee recorded per agreement and year (IOP_Uppfoljning); the plan writes them into the table. */
  followUpRecords?: readonly FollowUpRecord[];
  /** The invoices received (IOP_Fakturor); the plan writes them into the table and checks them. */
  invoices?: readonly InvoiceRecord[];
  /**
   * The real day the workbook is written (TODAY() in its formulas), for the invoice statuses' values ("Ej inkommen"
   * once a period's due day has passed); default: today. Not `today`, which sets the overview's status date.
   */
  now?: Date;
}

export interface ReportPlan {
  /** Översikt, Flerårsplan and Förlängningar. */
  sheets: SheetPlan[];
  /** Agreements of the committee (shown in the reports), with their keys. */
  agreements: Agreement[];
  keys: string[];
  /** The year's report the Översikt shows (the domain's: src/domain/yearReport.ts). */
  report: CommitteeYearReport;
  years: number[];
  statusDate: string;
  committee: string;
  year: number;
}

function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Översikt, Flerårsplan and Förlängningar for the committee's agreements; keys must match the tables' Avtals-id. */
export function buildReportSheets(agreements: readonly Agreement[], keys: readonly string[], settings: IopSettings, options: PlanOptions = {}): ReportPlan {
  const committee = options.committee ?? settings.committee;
  const year = options.year ?? settings.baseYear;
  const report = reportFor(agreements, committee, year);
  const mine = [...report.counted, ...report.notCounted].sort((x, y) => x.index - y.index);
  const myAgreements = mine.map((r) => r.agreement);
  const myKeys = mine.map((r) => keys[r.index]);
  const positions = options.positions ?? new Map(keys.map((k, i) => [k, i + 1]));
  const status = statusDate(year, options.today);
  const overview = buildOverviewSheet(report, (row) => keys[row.index], {
    committee,
    year,
    statusDate: status,
    records: options.followUpRecords ?? [],
    today: isoDay(options.today ?? new Date()),
    invoices: options.invoices ?? [],
  });
  const plan = buildMultiYearSheet(myAgreements, myKeys, { committee, year }, positions);
  const watch = buildWatchSheet(myAgreements, myKeys, positions, status);
  return { sheets: [overview, plan, watch], agreements: myAgreements, keys: myKeys, report, years: planYears(myAgreements), statusDate: status, committee, year };
}

/** The whole workbook: the reports, settings and the data tables, in the order the sheets appear. */
export function buildWorkbookPlan(agreements: readonly Agreement[], settings: IopSettings, options: PlanOptions = {}): WorkbookPlan {
  const keys = agreementKeys(agreements);
  const settingsSheet = buildSettingsSheet(options.committee ? { ...settings, committee: options.committee } : settings);
  const reports = buildReportSheets(agreements, keys, settings, options);
  const invoices = { records: options.invoices ?? [], today: calendarDateOf(options.now ?? new Date()) };
  const data = buildDataSheets(agreements, keys, { committee: reports.committee, year: reports.year, invoices }, options.followUpRecords ?? []);
  return { sheets: [...reports.sheets, settingsSheet.sheet, ...data], names: settingsSheet.names };
}
