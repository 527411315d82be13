import type { Agreement } from '../domain/agreement';
import { UNATTRIBUTED_CIVIL, partyAnnualAmount, unexplainedCivilAmount } from '../domain/contributions';
import { parseDate } from '../domain/dates';
import { indexFactor } from '../domain/indexation';
import { Ratio, multiply, ratioOf, requireAmount } from '../domain/money';
import { plannableEnd, monthsCoveredInYear, UNLIMITED_EXTENSION_PERIODS } from '../domain/validity';
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
    const final = plannableEnd(a.validity);
    if (!start || !end || end < start || !final) continue;
    first = Math.min(first, parseDate(start).year);
    last = Math.max(last, parseDate(final).year);
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

export function addRatios(values: readonly Ratio[]): Ratio {
  return values.reduce((acc, v) => ({ num: acc.num * v.den + v.num * acc.den, den: acc.den * v.den }), { num: 0n, den: 1n });
}

export function ratioToNumber(r: Ratio): number {
  // Scale before dividing so the float keeps its precision whatever the size of the denominator.
  const scaled = (r.num * 10n ** 12n) / r.den;
  return Number(scaled) / 1e12;
}

/**
 * The civil remainder of a stated total (unexplainedCivilAmount): nothing when a civil party of the block
 * (rows first…last of Beräkning) states an amount, otherwise the total less every party's amount.
 */
function remainderFormula(total: string, first: number, last: number): string {
  const amounts = `$G$${first}:$G$${last}`;
  return `=IF(SUMIFS(${amounts},$D$${first}:$D$${last},"${SECTOR_LABELS.civil}")>0,0,MAX(0,${total}-SUM(${amounts})))`;
}

export interface CalcInput {
  agreements: readonly Agreement[];
  keys: readonly string[];
  committee: string;
  years: number[];
  agreementsAt: TableLayout;
  itemsAt: TableLayout;
}

/**
 * A formula with "{r}" where the row number goes, split once so each row only joins (the calculation sheet has
 * ~100 000 formula cells for 1 000 agreements; per-row regex replaces and rebuilt references showed up as
 * garbage-collection time).
 */
function template(formulaText: string): (row: string) => string {
  const parts = formulaText.split('{r}');
  return (row) => parts.join(row);
}

