/**
 * The add-in's workbook writer and reader (Office.js). Every operation reads in two syncs (which objects
 * exist, then their contents) and writes in one, whatever the number of agreements: at most three syncs.
 */
import type { Agreement } from '../../domain/agreement';
import { IopSettings, defaultSettings, requireSettings } from '../../domain/settings';
import {
  DATA_TABLES,
  EXTRA_SHEETS,
  PlanCell,
  SHEETS,
  SheetPlan,
  TABLES,
  TABLE_SPECS,
  YearAmountRow,
  agreementKeys,
  agreementsFromTables,
  buildReportSheets,
  buildSettingsSheet,
  tableRows,
  yearAmountRowOf,
} from '../../workbook';
import type { CellFix, CellValue, NamePlan, RawTable, ReadResult } from '../../workbook';
import { escapeText } from './cells';
import { MergedTable, mergeTable } from './mergeTables';
import { queueCells, queueMissingColumns, queueReportSheet, queueTable } from './queue';
import { TableState, WorkbookState, readState } from './state';
import { fillInPlace } from './overviewInPlace';
import { followUpRecords, type FollowUpRead } from '../../workbook/followUpTable';

export { readPaneChoices, writePaneChoices } from './paneChoices';
export { recordForUndo, readUndo, undoLast } from './undo';
export type { UndoRecord } from './undo';
export { deleteAgreementRows } from './deleteAgreement';

export interface WriteReport {
  /** Sheets written or updated. */
  sheets: string[];
  /** Agreements in the reports (the committee's). */
  agreements: number;
  /** Agreements added to and updated in IOP_Avtal (writeAgreements only). */
  added: number;
  updated: number;
  /** True when the committee's own overview on the active sheet was filled in place. */
  inPlace: boolean;
  /** Rows of the tables that could not be read back as agreements. */
  problems: string[];
}

const DATA = DATA_TABLES;

/** A table as the reader takes it: row numbers and sheet for its messages, formulas to tell an empty formula from an empty cell. */
function rawTable(t: TableState | null): RawTable | null {
  return t ? { headers: t.headers, rows: t.values as CellValue[][], rowNumbers: t.bodyIndex.map((j) => t.row + 2 + j), bodyIndex: t.bodyIndex, sheet: t.sheet, formulas: t.formulas } : null;
}

function readTables(state: WorkbookState): ReadResult {
  const [avtal, parter, poster, belopp] = DATA.map((d) => rawTable(state.tables[d.table]));
  return agreementsFromTables(avtal, parter, poster, belopp);
}

/** IOP_Belopp's body rows by position, as the helper columns on Beräkning read them with INDEX. */
function yearAmountRowsOf(headers: readonly string[], values: unknown[][], bodyIndex?: number[], bodyRows?: number): (YearAmountRow | null)[] {
  const rows: (YearAmountRow | null)[] = Array.from({ length: bodyRows ?? values.length }, () => null);
  values.forEach((r, i) => (rows[bodyIndex?.[i] ?? i] = yearAmountRowOf((c) => r[headers.indexOf(c)])));
  return rows;
}

/** The table's state with the given columns appended when missing (queueTable or queueMissingColumns adds them). */
function withColumns(state: TableState | null, columns: readonly string[]): { state: TableState | null; added: string[] } {
  if (!state) return { state, added: [] };
  const added = columns.filter((c) => !state.headers.includes(c));
  if (added.length === 0) return { state, added };
  const pad = (rows: unknown[][]) => rows.map((r) => [...r, ...added.map(() => '')]);
  return { state: { ...state, headers: [...state.headers, ...added], values: pad(state.values), formulas: pad(state.formulas) }, added };
}

/** Writes the cells the reader read from text in the form the formulas need (a number, a date serial, a label). */
function queueFixes(context: Excel.RequestContext, state: TableState, fixes: CellFix[]): void {
  if (fixes.length === 0) return;
  const ws = context.workbook.worksheets.getItem(state.sheet);
  for (const f of fixes) {
    const column = state.headers.indexOf(f.column);
    const body = state.bodyIndex[f.row];
    if (column < 0 || body === undefined) continue;
    const cell = ws.getRangeByIndexes(state.row + 1 + body, state.column + column, 1, 1);
    cell.formulas = [[escapeText(f.value)]];
    if (f.format) cell.numberFormat = [[f.format]];
  }
}

function applyFixes(merged: MergedTable, fixes: CellFix[]): void {
  for (const f of fixes) {
    const column = merged.headers.indexOf(f.column);
    if (column < 0 || !merged.body[f.row]) continue;
    merged.body[f.row][column] = escapeText(f.value);
    (merged.values[f.row] as unknown[])[column] = f.value;
  }
}

