import type { Agreement } from '../domain/agreement';
import type { FollowUpRecord } from '../domain/followUp';
import type { IopSettings } from '../domain/settings';
import { CalcBlock, CalcRowValues, ItemSpan, YearAmountRow, buildCalculation, planYears } from './calculation';
import { itemRows, yearAmountRowOf, yearAmountRows } from './tableRows';
import { belongsToCommittee } from '../domain/committee';
import { buildDataSheets } from './dataSheets';
import { buildMultiYearSheet } from './multiYear';
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
export { ALL_ITEM_COLUMNS, agreementRow, partyRows, itemRows, tableRows, yearAmountRowOf } from './tableRows';
export type { ItemSpan, YearAmountRow } from './calculation';
export { DATA_TABLES, TABLE_SPECS, specOfTable } from './tableSpec';
export type { TableKind, TableSpec } from './tableSpec';
export { mergeSameAgreement } from './mergeDocuments';
export { planCalculator } from './calculator';
export { buildSettingsSheet, SETTING_ROWS } from './settingsSheet';
export { overviewCells, overviewColumns, overviewHeaders } from './overview';
export type { OverviewRole } from './overview';

export interface PlanOptions {
  /** The overview's year (default: the settings' base year). */
  year?: number;
  /** The committee whose reports these are (default: the settings' committee). */
  committee?: string;
  /** "Today", for the overview's status date; injected so tests are stable. */
  today?: Date;
  /** Each agreement's 1-based row in IOP_Avtal's body, by key (default: the order of `agreements`). */
  positions?: ReadonlyMap<string, number>;
  /** Each agreement's rows in IOP_Poster, by key (default: as the plan writes them, one agreement after another). */
  itemSpans?: ReadonlyMap<string, ItemSpan>;
  /** IOP_Poster's Avtals-id by position (default: as the plan writes the table). */
  itemKeys?: readonly string[];
  /** IOP_Belopp's body rows by position (default: the agreements' stated year amounts, as the plan writes them). */
  yearAmountRows?: readonly (YearAmountRow | null)[];
  /** What the committee recorded per agreement and year (IOP_Uppfoljning); the plan writes them into the table. */
  followUpRecords?: readonly FollowUpRecord[];
}

export interface ReportPlan {
  sheets: SheetPlan[];
  /** Agreements shown in the reports (those of the committee), with their keys. */
  agreements: Agreement[];
  keys: string[];
  years: number[];
  calcRows: CalcRowValues[];
  blocks: ReadonlyMap<string, CalcBlock>;
  statusDate: string;
}

function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Where each agreement's IOP_Poster rows stand when the plan writes the table: one agreement after another. */
function writtenItemSpans(agreements: readonly Agreement[], keys: readonly string[]): Map<string, ItemSpan> {
  const spans = new Map<string, ItemSpan>();
  let next = 1;
  agreements.forEach((a, i) => {
    const count = itemRows(a, keys[i]).length;
    spans.set(keys[i], { first: next, count, contiguous: true });
    next += count;
  });
  return spans;
}

/** Översikt, Flerårsplan, Beräkning and Förlängningar for the committee's agreements; keys must match the tables' Avtals-id. */
export function buildReportSheets(agreements: readonly Agreement[], keys: readonly string[], settings: IopSettings, options: PlanOptions = {}): ReportPlan {
  const committee = options.committee ?? settings.committee;
  const year = options.year ?? settings.baseYear;
  const picked = agreements.map((a, i) => ({ a, key: keys[i] })).filter(({ a }) => belongsToCommittee(a, committee));
  const mine = picked.map((p) => p.a);
  const myKeys = picked.map((p) => p.key);
  const years = planYears(mine);
  const calc = buildCalculation({
    agreements: mine,
    keys: myKeys,
    committee,
    years,
    positions: options.positions ?? new Map(keys.map((k, i) => [k, i + 1])),
    yearAmountRows: options.yearAmountRows ?? agreements.flatMap((a, i) => yearAmountRows(a, keys[i]).map(yearAmountRowOf)),
    allAgreements: agreements.map((agreement, i) => ({ key: keys[i], agreement })),
    itemSpans: options.itemSpans ?? writtenItemSpans(agreements, keys),
    // An empty table still spans one blank row.
    itemKeys: options.itemKeys ?? (agreements.some((a, i) => itemRows(a, keys[i]).length > 0) ? agreements.flatMap((a, i) => itemRows(a, keys[i]).map(() => keys[i])) : ['']),
  });
  const status = statusDate(year, options.today);
  const overview = buildOverviewSheet(mine, myKeys, {
    committee,
    year,
    statusDate: status,
    years,
    calcRows: calc.rows,
    blocks: calc.blocks,
    records: options.followUpRecords ?? [],
    today: isoDay(options.today ?? new Date()),
  });
  const plan = buildMultiYearSheet(mine, myKeys, years, committee, calc.blocks);
  const watch = buildWatchSheet(mine, myKeys, options.positions ?? new Map(keys.map((k, i) => [k, i + 1])), status);
  return { sheets: [overview, plan, calc.sheet, watch], agreements: mine, keys: myKeys, years, calcRows: calc.rows, blocks: calc.blocks, statusDate: status };
}

/** The whole workbook: settings, the three data tables and the reports, in the order the sheets appear. */
export function buildWorkbookPlan(agreements: readonly Agreement[], settings: IopSettings, options: PlanOptions = {}): WorkbookPlan {
  const keys = agreementKeys(agreements);
  const settingsSheet = buildSettingsSheet(options.committee ? { ...settings, committee: options.committee } : settings);
  const reports = buildReportSheets(agreements, keys, settings, options);
  return {
    sheets: [reports.sheets[0], reports.sheets[1], reports.sheets[3], settingsSheet.sheet, ...buildDataSheets(agreements, keys, options.followUpRecords ?? []), reports.sheets[2]],
    names: settingsSheet.names,
  };
}
