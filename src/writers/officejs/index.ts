/**
 * The add-in's workbook writer and reader (Office.js). Every operation reads in two syncs (which objects
 * exist, then their contents) and writes in as few syncs as Excel's request limit allows: one for a small
 * workbook (three in all), more when the writes outgrow one request (see batch.ts).
 */
import type { Agreement } from '../../domain/agreement';
import { calendarDateOf } from '../../domain/dates';
import { IopSettings, requireSettings } from '../../domain/settings';
import {
  DATA_TABLES,
  EXTRA_SHEETS,
  PlanCell,
  SHEETS,
  SheetPlan,
  TABLES,
  TABLE_SPECS,
  agreementKeys,
  agreementsFromTables,
  buildReportSheets,
  buildSettingsSheet,
  tableRows,
} from '../../workbook';
import type { CellFix, CellValue, NamePlan, RawTable, ReadResult } from '../../workbook';
import { WriteBatch } from './batch';
import { cutText, escapeText, MAX_CELL_CHARACTERS } from './cells';
import { addMissingColumns, aroundFilters, restoreHeaders, writeCells, writeReportSheet, writeTable } from './queue';
import { TableState, WorkbookState, readState } from './state';
import { TableRowPlan, planTableRows } from './rowPlan';
import { fillInPlace, readOverviewSheet } from './overviewInPlace';
import { writeCalculatedColumns } from './calculated';
import { followUpRecords, type FollowUpRead } from '../../workbook/followUpTable';
import { invoiceRecords, type InvoiceRead } from '../../workbook/invoiceTable';
import { settingsFromValues } from '../../workbook/settingsSheet';

export { readPaneChoices, writePaneChoices } from './paneChoices';
export { recordForUndo, readUndo, undoLast } from './undo';
export type { UndoRecord } from './undo';
export { deleteAgreementRows } from './deleteAgreement';
export { writeFollowUpRow } from './followUpRow';
export { writeInvoiceRow } from './invoiceRow';
export { setWorkbookIndexation } from './workbookIndexation';

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
  /** What the write had to change, in Swedish: texts cut to what a cell holds. */
  warnings: string[];
  /** context.sync calls the operation made, its reads included. */
  syncs: number;
}

const DATA = DATA_TABLES;

/** A table as the reader takes it: row numbers and sheet for its messages, formulas to tell an empty formula from an empty cell. */
function rawTable(t: TableState | null): RawTable | null {
  return t ? { headers: t.headers, rows: t.values as CellValue[][], rowNumbers: t.bodyIndex.map((j) => t.row + 2 + j), bodyIndex: t.bodyIndex, sheet: t.sheet, formulas: t.formulas, errors: t.errors } : null;
}

function readTables(state: WorkbookState): ReadResult {
  const [avtal, parter, poster, belopp] = DATA.map((d) => rawTable(state.tables[d.table]));
  return agreementsFromTables(avtal, parter, poster, belopp);
}

/** The table's state with the given columns appended when missing (writeTable or addMissingColumns adds them). */
function withColumns(state: TableState | null, columns: readonly string[]): { state: TableState | null; added: string[] } {
  if (!state) return { state, added: [] };
  const added = columns.filter((c) => !state.headers.includes(c));
  if (added.length === 0) return { state, added };
  const pad = (rows: unknown[][]) => rows.map((r) => [...r, ...added.map(() => '')]);
  return { state: { ...state, headers: [...state.headers, ...added], rawHeaders: [...state.rawHeaders, ...added], values: pad(state.values), formulas: pad(state.formulas), formulasR1C1: pad(state.formulasR1C1), errors: state.errors.map((r) => [...r, ...added.map(() => false)]) }, added };
}

/** Writes the cells the reader read from text in the form the formulas need (a number, a date serial, a label). */
async function writeFixes(batch: WriteBatch, state: TableState, fixes: CellFix[]): Promise<void> {
  if (fixes.length === 0) return;
  const ws = batch.context.workbook.worksheets.getItem(state.sheet);
  await aroundFilters(batch, state.name, state, async () => {
    for (const f of fixes) {
      const column = state.headers.indexOf(f.column);
      const body = state.bodyIndex[f.row];
      if (column < 0 || body === undefined) continue;
      await batch.write(ws, state.row + 1 + body, state.column + column, [[escapeText(f.value)]], 'formulas');
      if (f.format) await batch.write(ws, state.row + 1 + body, state.column + column, [[f.format]], 'numberFormat');
    }
  });
}

