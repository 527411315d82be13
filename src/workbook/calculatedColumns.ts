import type { Agreement } from '../domain/agreement';
import { committeePartyFlags, committeeStem, namesCommittee } from '../domain/committee';
import { partyAmounts, partyAnnualAmount, usesContributions } from '../domain/contributions';
import { parseDate, type DateParts } from '../domain/dates';
import { indexYearOf, stepMonthOf } from '../domain/indexation';
import type { InvoiceRecord } from '../domain/invoiceCheck';
import type { Ratio } from '../domain/money';
import { indexRuleOf, indexedMonthsWeight, yearMonths } from '../domain/schedule';
import { effectiveEnd, periodStart, plannableEnd } from '../domain/validity';
import { decidedFigures } from '../domain/yearReport';
import {
  countedMonthFormula,
  exactly,
  indexWeightFormula,
  monthShareFormula,
  plannedEndFormula,
  sideYearFormula,
  tableColumn,
  thisRow,
} from './calculation';
import { AGREEMENT_CALCULATED_COLUMNS, ITEM_TYPES, PARTY_CALCULATED_COLUMNS, PARTY_TABLE, SECTOR_LABELS, TABLES, YEAR_AMOUNT_CALCULATED_COLUMNS, YEAR_AMOUNT_TABLE } from './names';
import { CellValue, DATE_FORMAT, INTEGER_FORMAT, KRONOR_FORMAT, PlanCell, formulaString } from './plan';
import { invoiceCalculatedFormulas } from './invoiceColumns';
import { isoToSerial } from './status';
import type { TableKind } from './tableSpec';

/*
 * The calculated columns of the data tables. Each column has one formula for every row: it reads its own row and
 * its agreement's rows in the other tables by Avtals-id (never by position, so sorting, filtering and rows added by
 * hand keep it right), and the overview's committee and year written into it. IOP_Poster, the table officials add
 * rows to most, has none: IOP_Parter and IOP_Belopp read its rows with SUMIFS on its own columns, so a row typed by
 * hand counts whatever Excel's AutoCorrect settings. Each cell carries the domain's value (cached in the .xlsx,
 * shown by the preview); the property test proves formula and domain equal.
 */

/** The overview the calculated columns are written for: its committee (whose cost "Kostnad AN" is) and year. */
export interface CalculationContext {
  committee: string;
  year: number;
  /**
   * The invoices recorded (IOP_Fakturor) and the day the values are computed on (TODAY() in the sheet), for the
   * invoice tables' values (src/workbook/invoiceColumns.ts); none recorded and the real day when absent.
   */
  invoices?: { records: readonly InvoiceRecord[]; today: string };
}

const A = TABLES.agreements;
const P = TABLES.items;
const T = PARTY_TABLE;
const B = YEAR_AMOUNT_TABLE;
const CONTRIBUTION = formulaString(ITEM_TYPES.contribution);
const PUBLIC = formulaString(SECTOR_LABELS.public);
const CIVIL = formulaString(SECTOR_LABELS.civil);

/** A party's SUMIFS (or COUNTIFS) over its IOP_Poster rows of one type ("<>Bidrag": every type but contributions). */
function partyItems(fn: 'SUMIFS' | 'COUNTIFS', key: string, party: string, type: string): string {
  const sum = fn === 'SUMIFS' ? `${tableColumn(P, 'Belopp/år')},` : '';
  return `${fn}(${sum}${tableColumn(P, 'Avtals-id')},${key},${tableColumn(P, 'Typ')},${type},${tableColumn(P, 'Part')},${exactly(party)})`;
}