function settingsFrom(state: WorkbookState): IopSettings {
  const d = defaultSettings();
  const s = state.settings;
  const numberOr = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  const candidate: IopSettings = {
    committee: typeof s.committee === 'string' && s.committee.trim() ? s.committee.trim() : d.committee,
    baseYear: numberOr(s.baseYear, d.baseYear),
    indexRate: numberOr(s.indexRate, d.indexRate),
    socialFeeRate: numberOr(s.socialFeeRate, d.socialFeeRate),
  };
  try {
    return requireSettings(candidate);
  } catch {
    return { ...d, committee: candidate.committee };
  }
}

function queueSettings(context: Excel.RequestContext, state: WorkbookState, settings: IopSettings): void {
  const { sheet, names } = buildSettingsSheet(settings);
  const exists = state.sheets.includes(SHEETS.settings);
  const ws = exists ? context.workbook.worksheets.getItem(SHEETS.settings) : context.workbook.worksheets.add(SHEETS.settings);
  queueCells(ws, sheet.cells, 0, 0);
  if (!exists) sheet.columnWidths.forEach((w, i) => w && (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * 7));
  names.filter((n: NamePlan) => !state.settingNames.has(n.name)).forEach((n) => context.workbook.names.add(n.name, ws.getRange(n.address)));
}

/** The memory workbook of the browser preview shows the plan's computed values for formula cells. */
function showComputedValues(context: Excel.RequestContext, sheets: SheetPlan[]): void {
  const adopt = (context as unknown as { adoptPlan?: (s: SheetPlan[]) => void }).adoptPlan;
  if (typeof adopt === 'function') adopt.call(context, sheets);
}

function queueReports(context: Excel.RequestContext, state: WorkbookState, sheets: SheetPlan[], skip: string[] = []): string[] {
  const written: string[] = [];
  for (const sheet of sheets) {
    if (skip.includes(sheet.name)) continue;
    queueReportSheet(context, sheet, state.sheets.includes(sheet.name), state.charts[sheet.name] ?? []);
    written.push(sheet.name);
  }
  return written;
}

/** The agreements stored in the workbook's tables; rows that cannot be read are reported, not guessed at. */
export async function readAgreements(context: Excel.RequestContext): Promise<{ agreements: Agreement[]; problems: string[] }> {
  const { agreements, problems } = readTables(await readState(context));
  return { agreements, problems };
}

/** What the committee recorded per agreement and year (table IOP_Uppfoljning), matched to the stored agreements. */
export async function readFollowUp(context: Excel.RequestContext): Promise<FollowUpRead> {
  const state = await readState(context);
  return followUpRecords(rawTable(state.tables[TABLE_SPECS.followUp.table]), readTables(state).agreements);
}

/** The settings on "Inställningar" (through the workbook names); the documented defaults where missing. */
export async function readSettings(context: Excel.RequestContext): Promise<IopSettings> {
  return settingsFrom(await readState(context));
}

/** Writes the settings and recalculates in the same sync, so every IOP.* function sees the new values. */
export async function writeSettings(context: Excel.RequestContext, settings: IopSettings): Promise<void> {
  requireSettings(settings);
  const state = await readState(context);
  queueSettings(context, state, settings);
  // The string, not Excel.CalculationType.full: the browser preview has no Excel namespace at run time.
  context.workbook.application.calculate('Full' as Excel.CalculationType);
  await context.sync();
}

/**
 * Upserts agreements into IOP_Avtal, IOP_Parter and IOP_Poster by their key (Avtals-id), keeping the user's
 * columns, rows and notes; writes the settings (given, or those the workbook has) and rebuilds the reports
 * from the tables as they now stand.
 */