/** The reader's fixes on rows the write leaves alone, as cells to write; fixes on written rows go into the plan. */
function applyFixes(plan: TableRowPlan, columns: readonly string[], fixes: CellFix[]): CellFix[] {
  const rest: CellFix[] = [];
  for (const f of fixes) {
    const row = plan.rows[f.row];
    const at = columns.indexOf(f.column);
    if (!row) continue;
    if (row.ours && at >= 0) row.ours[at] = { ...row.ours[at], value: f.value, format: f.format ?? row.ours[at]?.format };
    else rest.push(f);
    const h = plan.headers.indexOf(f.column);
    if (h >= 0) (plan.values[f.row] as unknown[])[h] = f.value;
  }
  return rest;
}

/** Fixes on the final rows of a table (after the write), written in place. */
async function writeFinalFixes(batch: WriteBatch, state: TableState | null, plan: TableRowPlan, fixes: CellFix[]): Promise<void> {
  if (!state || fixes.length === 0) return;
  const finalState: TableState = { ...state, headers: plan.headers, rawHeaders: plan.headers, bodyRows: plan.rows.length, bodyIndex: plan.rows.map((_, i) => i) };
  await writeFixes(batch, finalState, fixes);
}

/** Texts over what a cell holds are cut; each cut is named (sheet, agreement, column). */
function cutLongTexts(plans: TableRowPlan[], columns: readonly (readonly string[])[], sheets: string[]): string[] {
  const warnings: string[] = [];
  plans.forEach((plan, t) => {
    const nameAt = Math.max(columns[t].indexOf('Avtal'), columns[t].indexOf('Namn'));
    for (const row of plan.rows) {
      row.ours?.forEach((cell, i) => {
        if (typeof cell?.value === 'string' && cell.value.length > MAX_CELL_CHARACTERS) {
          const agreement = String(row.ours![nameAt]?.value ?? '');
          warnings.push(`${sheets[t]}, kolumn ${columns[t][i]}${agreement ? ` (avtalet "${cutText(agreement).slice(0, 80)}")` : ''}: texten har ${cell.value.length} tecken och kortades till ${MAX_CELL_CHARACTERS}, det mesta en cell i Excel rymmer.`);
          row.ours![i] = { ...cell, value: cutText(cell.value) };
        }
      });
    }
  });
  return warnings;
}

function settingsFrom(state: WorkbookState): IopSettings {
  return settingsFromValues(state.settings);
}

async function writeSettingsSheet(batch: WriteBatch, state: WorkbookState, settings: IopSettings): Promise<void> {
  const context = batch.context;
  const { sheet, names } = buildSettingsSheet(settings);
  const exists = state.sheets.includes(SHEETS.settings);
  await batch.reserve();
  const ws = exists ? context.workbook.worksheets.getItem(SHEETS.settings) : context.workbook.worksheets.add(SHEETS.settings);
  await writeCells(batch, ws, sheet.cells, 0, 0);
  if (!exists) {
    for (const [i, w] of sheet.columnWidths.entries()) {
      if (!w) continue;
      await batch.reserve();
      ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * 7;
    }
  }
  for (const n of names.filter((n: NamePlan) => !state.settingNames.has(n.name))) {
    await batch.reserve();
    context.workbook.names.add(n.name, ws.getRange(n.address));
  }
}

/** The memory workbook of the browser preview shows the plan's computed values for formula cells. */
function showComputedValues(context: Excel.RequestContext, sheets: SheetPlan[]): void {
  const adopt = (context as unknown as { adoptPlan?: (s: SheetPlan[]) => void }).adoptPlan;
  if (typeof adopt === 'function') adopt.call(context, sheets);
}

async function writeReports(batch: WriteBatch, state: WorkbookState, sheets: SheetPlan[], skip: string[] = []): Promise<string[]> {
  const written: string[] = [];
  // Workbooks written before the calculated columns have a hidden helper sheet of ours the reports no longer read.
  if (state.sheets.includes(EXTRA_SHEETS.calculation)) {
    await batch.reserve();
    batch.context.workbook.worksheets.getItem(EXTRA_SHEETS.calculation).delete();
  }
  for (const sheet of sheets) {
    if (skip.includes(sheet.name)) continue;
    await writeReportSheet(batch, sheet, state.sheets.includes(sheet.name), state.charts[sheet.name] ?? []);
    written.push(sheet.name);
  }
  return written;
}

