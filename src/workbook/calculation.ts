import type { Agreement } from '../domain/agreement';
import { UNATTRIBUTED_CIVIL } from '../domain/contributions';
import { parseDate } from '../domain/dates';
import { indexedExact } from '../domain/indexation';
import { Ratio, multiply } from '../domain/money';
import { lastPossibleEnd, monthsCoveredInYear, UNLIMITED_EXTENSION_PERIODS } from '../domain/validity';
import { committeePartyFlags } from './committee';
import { TableLayout, wholeColumn } from './layout';
import { EXTRA_SHEETS, ITEM_TYPES, PERIOD_LABELS, SECTOR_LABELS } from './names';
import {
  DATE_FORMAT,
  INTEGER_FORMAT,
  KRONOR_FORMAT,
  PlanCell,
  SheetPlan,
  cellAddress,
  columnLetter,
  formula,
  formulaString,
  num,
  sheetRef,
  text,
} from './plan';
import { isoToSerial } from './status';

/**
 * Sheet "Beräkning": one row per agreement × party × period (base period, with all extensions) and one column
 * per calendar year. Each cell is the exact amount × (1 + rate)^(year − base year) × months/12: indexed per
 * new calendar year, pro-rata by whole months. The reports sum these cells with SUMIFS and round once, per
 * agreement, side and year, as the domain core's schedule does.
 */
export const CALC_COLUMNS = [
  'Avtals-id',
  'Avtal',
  'Part',
  'Sektor',
  'Nämndens',
  'Period',
  'Belopp/år',
  'Indexsats',
  'Basår',
  'Från',
  'Till',
  'Första månad',
  'Sista månad',
  'Kriterium',
] as const;

const C = Object.fromEntries(CALC_COLUMNS.map((h, i) => [h, i])) as Record<(typeof CALC_COLUMNS)[number], number>;
export const CALC_FIRST_YEAR_COLUMN = CALC_COLUMNS.length;

/** Whole column of the calculation sheet, e.g. "Beräkning!$G:$G". */
export function calcColumn(index: number): string {
  const letter = columnLetter(index);
  return `${sheetRef(EXTRA_SHEETS.calculation)}!$${letter}:$${letter}`;
}

export function calcNamedColumn(header: (typeof CALC_COLUMNS)[number]): string {
  return calcColumn(C[header]);
}

export interface CalcRowValues {
  key: string;
  agreement: string;
  party: string;
  sector: 'public' | 'civil';
  committee: boolean;
  period: 'base' | 'extended';
  amount: number;
  /** Exact amount per calendar year (indexed, pro-rata, not yet rounded), aligned with the plan's years. */
  years: Ratio[];
}

export interface Calculation {
  sheet: SheetPlan;
  years: number[];
  rows: CalcRowValues[];
}