/** IOP_Parter: the party's yearly amount (partyAnnualAmount) and the committee test (committeePartyFlags). */
function partyFormulas(ctx: CalculationContext): string[] {
  const R = (c: string) => thisRow(T, c);
  const key = R('Avtals-id');
  const amount = `=IF(${partyItems('COUNTIFS', key, R('Part'), CONTRIBUTION)}>0,${partyItems('SUMIFS', key, R('Part'), CONTRIBUTION)},${partyItems('SUMIFS', key, R('Part'), formulaString(`<>${ITEM_TYPES.contribution}`))})`;
  // namesCommittee: the party's name and unit, folded, hold the committee's stem.
  const stem = committeeStem(ctx.committee);
  const folded = `LOWER(TRIM(${R('Part')}&" "&${R('Enhet')}))`;
  const names = stem ? `=IF(AND(${R('Sektor')}=${PUBLIC},ISNUMBER(FIND(${formulaString(stem)},${folded}))),1,0)` : '=0';
  // committeePartyFlags: the public parties that name the committee, or — when none does — every public party
  // that names no committee at all.
  const noCommittee = ['nämnd', 'styrelse', 'fullmäktige'].map((w) => `ISERROR(FIND("${w}",LOWER(${R('Part')}&" "&${R('Enhet')})))`).join('*');
  const flag = `=IF(${R('Sektor')}<>${PUBLIC},0,IF(COUNTIFS(${tableColumn(T, 'Avtals-id')},${key},${tableColumn(T, 'Nämner nämnden')},1)>0,${R('Nämner nämnden')},IF(${noCommittee},1,0)))`;
  return [amount, names, flag];
}

/**
 * IOP_Belopp: whether the row counts (its Typ is the one its party's amount comes from: partySourceItems), the
 * yearly amount of the items it stands in for, its party's side and whether that party is the committee's.
 */
function yearAmountFormulas(): string[] {
  const R = (c: string) => thisRow(B, c);
  const key = R('Avtals-id');
  const inParties = (criterion: string) => `COUNTIFS(${tableColumn(T, 'Avtals-id')},${key},${tableColumn(T, 'Part')},${exactly(R('Part'))},${criterion})>0`;
  return [
    `=IF(${partyItems('COUNTIFS', key, R('Part'), CONTRIBUTION)}>0,IF(${R('Typ')}=${CONTRIBUTION},1,0),IF(${R('Typ')}<>${CONTRIBUTION},1,0))`,
    `=SUMIFS(${tableColumn(P, 'Belopp/år')},${tableColumn(P, 'Avtals-id')},${key},${tableColumn(P, 'Typ')},${exactly(R('Typ'))},${tableColumn(P, 'Part')},${exactly(R('Part'))},${tableColumn(P, 'Benämning')},${exactly(R('Benämning'))})`,
    `=IF(${inParties(`${tableColumn(T, 'Sektor')},${PUBLIC}`)},${PUBLIC},${CIVIL})`,
    `=IF(${inParties(`${tableColumn(T, 'Nämndens part')},1`)},1,0)`,
  ];
}