/** The agreements stored in the workbook's tables; rows that cannot be read are reported, not guessed at. */
export async function readAgreements(context: Excel.RequestContext): Promise<{ agreements: Agreement[]; problems: string[] }> {
  const { agreements, problems } = readTables(await readState(context));
  return { agreements, problems };
}

/** The follow-up table's rows matched to `agreements` (as read from the same state). */
function followUpOf(state: WorkbookState, agreements: readonly Agreement[]): FollowUpRead {
  return followUpRecords(rawTable(state.tables[TABLE_SPECS.followUp.table]), agreements);
}

/** What the committee recorded per agreement and year (table IOP_Uppfoljning), matched to the stored agreements. */
export async function readFollowUp(context: Excel.RequestContext): Promise<FollowUpRead> {
  const state = await readState(context);
  return followUpOf(state, readTables(state).agreements);
}

/** The invoices recorded in IOP_Fakturor, in table order: the user's rows, read and never rewritten by a save. */
function invoicesOf(state: WorkbookState): InvoiceRead {
  return invoiceRecords(rawTable(state.tables[TABLE_SPECS.invoices.table]));
}

/** The invoices received (table IOP_Fakturor), with the cells that could not be read. */
export async function readInvoices(context: Excel.RequestContext): Promise<InvoiceRead> {
  return invoicesOf(await readState(context));
}

/** The settings on "Inställningar" (through the workbook names); the documented defaults where missing. */
export async function readSettings(context: Excel.RequestContext): Promise<IopSettings> {
  return settingsFrom(await readState(context));
}

/** Writes the settings and recalculates in the same sync, so every IOP.* function sees the new values. */
export async function writeSettings(context: Excel.RequestContext, settings: IopSettings): Promise<void> {
  requireSettings(settings);
  const state = await readState(context);
  const batch = new WriteBatch(context);
  await writeSettingsSheet(batch, state, settings);
  // The string, not Excel.CalculationType.full: the browser preview has no Excel namespace at run time.
  await batch.reserve();
  context.workbook.application.calculate('Full' as Excel.CalculationType);
  await batch.flush();
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
  // The invoices recorded, so the plan's rows carry their statuses' values beside the formulas.
  const invoices = { records: invoicesOf(state).records, today: calendarDateOf(new Date()) };
  const ctx = { committee: report.committee ?? settings.committee, year: report.year ?? settings.baseYear, invoices };
  const stored = new Set((state.tables[TABLES.agreements]?.values ?? []).map((r) => String(r[state.tables[TABLES.agreements]!.headers.indexOf('Avtals-id')] ?? '').trim()));
  // A table whose rows are all the user's (IOP_Fakturor) gets no rows planned: every row stays as it is.
  const incoming = DATA.map((d) => new Map(d.userRows ? [] : agreements.map((a, i) => [keys[i], tableRows(d.kind, a, keys[i], ctx)])));
  // Our columns a user deleted or renamed come back (at the end), so the import's values have a place.
  const tables = DATA.map((d) => withColumns(state.tables[d.table], d.columns));
  const plans = DATA.map((d, i) => planTableRows(tables[i].state, d.columns, incoming[i] as Map<string, PlanCell[][]>, { single: d.kind === 'agreements', identity: d.identity }));
  const warnings = cutLongTexts(plans, DATA.map((d) => d.columns), DATA.map((d) => d.sheet));
  const read = agreementsFromTables(...(plans.map((p, i) => ({ headers: p.headers, rows: p.values as CellValue[][], formulas: p.formulas, errors: p.errors, rowNumbers: p.values.map((_, j) => (state.tables[DATA[i].table]?.row ?? 0) + 2 + j), sheet: state.tables[DATA[i].table]?.sheet })) as [RawTable, RawTable, RawTable, RawTable]));
  const laterFixes = DATA.map((d, i) => applyFixes(plans[i], d.columns, read.fixes.filter((f) => f.table === d.kind)));
  const batch = new WriteBatch(context);
  for (const [i, d] of DATA.entries()) {
    await writeTable(batch, d, state.sheets.includes(d.sheet), tables[i].state, plans[i], tables[i].added);
    await writeFinalFixes(batch, tables[i].state, plans[i], laterFixes[i]);
  }
  // Every row's calculated cells, the stored agreements' too: they hold this overview's committee and year. After
  // every table is written: a table's formulas name other tables' columns, which must stand (back) under our names.
  for (const [i, d] of DATA.entries()) {
    const written = tables[i].state;
    if (written) await writeCalculatedColumns(batch, d, { ...written, headers: plans[i].headers, bodyRows: plans[i].rows.length, bodyIndex: plans[i].rows.map((_, j) => j) }, ctx);
  }
  await writeSettingsSheet(batch, state, settings);

  const reports = buildReportSheets(read.agreements, read.agreements.map((a) => a.id ?? ''), settings, {
    ...ctx,
    positions: read.positions,
    followUpRecords: followUpOf(state, read.agreements).records,
    invoices: invoices.records,
  });
  const written = await writeReports(batch, state, reports.sheets);
  await batch.flush();
  showComputedValues(context, reports.sheets);
  const updated = keys.filter((k) => stored.has(k)).length;
  return {
    sheets: [...DATA.map((d) => d.sheet), SHEETS.settings, ...written],
    agreements: reports.agreements.length,
    added: keys.length - updated,
    updated,
    inPlace: false,
    problems: read.problems,
    warnings,
    syncs: state.syncs + batch.syncs,
  };
}

