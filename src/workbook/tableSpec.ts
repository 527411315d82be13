import { INVOICE_CALCULATED_COLUMNS, INVOICE_COLUMNS, INVOICE_PLAN_CALCULATED_COLUMNS, INVOICE_PLAN_COLUMNS, INVOICE_PLAN_SHEET, INVOICE_PLAN_TABLE, INVOICE_SHEET, INVOICE_TABLE, INVOICING_COLUMNS } from './names';
import { AGREEMENT_CALCULATED_COLUMNS, AGREEMENT_COLUMNS, EXTRA_SHEETS, PARTY_CALCULATED_COLUMNS, YEAR_AMOUNT_CALCULATED_COLUMNS, FOLLOW_UP_COLUMNS, FOLLOW_UP_SHEET, FOLLOW_UP_TABLE, ITEM_COLUMNS, ITEM_EXTRA_COLUMNS, ITEM_TYPES, PARTY_COLUMNS, PARTY_TABLE, SHEETS, TABLES, YEAR_AMOUNT_COLUMNS, YEAR_AMOUNT_SHEET, YEAR_AMOUNT_TABLE } from './names';

export type TableKind = 'agreements' | 'parties' | 'items' | 'yearAmounts' | 'followUp' | 'invoicePlan' | 'invoices';

/**
 * One data table as every part of the add-in sees it: the plan writes it, both writers create and merge it,
 * the read-back reads it and the report formulas address its columns by these names.
 */
export interface TableSpec {
  kind: TableKind;
  sheet: string;
  table: string;
  /** Our columns, in order (the data columns, then the calculated ones); a user's own columns may stand between and after them. */
  columns: readonly string[];
  /** Our calculated columns (a formula in every row, src/workbook/calculatedColumns.ts): written, never read back as data. */
  calculated: readonly string[];
  /** Column widths in characters, per column of ours. */
  widths: readonly number[];
  /** Columns whose absence would change amounts or periods: without them no agreement with rows there is read. */
  required: readonly string[];
  /** Columns the report formulas address: a table that lost one gets it back, empty, so the formulas can be written. */
  formulaColumns: readonly string[];
  /** Which of an agreement's rows is "the same row" across imports (so a user's own cells stay on it). */
  identity: (get: (column: string) => unknown) => string;
  /** A table older workbooks may lack: reading without it is reading it empty. */
  optional?: boolean;
  /** Data columns older workbooks lack (the invoicing terms): without them the values read as not stated, without a word. */
  optionalColumns?: readonly string[];
  /**
   * Every row is the user's (IOP_Fakturor): saving or deleting an agreement never writes, replaces or deletes one,
   * and undo puts its rows back only after a change that recorded them (registering an invoice).
   */
  userRows?: boolean;
}

const text = (v: unknown) => String(v ?? '');