/** The calendar years any agreement covers, with all planned extensions. */
export function planYears(agreements: readonly Agreement[]): number[] {
  let first = Infinity;
  let last = -Infinity;
  for (const a of agreements) {
    const { start, end } = a.validity;
    if (!start || !end || end < start) continue;
    first = Math.min(first, parseDate(start).year);
    last = Math.max(last, parseDate(lastPossibleEnd(a.validity) ?? end).year);
  }
  if (first === Infinity) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function monthIndex(iso: string): number {
  const d = parseDate(iso);
  return d.year * 12 + d.month;
}

/** The day that decides whether a month counts (monthsCoveredInYear): the 16th, the 15th in February. */
function middleDay(month: number): number {
  return month === 2 ? 15 : 16;
}

/**
 * First and last counted month as year × 12 + month: a month counts when the period includes its middle
 * day, so the months of a year are the overlap of [first, last] with that year's twelve.
 */
export function countedMonths(start: string, end: string): { first: number; last: number } {
  const s = parseDate(start);
  const e = parseDate(end);
  return {
    first: monthIndex(start) + (s.day <= middleDay(s.month) ? 0 : 1),
    last: monthIndex(end) - (e.day >= middleDay(e.month) ? 0 : 1),
  };
}

/** The exact (unrounded) indexed, pro-rata amount of one party in one year. */
function exactYearAmount(amount: number, year: number, baseYear: number, rate: number, months: number): Ratio {
  if (months === 0 || amount === 0) return { num: 0n, den: 1n };
  return multiply(indexedExact(amount, year, baseYear, rate), { num: BigInt(months), den: 12n });
}

export function addRatios(values: readonly Ratio[]): Ratio {
  return values.reduce((acc, v) => ({ num: acc.num * v.den + v.num * acc.den, den: acc.den * v.den }), { num: 0n, den: 1n });
}

export function ratioToNumber(r: Ratio): number {
  // Scale before dividing so the float keeps its precision whatever the size of the denominator.
  const scaled = (r.num * 10n ** 12n) / r.den;
  return Number(scaled) / 1e12;
}

function partyAmount(a: Agreement, party: string): number {
  const stated = a.contributions.filter((c) => c.party === party);
  const source = stated.length > 0 ? stated : a.costItems.filter((c) => c.party === party);
  return source.reduce((s, c) => s + c.annualAmount, 0);
}

export interface CalcInput {
  agreements: readonly Agreement[];
  keys: readonly string[];
  committee: string;
  years: number[];
  agreementsAt: TableLayout;
  itemsAt: TableLayout;
}

export function buildCalculation(input: CalcInput): Calculation {
  const { agreements, keys, committee, years, agreementsAt, itemsAt } = input;
  const A = (h: string) => wholeColumn(agreementsAt, h);
  const P = (h: string) => wholeColumn(itemsAt, h);
  const header: PlanCell[] = [...CALC_COLUMNS.map((h) => text(h, { bold: true })), ...years.map((y) => num(y, INTEGER_FORMAT))];
  header.slice(CALC_FIRST_YEAR_COLUMN).forEach((c) => (c.bold = true));
  const cells: (PlanCell | null)[][] = [header];
  const rows: CalcRowValues[] = [];

  agreements.forEach((a, ai) => {
    const key = keys[ai];
    const match = `MATCH($A{r},${A('Avtals-id')},0)`;
    const at = (h: string) => `INDEX(${A(h)},${match})`;
    const flags = committeePartyFlags(a, committee);
    const parties = a.parties.map((p, i) => ({ name: p.name, sector: p.sector, committee: flags[i], amount: partyAmount(a, p.name), remainder: false }));
    if (a.annualTotal !== null) {
      const explained = parties.reduce((s, p) => s + p.amount, 0);
      parties.push({ name: UNATTRIBUTED_CIVIL, sector: 'civil', committee: false, amount: Math.max(0, a.annualTotal - explained), remainder: true });
    }
    const { start, end } = a.validity;
    const valid = !!start && !!end && start <= end;
    const span = valid ? { first: parseDate(start!).year, last: parseDate(lastPossibleEnd(a.validity) ?? end!).year } : null;
    const rate = a.indexation?.rate ?? 0;
    const baseYear = a.indexation?.baseYear ?? (start ? parseDate(start).year : null);

    for (const period of ['base', 'extended'] as const) {
      const firstRow = cells.length;
      const till = end ? (period === 'base' ? end : lastPossibleEnd(a.validity)) : null;
      const counted = start && till ? countedMonths(start, till) : null;
      parties.forEach((p) => {
        const r = cells.length;
        const R = String(r + 1);
        const f = (s: string) => s.replace(/\{r\}/g, R);
        const amountFormula = p.remainder
          ? `=MAX(0,N(${at('Totalt/år')})-SUM($G$${firstRow + 1}:$G$${r}))`
          : `=IF(COUNTIFS(${P('Avtals-id')},$A{r},${P('Typ')},"${ITEM_TYPES.contribution}",${P('Part')},$N{r})>0,` +
            `SUMIFS(${P('Belopp/år')},${P('Avtals-id')},$A{r},${P('Typ')},"${ITEM_TYPES.contribution}",${P('Part')},$N{r}),` +
            `SUMIFS(${P('Belopp/år')},${P('Avtals-id')},$A{r},${P('Typ')},"<>${ITEM_TYPES.contribution}",${P('Part')},$N{r}))`;
        const endRef = at('Slut');
        const tillFormula =
          period === 'base'
            ? `=IF(ISNUMBER(${endRef}),${endRef},"")`
            : `=IF(ISNUMBER(${endRef}),IF(N(${at('Förlängning år')})>0,EDATE(${endRef}+1,12*${at('Förlängning år')}*IF(ISNUMBER(${at('Förlängning gånger')}),${at('Förlängning gånger')},${UNLIMITED_EXTENSION_PERIODS}))-1,${endRef}),"")`;
        const yearValues = years.map((y): Ratio => {
          if (!valid || !till) return { num: 0n, den: 1n };
          const months = monthsCoveredInYear(parseDate(start!), parseDate(till), y);
          return exactYearAmount(p.amount, y, baseYear!, rate, months);
        });
        const row: (PlanCell | null)[] = [
          text(key),
          text(a.name),
          text(p.name),
          text(SECTOR_LABELS[p.sector]),
          num(p.committee ? 1 : 0, INTEGER_FORMAT),
          text(PERIOD_LABELS[period]),
          formula(f(amountFormula), p.amount, KRONOR_FORMAT),
          formula(f(`=N(${at('Indexsats')})`), rate, '0.0%'),
          formula(f(`=IF(ISNUMBER(${at('Basår')}),${at('Basår')},IF(ISNUMBER($J{r}),YEAR($J{r}),""))`), baseYear ?? '', INTEGER_FORMAT),
          formula(f(`=IF(ISNUMBER(${at('Start')}),${at('Start')},"")`), start ? isoToSerial(start) : '', DATE_FORMAT),
          formula(f(tillFormula), till ? isoToSerial(till) : '', DATE_FORMAT),
          formula(
            f(`=IF(ISNUMBER($J{r}),YEAR($J{r})*12+MONTH($J{r})+IF(DAY($J{r})<=IF(MONTH($J{r})=2,15,16),0,1),"")`),
            start ? countedMonths(start, start).first : '',
            INTEGER_FORMAT,
          ),
          formula(
            f(
              `=IF(AND(ISNUMBER($J{r}),ISNUMBER($K{r})),YEAR($K{r})*12+MONTH($K{r})-IF(DAY($K{r})>=IF(MONTH($K{r})=2,15,16),0,1),"")`,
            ),
            counted ? counted.last : '',
            INTEGER_FORMAT,
          ),
          p.remainder
            ? text('')
            : formula(f(`="="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($C{r},"~","~~"),"*","~*"),"?","~?")`), escapeCriterion(p.name)),
          ...years.map((y, yi) => {
            // Years the agreement cannot reach even with every extension stay empty (SUMIFS reads them as 0):
            // that halves a large workbook.
            if (!span || y < span.first || y > span.last) return null;
            const Y = `${columnLetter(CALC_FIRST_YEAR_COLUMN + yi)}$1`;
            return formula(
              f(`=IF(ISNUMBER($M{r}),$G{r}*(1+$H{r})^(${Y}-$I{r})*MAX(0,MIN($M{r},${Y}*12+12)-MAX($L{r},${Y}*12+1)+1)/12,0)`),
              ratioToNumber(yearValues[yi]),
              KRONOR_FORMAT,
            );
          }),
        ];
        cells.push(row);
        rows.push({ key, agreement: a.name, party: p.name, sector: p.sector, committee: p.committee, period, amount: p.amount, years: yearValues });
      });
    }
  });

  const widths = [24, 28, 28, 10, 9, 16, 13, 9, 7, 11, 11, 9, 9, 12, ...years.map(() => 12)];
  return {
    sheet: { name: EXTRA_SHEETS.calculation, cells, tables: [], columnWidths: widths, frozenRows: 1 },
    years,
    rows,
  };
}

/** The text the Kriterium formula yields: "=" and the name with SUMIFS wildcards escaped. */
function escapeCriterion(name: string): string {
  return '=' + name.replace(/~/g, '~~').replace(/\*/g, '~*').replace(/\?/g, '~?');
}

export { cellAddress, formulaString };