export async function writeAgreements(
  context: Excel.RequestContext,
  agreements: Agreement[],
  givenSettings?: IopSettings,
  /** The overview the user filled (year, committee), so a save rewrites that one and not the settings' default. */
  report: { year?: number; committee?: string } = {},
): Promise<WriteReport> {
  if (givenSettings) requireSettings(givenSettings);
  const state = await readState(context);
  const settings = givenSettings ?? settingsFrom(state);
  const keys = agreementKeys(agreements);
  const stored = new Set((state.tables[TABLES.agreements]?.values ?? []).map((r) => String(r[state.tables[TABLES.agreements]!.headers.indexOf('Avtals-id')] ?? '').trim()));
  const incoming = DATA.map((d) => new Map(agreements.map((a, i) => [keys[i], tableRows(d.kind, a, keys[i])])));
  // Our columns a user deleted or renamed come back (at the end), so the import's values have a place.
  const tables = DATA.map((d) => withColumns(state.tables[d.table], d.columns));
  const merged: MergedTable[] = DATA.map((d, i) => mergeTable(tables[i].state, d.columns, incoming[i] as Map<string, PlanCell[][]>, { single: d.kind === 'agreements', identity: d.identity }));
  const read = agreementsFromTables(...(merged.map((m, i) => ({ headers: m.headers, rows: m.values as CellValue[][], formulas: m.body, rowNumbers: m.values.map((_, j) => (state.tables[DATA[i].table]?.row ?? 0) + 2 + j), sheet: state.tables[DATA[i].table]?.sheet })) as [RawTable, RawTable, RawTable, RawTable]));
  DATA.forEach((d, i) => applyFixes(merged[i], read.fixes.filter((f) => f.table === d.kind)));
  DATA.forEach((d, i) => queueTable(context, d.sheet, state.sheets.includes(d.sheet), d.table, state.tables[d.table], merged[i], d.widths, tables[i].added));
  queueSettings(context, state, settings);

  const reports = buildReportSheets(read.agreements, read.agreements.map((a) => a.id ?? ''), settings, {
    ...report,
    positions: read.positions,
    itemSpans: read.itemSpans,
    yearAmountRows: yearAmountRowsOf(merged[3].headers, merged[3].values),
    followUpRecords: followUpRecords(rawTable(state.tables[TABLE_SPECS.followUp.table]), read.agreements).records,
  });
  const written = queueReports(context, state, reports.sheets);
  await context.sync();
  showComputedValues(context, reports.sheets);
  const updated = keys.filter((k) => stored.has(k)).length;
  return {
    sheets: [...DATA.map((d) => d.sheet), SHEETS.settings, ...written],
    agreements: reports.agreements.length,
    added: keys.length - updated,
    updated,
    inPlace: false,
    problems: read.problems,
  };
}

/**
 * The committee's overview and multi-year plan for a year, from the tables. When the active sheet is the
 * committee's own overview (a header row with seed 004's columns), its rows are filled in place.
 */
export async function fillOverview(context: Excel.RequestContext, options: { year: number; committee: string }): Promise<WriteReport> {
  const state = await readState(context, { active: true });
  const settings = settingsFrom(state);
  const read = readTables(state);
  // Text the reader understood is stored as the number (date, label) the report formulas count with.
  DATA.forEach((d) => {
    const t = state.tables[d.table];
    if (t) queueFixes(context, t, read.fixes.filter((f) => f.table === d.kind));
  });
  DATA.forEach((d) => {
    const { state: t, added } = withColumns(state.tables[d.table], d.formulaColumns);
    if (t && added.length > 0) queueMissingColumns(context, d.table, added);
    // A workbook from before a table existed gets it, empty, so the formulas that address it can be written.
    if (!t && d.optional) queueTable(context, d.sheet, state.sheets.includes(d.sheet), d.table, null, mergeTable(null, d.columns, new Map(), { single: false, identity: d.identity }), d.widths);
  });
  const amounts = state.tables[TABLE_SPECS.yearAmounts.table];
  const reports = buildReportSheets(read.agreements, read.agreements.map((a) => a.id ?? ''), settings, {
    year: options.year,
    committee: options.committee,
    positions: read.positions,
    itemSpans: read.itemSpans,
    yearAmountRows: amounts ? yearAmountRowsOf(amounts.headers, amounts.values, amounts.bodyIndex, amounts.bodyRows) : [],
    followUpRecords: followUpRecords(rawTable(state.tables[TABLE_SPECS.followUp.table]), read.agreements).records,
  });
  const ours: string[] = [SHEETS.overview, SHEETS.plan, EXTRA_SHEETS.calculation, SHEETS.settings, ...DATA.map((d) => d.sheet)];
  const inPlace = state.active && !ours.includes(state.active.name) ? fillInPlace(context, state.active, reports, options) : null;
  const written = queueReports(context, state, reports.sheets, inPlace ? [SHEETS.overview] : []);
  await context.sync();
  showComputedValues(context, inPlace ? [...reports.sheets, inPlace.computed] : reports.sheets);
  return {
    sheets: inPlace ? [state.active!.name, ...written] : written,
    agreements: reports.agreements.length,
    added: inPlace?.added ?? 0,
    updated: inPlace?.updated ?? 0,
    inPlace: !!inPlace,
    problems: read.problems,
  };
}