/** IOP_Avtal: derived dates and months, the index rule, the sides per year, and the figures in the overview's year. */
function agreementFormulas(ctx: CalculationContext): string[] {
  const R = (c: string) => thisRow(A, c);
  const key = R('Avtals-id');
  const parties = (criterion: string) => `SUMIFS(${tableColumn(T, 'Belopp per år')},${tableColumn(T, 'Avtals-id')},${key},${criterion})`;
  const stated = (column: 'Ersätter' | 'Belopp', criterion: string) =>
    `SUMIFS(${tableColumn(B, column)},${tableColumn(B, 'Avtals-id')},${key},${criterion},${tableColumn(B, 'År')},${R('Översiktsår')},${tableColumn(B, 'Räknas')},1)`;
  const operands = { first: R('Första månad'), last: R('Sista månad'), year: R('Översiktsår'), step: R('Steg månad'), rate: `N(${R('Indexsats')})`, baseYear: R('Basår räknat') };
  const hasPeriod = `AND(ISNUMBER(${R('Första månad')}),ISNUMBER(${R('Sista månad')}))`;
  const inYear = (amount: string, criterion: string) =>
    `=IF(ISNUMBER(${R('Indexandel översiktsåret')}),${sideYearFormula(amount, stated('Ersätter', criterion), stated('Belopp', criterion), R('Indexandel översiktsåret'), R('Månadsandel översiktsåret'))},"")`;
  const from = R('Räknas från');
  return [
    // periodStart: the start, else the first day of the year the committee's overview records it in force.
    `=IF(ISNUMBER(${R('Start')}),${R('Start')},IF(ISNUMBER(${R('I kraft år')}),DATE(${R('I kraft år')},1,1),""))`,
    // effectiveEnd: a recorded extension's end when it is later.
    `=IF(ISNUMBER(${R('Slut')}),MAX(${R('Slut')},N(${R('Förlängt till')})),"")`,
    `=${plannedEndFormula(R, R('Räknas till'))}`,
    `=${countedMonthFormula(from, 'first')}`,
    `=${countedMonthFormula(R('Räknas till'), 'last')}`,
    `=${countedMonthFormula(R('Till med förlängningar'), 'last')}`,
    // indexRuleOf: the stated base year, else the index year of the first month.
    `=IF(ISNUMBER(${R('Basår')}),${R('Basår')},IF(ISNUMBER(${from}),YEAR(${from})-IF(MONTH(${from})<${R('Steg månad')},1,0),""))`,
    `=IF(ISNUMBER(${R('Uppräkningsmånad')}),${R('Uppräkningsmånad')},1)`,
    `=${parties(`${tableColumn(T, 'Sektor')},${PUBLIC}`)}`,
    // civilRemainder: a stated total's rest is the civil side's when no civil party states an amount.
    `=IF(${parties(`${tableColumn(T, 'Sektor')},${CIVIL}`)}>0,0,MAX(0,N(${R('Totalt/år')})-${R('Offentlig per år')}))`,
    `=${parties(`${tableColumn(T, 'Sektor')},${CIVIL}`)}+${R('Ej fördelat per år')}`,
    `=${parties(`${tableColumn(T, 'Nämndens part')},1`)}`,
    `=${R('Offentlig per år')}+${R('Idéburen per år')}`,
    `=${ctx.year}`,
    `=IF(${hasPeriod},${indexWeightFormula(operands)},"")`,
    `=IF(${hasPeriod},${monthShareFormula(operands)},"")`,
    inYear(R('Offentlig per år'), `${tableColumn(B, 'Sektor')},${PUBLIC}`),
    inYear(R('Idéburen per år'), `${tableColumn(B, 'Sektor')},${CIVIL}`),
    inYear(R('Nämndens per år'), `${tableColumn(B, 'Nämndens')},1`),
    `=IF(ISNUMBER(${R('Offentlig översiktsåret')}),${R('Offentlig översiktsåret')}+${R('Idéburen översiktsåret')},"")`,
  ];
}

/** The formula of each calculated column of a table (the same in every row), in the order of its spec. */
export function calculatedFormulas(kind: TableKind, ctx: CalculationContext): string[] {
  const key = `${kind}\u0000${ctx.committee}\u0000${ctx.year}`;
  let formulas = formulaCache.get(key);
  if (!formulas) {
    formulas = kind === 'agreements' ? agreementFormulas(ctx) : kind === 'parties' ? partyFormulas(ctx) : kind === 'yearAmounts' ? yearAmountFormulas() : kind === 'invoicePlan' || kind === 'invoices' ? invoiceCalculatedFormulas(kind) : [];
    // A plan has one overview's committee and year: keep the last few only.
    if (formulaCache.size > 30) formulaCache.clear();
    formulaCache.set(key, formulas);
  }
  return formulas;
}

const formulaCache = new Map<string, string[]>();

const FORMATS: Record<string, string> = {
  'Räknas från': DATE_FORMAT,
  'Räknas till': DATE_FORMAT,
  'Till med förlängningar': DATE_FORMAT,
  'Indexandel översiktsåret': '0.000000',
  'Månadsandel översiktsåret': '0.000000',
  Sektor: '@',
};

function cells(columns: readonly string[], formulas: readonly string[], values: readonly CellValue[]): PlanCell[] {
  return columns.map((column, i) => {
    const format = FORMATS[column] ?? (/per år|översiktsåret|Ersätter/.test(column) ? KRONOR_FORMAT : INTEGER_FORMAT);
    return { formula: formulas[i], value: values[i], ...(format === '@' ? {} : { format }) };
  });
}

const ratioNumber = (r: Ratio): number => Number((r.num * 10n ** 15n) / r.den) / 1e15;
const serialOrEmpty = (iso: string | null): number | string => (iso ? isoToSerial(iso) : '');

/** The first or last counted month of a date as year × 12 + month, as countedMonthFormula computes it. */
function countedMonth(d: DateParts, which: 'first' | 'last'): number {
  const middle = d.month === 2 ? 15 : 16;
  const base = d.year * 12 + d.month;
  return which === 'first' ? base + (d.day <= middle ? 0 : 1) : base - (d.day >= middle ? 0 : 1);
}

