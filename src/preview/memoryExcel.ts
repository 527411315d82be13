/**
 * An in-memory stand-in for the part of the Excel JavaScript API the add-in uses, as strict as Excel: it keeps
 * Office.js's proxy rules (load and sync before reading; `*OrNullObject` answers after a sync), counts every
 * sync with the bytes it sends and receives, and refuses what Excel refuses (see memory/: limits, names, the
 * shape of arrays, overlapping tables, rows of filtered tables). It models filters, calculated columns and
 * worksheets.onChanged for the add-in's own writes. Built from Microsoft's documentation of the API.
 *
 * Formula cells get their displayed value from an optional calculator, e.g. one built from the sheet plan's
 * computed values, so the browser preview shows the numbers the domain core computed.
 */
export { MemoryWorkbook } from './memory/workbook';
export type { GridCell } from './memory/workbook';
export { MemoryContext } from './memory/context';
export type { Calculator, ChangedEvent } from './memory/context';
export { MemoryExcelError } from './memory/errors';
export { LIMITS } from './memory/limits';
export { arithmetic, parseInput } from './memory/input';