export const TABLE_SPECS: Record<TableKind, TableSpec> = {
  agreements: {
    kind: 'agreements',
    sheet: SHEETS.agreements,
    table: TABLES.agreements,
    columns: [...AGREEMENT_COLUMNS, ...INVOICING_COLUMNS, ...AGREEMENT_CALCULATED_COLUMNS],
    calculated: AGREEMENT_CALCULATED_COLUMNS,
    widths: [24, 30, 36, 40, 9, 12, 12, 10, 10, 10, 8, 14, 12, 12, 10, 11, 12, 13, 9, 13, 28, 28, 12, 12, 24, 30, 30, 15, 16, 13, 14, 24, 40, ...AGREEMENT_CALCULATED_COLUMNS.map(() => 13)],
    required: ['Avtals-id', 'Namn', 'Start', 'Slut', 'Förlängning år', 'Förlängning gånger', 'Indexsats', 'Basår', 'Totalt/år'],
    formulaColumns: [...AGREEMENT_COLUMNS, ...INVOICING_COLUMNS, ...AGREEMENT_CALCULATED_COLUMNS],
    identity: () => '',
    optionalColumns: INVOICING_COLUMNS,
  },
  parties: {
    kind: 'parties',
    sheet: EXTRA_SHEETS.parties,
    table: PARTY_TABLE,
    columns: [...PARTY_COLUMNS, ...PARTY_CALCULATED_COLUMNS],
    calculated: PARTY_CALCULATED_COLUMNS,
    widths: [24, 30, 34, 14, 11, 28, 14, 10, 10],
    required: ['Avtals-id', 'Part', 'Sektor'],
    formulaColumns: ['Avtals-id', 'Part', 'Sektor', 'Enhet', ...PARTY_CALCULATED_COLUMNS],
    identity: (get) => text(get('Part')),
  },
  items: {
    kind: 'items',
    sheet: SHEETS.items,
    table: TABLES.items,
    columns: [...ITEM_COLUMNS, ...ITEM_EXTRA_COLUMNS],
    calculated: [],
    widths: [24, 30, 13, 30, 11, 44, 14, 8, 11, 8, 9],
    required: ['Avtals-id', 'Typ', 'Part', 'Benämning', 'Belopp/år'],
    formulaColumns: ['Avtals-id', 'Typ', 'Part', 'Belopp/år'],
    identity: (get) => [get('Typ') ?? ITEM_TYPES.costItem, get('Part'), get('Benämning')].map(text).join('\u0001'),
  },
  yearAmounts: {
    kind: 'yearAmounts',
    sheet: YEAR_AMOUNT_SHEET,
    table: YEAR_AMOUNT_TABLE,
    columns: [...YEAR_AMOUNT_COLUMNS, ...YEAR_AMOUNT_CALCULATED_COLUMNS],
    calculated: YEAR_AMOUNT_CALCULATED_COLUMNS,
    widths: [24, 30, 13, 30, 44, 8, 14, 9, 8, 14, 11, 10],
    required: ['Avtals-id', 'Typ', 'Part', 'Benämning', 'År', 'Belopp'],
    formulaColumns: ['Avtals-id', 'Typ', 'Part', 'Benämning', 'År', 'Belopp', ...YEAR_AMOUNT_CALCULATED_COLUMNS],
    identity: (get) => [get('Typ') ?? ITEM_TYPES.costItem, get('Part'), get('Benämning'), get('År')].map(text).join('\u0001'),
    optional: true,
  },
  followUp: {
    kind: 'followUp',
    sheet: FOLLOW_UP_SHEET,
    table: FOLLOW_UP_TABLE,
    columns: FOLLOW_UP_COLUMNS,
    calculated: [],
    widths: [24, 30, 7, 10, 12, 14, 7, 50, 9],
    required: ['Avtals-id', 'År'],
    formulaColumns: [],
    identity: (get) => text(get('År')),
    optional: true,
  },
  invoicePlan: {
    kind: 'invoicePlan',
    sheet: INVOICE_PLAN_SHEET,
    table: INVOICE_PLAN_TABLE,
    columns: [...INVOICE_PLAN_COLUMNS, ...INVOICE_PLAN_CALCULATED_COLUMNS],
    calculated: INVOICE_PLAN_CALCULATED_COLUMNS,
    widths: [24, 30, 26, 30, 16, 7, 7, 7, 14, 12, 8, 14, 14, 24, ...INVOICE_PLAN_CALCULATED_COLUMNS.slice(6).map(() => 11)],
    required: ['Avtals-id', 'Part', 'Period', 'År', 'Från månad', 'Till månad'],
    formulaColumns: [...INVOICE_PLAN_COLUMNS, ...INVOICE_PLAN_CALCULATED_COLUMNS],
    identity: (get) => [get('Part'), get('Period')].map(text).join('\u0001'),
    optional: true,
  },
  invoices: {
    kind: 'invoices',
    sheet: INVOICE_SHEET,
    table: INVOICE_TABLE,
    columns: [...INVOICE_COLUMNS, ...INVOICE_CALCULATED_COLUMNS],
    calculated: INVOICE_CALCULATED_COLUMNS,
    widths: [24, 30, 24, 14, 12, 16, 14, 16, 12, 16, 30, 14, 12, 34],
    required: ['Avtals-id', 'Part', 'Period', 'Belopp'],
    formulaColumns: [...INVOICE_COLUMNS, ...INVOICE_CALCULATED_COLUMNS],
    identity: (get) => [get('Fakturanummer'), get('Period')].map(text).join('\u0001'),
    optional: true,
    userRows: true,
  },
};

/** The data tables in the order their sheets appear and are written. */
export const DATA_TABLES: readonly TableSpec[] = [
  TABLE_SPECS.agreements,
  TABLE_SPECS.parties,
  TABLE_SPECS.items,
  TABLE_SPECS.yearAmounts,
  TABLE_SPECS.followUp,
  TABLE_SPECS.invoicePlan,
  TABLE_SPECS.invoices,
];

export function specOfTable(table: string): TableSpec | undefined {
  return DATA_TABLES.find((s) => s.table === table);
}