/** IOP_Parter's calculated cells for one party, with the domain's values. */
export function partyCalculatedCells(a: Agreement, partyIndex: number, ctx: CalculationContext): PlanCell[] {
  const p = a.parties[partyIndex];
  const values = [partyAnnualAmount(a, p.name), p.sector === 'public' && namesCommittee(p, ctx.committee) ? 1 : 0, committeePartyFlags(a, ctx.committee)[partyIndex] ? 1 : 0];
  return cells(PARTY_CALCULATED_COLUMNS, calculatedFormulas('parties', ctx), values);
}

/** IOP_Belopp's calculated cells for one stated amount, with the domain's values. */
export function yearAmountCalculatedCells(a: Agreement, row: { type: string; party: string; label: string }, ctx: CalculationContext): PlanCell[] {
  const party = a.parties.find((p) => p.name === row.party);
  const flags = committeePartyFlags(a, ctx.committee);
  const items = row.type === ITEM_TYPES.contribution ? a.contributions.filter((c) => c.party === row.party) : a.costItems.filter((c) => c.party === row.party && c.label === row.label);
  const values = [
    usesContributions(a, row.party) === (row.type === ITEM_TYPES.contribution) ? 1 : 0,
    items.reduce((s, c) => s + c.annualAmount, 0),
    party?.sector === 'public' ? SECTOR_LABELS.public : SECTOR_LABELS.civil,
    party && flags[a.parties.indexOf(party)] ? 1 : 0,
  ];
  return cells(YEAR_AMOUNT_CALCULATED_COLUMNS, calculatedFormulas('yearAmounts', ctx), values);
}

/** IOP_Avtal's calculated cells for one agreement, with the domain's values. */
export function agreementCalculatedCells(a: Agreement, ctx: CalculationContext): PlanCell[] {
  const first = periodStart(a.validity);
  const start = first ? parseDate(first.date) : null;
  const decided = effectiveEnd(a.validity);
  const planned = a.validity.end ? plannableEnd(a.validity) : null;
  const step = stepMonthOf(a.indexation);
  const amounts = partyAmounts(a);
  const side = (sector: 'public' | 'civil') => amounts.filter((p) => p.sector === sector).reduce((s, p) => s + p.annualAmount, 0);
  const remainder = amounts.find((p) => p.unattributed)?.annualAmount ?? 0;
  const flags = committeePartyFlags(a, ctx.committee);
  const own = a.parties.filter((_, i) => flags[i]).reduce((s, p) => s + partyAnnualAmount(a, p.name), 0);
  // The decided period's weights in the overview's year (indexedMonthsWeight); none without a start and an end.
  let weight: number | '' = '';
  let share: number | '' = '';
  if (start && decided) {
    const rule = indexRuleOf(a, start);
    const months = yearMonths(start, parseDate(decided), ctx.year, rule.stepMonth);
    weight = ratioNumber(indexedMonthsWeight(months, ctx.year, rule));
    share = (months.early + months.late) / 12;
  }
  // Dates that give a period: the domain's figures for it (0 when it ends before it starts); none without.
  const figures = weight === '' ? null : (decidedFigures(a, ctx.committee, ctx.year) ?? { public: 0, civil: 0, committee: 0, total: 0 });
  const values: CellValue[] = [
    serialOrEmpty(first?.date ?? null),
    serialOrEmpty(decided),
    serialOrEmpty(planned),
    start ? countedMonth(start, 'first') : '',
    decided ? countedMonth(parseDate(decided), 'last') : '',
    planned ? countedMonth(parseDate(planned), 'last') : '',
    a.indexation?.baseYear ?? (start ? indexYearOf(start.year, start.month, step) : ''),
    step,
    side('public'),
    remainder,
    side('civil'),
    own,
    side('public') + side('civil'),
    ctx.year,
    weight,
    share,
    figures?.public ?? '',
    figures?.civil ?? '',
    figures?.committee ?? '',
    figures?.total ?? '',
  ];
  return cells(AGREEMENT_CALCULATED_COLUMNS, calculatedFormulas('agreements', ctx), values);
}
