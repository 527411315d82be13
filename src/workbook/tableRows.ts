import type { Agreement } from '../domain/agreement';
import { calendarDateOf } from '../domain/dates';
import { CalculationContext, agreementCalculatedCells, partyCalculatedCells, yearAmountCalculatedCells } from './calculatedColumns';
import { IMPORT_SOURCE, ITEM_COLUMNS, ITEM_EXTRA_COLUMNS, ITEM_TYPES, SECTOR_LABELS } from './names';
import { DATE_FORMAT, INTEGER_FORMAT, KRONOR_FORMAT, PlanCell, num, text } from './plan';
import { isoToSerial } from './status';
import { invoicePlanRows } from './invoiceColumns';
import { invoicingCells } from './invoicingTerms';
import type { TableKind } from './tableSpec';

/* Writing the data tables' rows: one agreement's rows per table, in the table spec's column order. */

export const ALL_ITEM_COLUMNS = [...ITEM_COLUMNS, ...ITEM_EXTRA_COLUMNS] as const;

function dateCell(iso: string | null): PlanCell {
  return iso ? num(isoToSerial(iso), DATE_FORMAT) : text('');
}

function optionalNumber(value: number | null | undefined, format?: string): PlanCell {
  return value === null || value === undefined ? text('') : num(value, format);
}

/** One IOP_Avtal row, in AGREEMENT_COLUMNS order, the invoicing terms (INVOICING_COLUMNS), then its calculated columns. */
export function agreementRow(a: Agreement, key: string, ctx: CalculationContext): PlanCell[] {
  return [...agreementData(a, key), ...invoicingCells(a), ...agreementCalculatedCells(a, ctx)];
}

function agreementData(a: Agreement, key: string): PlanCell[] {
  const ext = a.validity.extension;
  return [
    text(key),
    text(a.name),
    text(a.targetGroup),
    text(a.purpose),
    optionalNumber(a.places),
    dateCell(a.validity.start),
    dateCell(a.validity.end),
    optionalNumber(ext?.years),
    optionalNumber(ext?.times),
    optionalNumber(a.indexation?.rate, '0.0%'),
    optionalNumber(a.indexation?.baseYear, INTEGER_FORMAT),
    optionalNumber(a.annualTotal, KRONOR_FORMAT),
    dateCell(a.validity.extendedEnd ?? null),
    optionalNumber(a.validity.noticeMonths, INTEGER_FORMAT),
    optionalNumber(a.followUp?.meetingsPerYear, INTEGER_FORMAT),
    optionalNumber(a.followUp?.reportsPerYear, INTEGER_FORMAT),
    // "02-15" stays text: the day of the year after the reported year (the writers keep Excel from making it a date).
    text(a.followUp?.reportDue ?? ''),
    optionalNumber(a.followUp?.extensionDecisionMonths, INTEGER_FORMAT),
    optionalNumber(a.validity.inForceYear, INTEGER_FORMAT),
    optionalNumber(a.indexation?.stepMonth, INTEGER_FORMAT),
    text(a.overviewText?.targetGroup ?? ''),
    text(a.overviewText?.purpose ?? ''),
  ];
}

/** IOP_Parter rows of one agreement, in PARTY_COLUMNS order, then their calculated columns. */
export function partyRows(a: Agreement, key: string, ctx: CalculationContext): PlanCell[][] {
  return a.parties.map((p, i) => [text(key), text(a.name), text(p.name), text(p.orgNumber), text(SECTOR_LABELS[p.sector]), text(p.unit), ...partyCalculatedCells(a, i, ctx)]);
}

/** IOP_Poster rows of one agreement (cost items, then stated contributions), in ALL_ITEM_COLUMNS order. */
export function itemRows(a: Agreement, key: string): PlanCell[][] {
  const sectorOf = (party: string) => {
    const p = a.parties.find((x) => x.name === party);
    return p ? SECTOR_LABELS[p.sector] : '';
  };
  const items = a.costItems.map((c) => [
    text(key),
    text(a.name),
    text(ITEM_TYPES.costItem),
    text(c.party),
    text(sectorOf(c.party)),
    text(c.label),
    num(c.annualAmount, KRONOR_FORMAT),
    optionalNumber(c.quantity),
    optionalNumber(c.fte),
    optionalNumber(c.hours),
    text(IMPORT_SOURCE),
  ]);
  const contributions = a.contributions.map((c) => [
    text(key),
    text(a.name),
    text(ITEM_TYPES.contribution),
    text(c.party),
    text(sectorOf(c.party)),
    text(''),
    num(c.annualAmount, KRONOR_FORMAT),
    text(''),
    text(''),
    text(''),
    text(IMPORT_SOURCE),
  ]);
  return [...items, ...contributions];
}

/** IOP_Belopp rows of one agreement: each amount stated for one calendar year, cost items then contributions. */
export function yearAmountRows(a: Agreement, key: string, ctx: CalculationContext): PlanCell[][] {
  const row = (type: string, party: string, label: string, year: number, amount: number) => [
    text(key),
    text(a.name),
    text(type),
    text(party),
    text(label),
    num(year, INTEGER_FORMAT),
    num(amount, KRONOR_FORMAT),
    text(IMPORT_SOURCE),
    ...yearAmountCalculatedCells(a, { type, party, label }, ctx),
  ];
  return [
    ...a.costItems.flatMap((c) => (c.yearAmounts ?? []).map((y) => row(ITEM_TYPES.costItem, c.party, c.label, y.year, y.amount))),
    ...a.contributions.flatMap((c) => (c.yearAmounts ?? []).map((y) => row(ITEM_TYPES.contribution, c.party, '', y.year, y.amount))),
  ];
}

/** An agreement's rows of one data table. */
export function tableRows(kind: TableKind, a: Agreement, key: string, ctx: CalculationContext): PlanCell[][] {
  // The follow-up and invoice tables hold what the user recorded, never anything of the agreement's documents.
  if (kind === 'followUp' || kind === 'invoices') return [];
  if (kind === 'invoicePlan') return invoicePlanRows(a, key, agreementCalculatedCells(a, ctx), ctx.invoices ?? { records: [], today: calendarDateOf(new Date()) });
  if (kind === 'agreements') return [agreementRow(a, key, ctx)];
  if (kind === 'yearAmounts') return yearAmountRows(a, key, ctx);
  return kind === 'parties' ? partyRows(a, key, ctx) : itemRows(a, key);
}