export function buildCalculation(input: CalcInput): Calculation {
  const { agreements, keys, committee, years, agreementsAt, itemsAt } = input;
  const memo = <T>(fn: (h: string) => T) => {
    const cache = new Map<string, T>();
    return (h: string) => {
      let v = cache.get(h);
      if (v === undefined) cache.set(h, (v = fn(h)));
      return v;
    };
  };
  const A = memo((h) => wholeColumn(agreementsAt, h));
  const P = memo((h) => wholeColumn(itemsAt, h));
  const header: PlanCell[] = [...CALC_COLUMNS.map((h) => text(h, { bold: true })), ...years.map((y) => num(y, INTEGER_FORMAT))];
  header.slice(CALC_FIRST_YEAR_COLUMN).forEach((c) => (c.bold = true));
  const cells: (PlanCell | null)[][] = [header];
  const rows: CalcRowValues[] = [];

  // The formulas are the same for every row but for the row number: built once.
  const match = `MATCH($A{r},${A('Avtals-id')},0)`;
  const at = (h: string) => `INDEX(${A(h)},${match})`;
  const endRef = at('Slut');
  const T = {
    amount: template(
      `=IF(COUNTIFS(${P('Avtals-id')},$A{r},${P('Typ')},"${ITEM_TYPES.contribution}",${P('Part')},$N{r})>0,` +
        `SUMIFS(${P('Belopp/år')},${P('Avtals-id')},$A{r},${P('Typ')},"${ITEM_TYPES.contribution}",${P('Part')},$N{r}),` +
        `SUMIFS(${P('Belopp/år')},${P('Avtals-id')},$A{r},${P('Typ')},"<>${ITEM_TYPES.contribution}",${P('Part')},$N{r}))`,
    ),
    totalRef: `N(${at('Totalt/år')})`,
    rate: template(`=N(${at('Indexsats')})`),
    baseYear: template(`=IF(ISNUMBER(${at('Basår')}),${at('Basår')},IF(ISNUMBER($J{r}),YEAR($J{r}),""))`),
    start: template(`=IF(ISNUMBER(${at('Start')}),${at('Start')},"")`),
    tillBase: template(`=IF(ISNUMBER(${endRef}),${endRef},"")`),
    tillExtended: template(
      `=IF(ISNUMBER(${endRef}),IF(N(${at('Förlängning år')})>0,EDATE(${endRef}+1,12*${at('Förlängning år')}*IF(ISNUMBER(${at('Förlängning gånger')}),${at('Förlängning gånger')},${UNLIMITED_EXTENSION_PERIODS}))-1,${endRef}),"")`,
    ),
    firstMonth: template(`=IF(ISNUMBER($J{r}),YEAR($J{r})*12+MONTH($J{r})+IF(DAY($J{r})<=IF(MONTH($J{r})=2,15,16),0,1),"")`),
    lastMonth: template(
      `=IF(AND(ISNUMBER($J{r}),ISNUMBER($K{r})),YEAR($K{r})*12+MONTH($K{r})-IF(DAY($K{r})>=IF(MONTH($K{r})=2,15,16),0,1),"")`,
    ),
    criterion: template(`="="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($C{r},"~","~~"),"*","~*"),"?","~?")`),
    years: years.map((_, yi) => {
      const Y = `${columnLetter(CALC_FIRST_YEAR_COLUMN + yi)}$1`;
      return template(`=IF(ISNUMBER($M{r}),$G{r}*(1+$H{r})^(${Y}-$I{r})*MAX(0,MIN($M{r},${Y}*12+12)-MAX($L{r},${Y}*12+1)+1)/12,0)`);
    }),
  };
  const ZERO: Ratio = { num: 0n, den: 1n };

  agreements.forEach((a, ai) => {
    const key = keys[ai];
    const flags = committeePartyFlags(a, committee);
    const parties = a.parties.map((p, i) => ({ name: p.name, sector: p.sector, committee: flags[i], amount: partyAnnualAmount(a, p.name), remainder: false }));
    if (a.annualTotal !== null) {
      const remainder = unexplainedCivilAmount(a, parties.map((p) => ({ party: p.name, sector: p.sector, annualAmount: p.amount })));
      parties.push({ name: UNATTRIBUTED_CIVIL, sector: 'civil', committee: false, amount: remainder, remainder: true });
    }
    const { start, end } = a.validity;
    const final = plannableEnd(a.validity);
    const valid = !!start && !!end && start <= end && !!final;
    const span = valid ? { first: parseDate(start!).year, last: parseDate(final!).year } : null;
    const rate = a.indexation?.rate ?? 0;
    const baseYear = a.indexation?.baseYear ?? (start ? parseDate(start).year : null);
    const startParts = start ? parseDate(start) : null;
    // Index factors per year, shared by the agreement's parties and periods.
    const factors = new Map<number, Ratio>();
    const factor = (y: number) => {
      let f = factors.get(y);
      if (!f) factors.set(y, (f = indexFactor(y, baseYear!, rate)));
      return f;
    };

    for (const period of ['base', 'extended'] as const) {
      const firstRow = cells.length;
      const till = end ? (period === 'base' ? end : final) : null;
      const tillParts = till ? parseDate(till) : null;
      const counted = start && till ? countedMonths(start, till) : null;
      // Months per year do not depend on the party: computed once per period, only for the years it reaches.
      const months = years.map((y) => (valid && startParts && tillParts && y >= startParts.year && y <= tillParts.year ? monthsCoveredInYear(startParts, tillParts, y) : 0));
      parties.forEach((p) => {
        const r = cells.length;
        const R = String(r + 1);
        // amount × (1 + rate)^(year − base year) × months/12, exactly (indexedExact, pro rata by whole months).
        let exactAmount: Ratio | null = null;
        const yearValues = months.map((m, yi): Ratio => {
          if (m === 0 || p.amount === 0) return ZERO;
          exactAmount ??= ratioOf(requireAmount(p.amount));
          return multiply(multiply(exactAmount, factor(years[yi])), { num: BigInt(m), den: 12n });
        });
        const row: (PlanCell | null)[] = [
          text(key),
          text(a.name),
          text(p.name),
          text(SECTOR_LABELS[p.sector]),
          num(p.committee ? 1 : 0, INTEGER_FORMAT),
          text(PERIOD_LABELS[period]),
          formula(p.remainder ? remainderFormula(T.totalRef.split('{r}').join(R), firstRow + 1, r) : T.amount(R), p.amount, KRONOR_FORMAT),
          formula(T.rate(R), rate, '0.0%'),
          formula(T.baseYear(R), baseYear ?? '', INTEGER_FORMAT),
          formula(T.start(R), start ? isoToSerial(start) : '', DATE_FORMAT),
          formula(period === 'base' ? T.tillBase(R) : T.tillExtended(R), till ? isoToSerial(till) : '', DATE_FORMAT),
          formula(T.firstMonth(R), start ? countedMonths(start, start).first : '', INTEGER_FORMAT),
          formula(T.lastMonth(R), counted ? counted.last : '', INTEGER_FORMAT),
          p.remainder ? text('') : formula(T.criterion(R), escapeCriterion(p.name)),
        ];
        for (let yi = 0; yi < years.length; yi++) {
          const y = years[yi];
          // Years the agreement cannot reach even with every extension stay empty (SUMIFS reads them as 0):
          // that halves a large workbook.
          row.push(!span || y < span.first || y > span.last ? null : formula(T.years[yi](R), ratioToNumber(yearValues[yi]), KRONOR_FORMAT));
        }
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