/**
 * The committee's overview and multi-year plan for a year, from the tables. When the active sheet is the
 * committee's own overview (a header row with seed 004's columns), its rows are filled in place.
 */
export async function fillOverview(context: Excel.RequestContext, options: { year: number; committee: string }): Promise<WriteReport> {
  const state = await readState(context, { active: true });
  const ours: string[] = [SHEETS.overview, SHEETS.plan, EXTRA_SHEETS.calculation, SHEETS.settings, ...DATA.map((d) => d.sheet)];
  const own = state.active && !ours.includes(state.active.name) ? await readOverviewSheet(context, state.active.name) : { sheet: null, syncs: 0 };
  const settings = settingsFrom(state);
  const read = readTables(state);
  const batch = new WriteBatch(context);
  // Text the reader understood is stored as the number (date, label) the report formulas count with.
  for (const d of DATA) {
    const t = state.tables[d.table];
    if (t) await writeFixes(batch, t, read.fixes.filter((f) => f.table === d.kind));
  }
  for (const d of DATA) {
    await restoreHeaders(batch, state.tables[d.table], d.columns);
    const { state: t, added } = withColumns(state.tables[d.table], d.formulaColumns);
    if (t && added.length > 0) await addMissingColumns(batch, d.table, added);
    // A workbook from before a table existed gets it, empty, so the formulas that address it can be written.
    if (!t && d.optional) await writeTable(batch, d, state.sheets.includes(d.sheet), null, planTableRows(null, d.columns, new Map(), { single: false, identity: d.identity }));
  }
  // The calculated columns are written for the overview's committee and year, once every table's columns stand.
  for (const d of DATA) {
    const { state: t } = withColumns(state.tables[d.table], d.formulaColumns);
    if (t) await writeCalculatedColumns(batch, d, t, options);
  }
  const reports = buildReportSheets(read.agreements, read.agreements.map((a) => a.id ?? ''), settings, {
    year: options.year,
    committee: options.committee,
    positions: read.positions,
    followUpRecords: followUpOf(state, read.agreements).records,
    invoices: invoicesOf(state).records,
  });
  const inPlace = own.sheet ? await fillInPlace(batch, own.sheet, reports, options) : null;
  const written = await writeReports(batch, state, reports.sheets, inPlace ? [SHEETS.overview] : []);
  await batch.flush();
  showComputedValues(context, inPlace ? [...reports.sheets, inPlace.computed] : reports.sheets);
  return {
    sheets: inPlace ? [state.active!.name, ...written] : written,
    agreements: reports.agreements.length,
    added: inPlace?.added ?? 0,
    updated: inPlace?.updated ?? 0,
    inPlace: !!inPlace,
    problems: read.problems,
    warnings: [],
    syncs: state.syncs + own.syncs + batch.syncs,
  };
}
