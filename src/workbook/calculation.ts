import type { Agreement } from '../domain/agreement';
import { UNATTRIBUTED_CIVIL, civilRemainder, partyAnnualAmount } from '../domain/contributions';
import { parseDate } from '../domain/dates';
import { indexFactor } from '../domain/indexation';
import { Ratio, multiply, ratioOf, requireAmount } from '../domain/money';
import { effectiveEnd, plannableEnd, monthsCoveredInYear, UNLIMITED_EXTENSION_PERIODS } from '../domain/validity';
import { committeePartyFlags } from '../domain/committee';
import { EXTRA_SHEETS, ITEM_TYPES, PERIOD_LABELS, SECTOR_LABELS, TABLES, YEAR_AMOUNT_TABLE } from './names';
import { statedYears } from '../domain/yearAmounts';
import { partyYearExact } from '../domain/schedule';
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
 * Sheet "Beräkning" (a hidden helper sheet): per agreement one block of rows, one per party and period (base
 * period, then with all extensions), and one column per calendar year. Each year cell is the exact amount ×
 * (1 + rate)^(year − base year) × months/12: indexed per new calendar year, pro-rata by whole months. The reports
 * sum a block's cells and round once, per agreement, side and year, as the domain core's schedule does.
 *
 * Recalculation grows linearly with the number of agreements: the agreement's row in IOP_Avtal is found once per
 * block (column Rad) and read with INDEX at that position; its IOP_Poster rows are found once (Poster från,
 * Poster antal) and each party is summed over just those rows when they follow each other (its extended row
 * refers to that sum); the other rows refer to the block's first row; and the reports address the block's
 * rows exactly instead of searching whole columns.
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
  'Rad',
  'Typ',
  'Årsbelopp',
  'Poster från',
  'Poster antal',
  'Poster i följd',
] as const;

/** Where an agreement's rows stand in IOP_Poster's body: the first (1-based), how many, and whether they follow each other. */
export interface ItemSpan {
  first: number;
  count: number;
  contiguous: boolean;
}

/**
 * Columns right of the years: IOP_Belopp's rows read by position (INDEX at row j), with the yearly amount of
 * the item each replaces (Ersätter, from IOP_Poster), so a year's stated amounts are summed over these few
 * rows instead of the tables.
 */
export const CALC_YEAR_AMOUNT_COLUMNS = ['Belopp: Avtals-id', 'Belopp: Typ', 'Belopp: Part', 'Belopp: År', 'Belopp: Belopp', 'Belopp: Ersätter'] as const;

/** One row of IOP_Belopp as the helper columns read it (null: a blank row). */
export interface YearAmountRow {
  key: string;
  type: string;
  party: string;
  label: string;
  year: number;
  amount: number;
}

const C = Object.fromEntries(CALC_COLUMNS.map((h, i) => [h, i])) as Record<(typeof CALC_COLUMNS)[number], number>;
export const CALC_FIRST_YEAR_COLUMN = CALC_COLUMNS.length;

const CALC_SHEET = sheetRef(EXTRA_SHEETS.calculation);
const calcLetters: string[] = [];
const calcLetter = (column: number) => (calcLetters[column] ??= columnLetter(column));

/** "Beräkning!$G$12:$G$15": one column of a block's rows (1-based sheet rows). */
export function calcRange(column: number | (typeof CALC_COLUMNS)[number], first: number, last: number): string {
  const letter = calcLetter(typeof column === 'number' ? column : C[column]);
  return `${CALC_SHEET}!$${letter}$${first}:$${letter}$${last}`;
}

/**
 * The sum of some of a block's cells in one column, as cell references ("Beräkning!$U$12+Beräkning!$U$14"), or 0:
 * single cells, not a SUMIFS over a range per report cell (LibreOffice's recalculation grew faster than the
 * agreements with tens of thousands of small ranges).
 */
export function calcSum(column: number | (typeof CALC_COLUMNS)[number], rows: readonly number[]): string {
  const letter = calcLetter(typeof column === 'number' ? column : C[column]);
  return rows.length === 0 ? '0' : rows.map((r) => `${CALC_SHEET}!$${letter}$${r}`).join('+');
}

/** "Beräkning!$O$12": one cell (1-based sheet row). */
export function calcCell(column: (typeof CALC_COLUMNS)[number], row: number): string {
  return `${CALC_SHEET}!$${calcLetter(C[column])}$${row}`;
}

/** One agreement's rows on Beräkning (1-based sheet rows): the base period's, then those with extensions. */
export interface CalcBlock {
  key: string;
  /** The block's rows: which party, side and period each holds (for sums of exact cells). */
  rows: { row: number; period: 'base' | 'extended'; sector: 'public' | 'civil'; committee: boolean }[];
  baseFirst: number;
  baseLast: number;
  extendedFirst: number;
  extendedLast: number;
}

export interface CalcRowValues {
  key: string;
  agreement: string;
  party: string;
  sector: 'public' | 'civil';
  committee: boolean;
  period: 'base' | 'extended';
  amount: number;
  /** 1-based row on Beräkning. */
  row: number;
  /** Exact amount per calendar year (indexed, pro-rata, not yet rounded), aligned with the plan's years. */
  years: Ratio[];
}

export interface Calculation {
  sheet: SheetPlan;
  years: number[];
  rows: CalcRowValues[];
  /** Per agreement (by key), where its rows are. */
  blocks: Map<string, CalcBlock>;
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

/** A table column as a structured reference, e.g. IOP_Poster[Belopp/år] (special characters escaped with '). */
export function tableColumn(table: string, column: string): string {
  return `${table}[${column.replace(/['#[\]]/g, "'$&")}]`;
}

export interface CalcInput {
  agreements: readonly Agreement[];
  keys: readonly string[];
  committee: string;
  years: number[];
  /** Each agreement's 1-based row in IOP_Avtal's body, by key (what the Rad formula's MATCH finds). */
  positions: ReadonlyMap<string, number>;
  /** Each agreement's rows in IOP_Poster, by key. */
  itemSpans: ReadonlyMap<string, ItemSpan>;
  /** IOP_Poster's Avtals-id by position, as the table holds them when the plan is made ('' for a blank row). */
  itemKeys: readonly string[];
  /** IOP_Belopp's body rows by position, as the table holds them. */
  yearAmountRows: readonly (YearAmountRow | null)[];
  /** Every agreement in the tables (not only the committee's), to find the item a year amount replaces. */
  allAgreements: readonly { key: string; agreement: Agreement }[];
}

/**
 * A formula with "{r}" where the row number goes (and "{f}", "{b}", "{p}": the block's first row, the party's
 * base row, a position), split once so each cell only joins (the calculation sheet has ~100 000 formula cells
 * for 1 000 agreements; per-cell regex replaces and rebuilt references showed up as garbage-collection time).
 */
function template(formulaText: string): (r: string, f?: string, b?: string, p?: string) => string {
  const parts = formulaText.split(/\{([rfbp])\}/);
  return (r, f = '', b = '', p = '') => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) out += (parts[i] === 'r' ? r : parts[i] === 'f' ? f : parts[i] === 'b' ? b : p) + parts[i + 1];
    return out;
  };
}

export function buildCalculation(input: CalcInput): Calculation {
  const { agreements, keys, committee, years, positions, yearAmountRows, allAgreements, itemSpans, itemKeys } = input;
  const A = (h: string) => tableColumn(TABLES.agreements, h);
  const P = (h: string) => tableColumn(TABLES.items, h);
  const header: PlanCell[] = [...CALC_COLUMNS.map((h) => text(h, { bold: true })), ...years.map((y) => num(y, INTEGER_FORMAT))];
  header.slice(CALC_FIRST_YEAR_COLUMN).forEach((c) => (c.bold = true));
  const cells: (PlanCell | null)[][] = [header];
  const rows: CalcRowValues[] = [];
  const blocks = new Map<string, CalcBlock>();

  // IOP_Belopp read by position on the right: M rows (at least one, blank, so the ranges exist).
  const helperFirst = CALC_FIRST_YEAR_COLUMN + years.length + 1;
  const H = (i: number) => columnLetter(helperFirst + i);
  const M = Math.max(1, yearAmountRows.length);
  const hRange = (i: number) => `$${H(i)}$2:$${H(i)}$${M + 1}`;
  const [HK, HT, HP, HY, HA, HR] = [0, 1, 2, 3, 4, 5].map(hRange);
  const Bl = (h: string) => tableColumn(YEAR_AMOUNT_TABLE, h);
  const escaped = (cell: string) => `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
  const byKey = new Map(allAgreements.map((x) => [x.key.toLowerCase(), x.agreement]));
  const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
  /** The yearly amount of the item a stated year amount replaces, as the Ersätter formula finds it (SUMIFS, any case). */
  const replacedAmount = (row: YearAmountRow) => {
    const a = byKey.get(row.key.toLowerCase());
    if (!a) return 0;
    const items = row.type === ITEM_TYPES.contribution ? a.contributions.filter((c) => same(c.party, row.party) && row.label === '') : a.costItems.filter((c) => same(c.party, row.party) && same(c.label, row.label) && same(row.type, ITEM_TYPES.costItem));
    return items.reduce((sum, c) => sum + c.annualAmount, 0);
  };
  const helperCells = (j: number): (PlanCell | null)[] => {
    const v = yearAmountRows[j - 1] ?? null;
    const J = String(j);
    const textAt = (h: string) => `=IFERROR(INDEX(${Bl(h)},${J})&"","")`;
    const numberAt = (h: string) => `=IFERROR(N(INDEX(${Bl(h)},${J})),0)`;
    const R = String(j + 1);
    return [
      formula(textAt('Avtals-id'), v?.key ?? ''),
      formula(textAt('Typ'), v?.type ?? ''),
      formula(textAt('Part'), v?.party ?? ''),
      formula(numberAt('År'), v?.year ?? 0, INTEGER_FORMAT),
      formula(numberAt('Belopp'), v?.amount ?? 0, KRONOR_FORMAT),
      formula(
        `=SUMIFS(${P('Belopp/år')},${P('Avtals-id')},$${H(0)}${R},${P('Typ')},$${H(1)}${R},${P('Part')},${escaped(`$${H(2)}${R}`)},${P('Benämning')},${escaped(`IFERROR(INDEX(${Bl('Benämning')},${J})&"","")`)})`,
        v ? replacedAmount(v) : 0,
        KRONOR_FORMAT,
      ),
    ];
  };
  // IOP_Poster's keys as written, right of the IOP_Belopp rows, and one cell saying whether the table's keys are
  // still exactly these (same rows, same order: one comparison per row for the whole table). While they are,
  // every block knows its rows without searching; after a sort or a row added by hand it searches again.
  const writtenFirst = helperFirst + CALC_YEAR_AMOUNT_COLUMNS.length + 1;
  const N = Math.max(1, itemKeys.length);
  const W = columnLetter(writtenFirst);
  const FLAG = `$${columnLetter(writtenFirst + 1)}$2`;
  const flagFormula = `=IF(ROWS(${P('Avtals-id')})<>${N},0,IF(SUMPRODUCT(--($${W}$2:$${W}$${N + 1}<>${P('Avtals-id')}))=0,1,0))`;
  // The block's rows of IOP_Poster, as a range: INDEX(…,first):INDEX(…,first+count−1).
  const win = (h: string) => `INDEX(${P(h)},$R{f}):INDEX(${P(h)},$R{f}+$S{f}-1)`;
  // A SUMIFS or COUNTIFS over the block's rows when they follow each other, else over the whole table.
  const inItems = (fn: string, whole: string, rows: string) => `IF($T{f}=1,${fn}(${rows}),${fn}(${whole}))`;
  // The formulas are the same for every block but for the row numbers: split once, joined per row.
  const at = (h: string) => `INDEX(${A(h)},$O{f})`;
  const T = {
    // A party's amount is its contributions when it states any, otherwise its cost items (partyAnnualAmount).
    // The agreement's IOP_Poster rows are found once per block (MATCH, COUNTIF); when they follow each other, as
    // the writers put them, each party is summed over those few rows only; otherwise over the whole table.
    itemsFirst: template(`=IF(${FLAG}=1,{p},IFERROR(MATCH($A{r},${P('Avtals-id')},0),0))`),
    itemsCount: template(`=IF(${FLAG}=1,{p},COUNTIF(${P('Avtals-id')},$A{r}))`),
    itemsContiguous: template(`=IF(${FLAG}=1,{p},IF($S{r}=0,1,IF(COUNTIF(${win('Avtals-id')},$A{r})=$S{r},1,0)))`),
    type: template(
      `=IF($S{f}=0,"<>${ITEM_TYPES.contribution}",IF(${inItems('COUNTIFS', `${P('Typ')},"${ITEM_TYPES.contribution}",${P('Part')},$N{r},${P('Avtals-id')},$A{r}`, `${win('Typ')},"${ITEM_TYPES.contribution}",${win('Part')},$N{r}`)}>0,"${ITEM_TYPES.contribution}","<>${ITEM_TYPES.contribution}"))`,
    ),
    amount: template(
      `=IF($S{f}=0,0,${inItems('SUMIFS', `${P('Belopp/år')},${P('Avtals-id')},$A{r},${P('Typ')},$P{r},${P('Part')},$N{r}`, `${win('Belopp/år')},${win('Typ')},$P{r},${win('Part')},$N{r}`)})`,
    ),
    row: template(`=MATCH($A{r},${A('Avtals-id')},0)`),
    rowAt: template(`=IF(IFERROR(INDEX(${A('Avtals-id')},{p})=$A{r},FALSE),{p},MATCH($A{r},${A('Avtals-id')},0))`),
    total: template(`N(${at('Totalt/år')})`),
    rate: template(`=N(${at('Indexsats')})`),
    baseYear: template(`=IF(ISNUMBER(${at('Basår')}),${at('Basår')},IF(ISNUMBER($J{f}),YEAR($J{f}),""))`),
    start: template(`=IF(ISNUMBER(${at('Start')}),${at('Start')},"")`),
    // The agreement period runs to a decided extension's end (Förlängt till) when that is later (effectiveEnd).
    tillBase: template(`=IF(ISNUMBER(${at('Slut')}),IF(N(${at('Förlängt till')})>${at('Slut')},${at('Förlängt till')},${at('Slut')}),"")`),
    // Every planned extension counts from the base end (Slut); a decided extension beyond them still counts (lastPossibleEnd).
    tillExtended: template(
      `=IF(ISNUMBER($K{f}),MAX($K{f},IF(N(${at('Förlängning år')})>0,EDATE(${at('Slut')}+1,12*${at('Förlängning år')}*IF(ISNUMBER(${at('Förlängning gånger')}),${at('Förlängning gånger')},${UNLIMITED_EXTENSION_PERIODS}))-1,${at('Slut')})),"")`,
    ),
    firstMonth: template(`=IF(ISNUMBER($J{r}),YEAR($J{r})*12+MONTH($J{r})+IF(DAY($J{r})<=IF(MONTH($J{r})=2,15,16),0,1),"")`),
    lastMonth: template(
      `=IF(AND(ISNUMBER($J{r}),ISNUMBER($K{r})),YEAR($K{r})*12+MONTH($K{r})-IF(DAY($K{r})>=IF(MONTH($K{r})=2,15,16),0,1),"")`,
    ),
    criterion: template(`="="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($C{r},"~","~~"),"*","~*"),"?","~?")`),
    // A year with amounts stated for it (partyYearExact): the items it replaces are taken out of the indexed
    // amount and the stated amounts added as they are. Only parties with stated years (Årsbelopp > 0) search
    // the helper rows, and those are IOP_Belopp's few rows; other parties' cells are the plain formula.
    years: years.map((_, yi) => {
      const Y = `${columnLetter(CALC_FIRST_YEAR_COLUMN + yi)}$1`;
      const months = `MAX(0,MIN($M{r},${Y}*12+12)-MAX($L{r},${Y}*12+1)+1)/12`;
      const factor = `(1+$H{r})^(${Y}-$I{r})`;
      const match = `${HK},$A{r},${HT},$P{b},${HP},$N{b},${HY},${Y}`;
      return {
        plain: template(`=IF(ISNUMBER($M{r}),$G{r}*${factor}*${months},0)`),
        stated: template(`=IF(ISNUMBER($M{r}),IF(N($Q{b})>0,($G{r}-SUMIFS(${HR},${match}))*${factor}+SUMIFS(${HA},${match}),$G{r}*${factor})*${months},0)`),
      };
    }),
    statedCount: template(`=COUNTIFS(${HK},$A{r},${HT},$P{r},${HP},$N{r})`),
  };
  const ref = (column: (typeof CALC_COLUMNS)[number], row: number) => `=$${columnLetter(C[column])}$${row}`;

  const ZERO: Ratio = { num: 0n, den: 1n };

  agreements.forEach((a, ai) => {
    const key = keys[ai];
    const flags = committeePartyFlags(a, committee);
    const parties = a.parties.map((p, i) => {
      const stated = statedYears(a, p.name);
      return {
        name: p.name,
        sector: p.sector,
        committee: flags[i],
        amount: partyAnnualAmount(a, p.name),
        remainder: false,
        stated,
        hasContributions: a.contributions.some((c) => c.party === p.name),
        statedCount: (a.contributions.some((c) => c.party === p.name) ? a.contributions : a.costItems).filter((c) => c.party === p.name).reduce((n, c) => n + new Set((c.yearAmounts ?? []).map((y) => y.year)).size, 0),
      };
    });
    if (a.annualTotal !== null) {
      const remainder = civilRemainder(a)?.amount ?? 0;
      parties.push({ name: UNATTRIBUTED_CIVIL, sector: 'civil', committee: false, amount: remainder, remainder: true, stated: new Map(), hasContributions: false, statedCount: 0 });
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
    const f = cells.length + 1;
    const F = String(f);
    const items = itemSpans.get(key) ?? { first: 0, count: 0, contiguous: true };
    const position = positions.get(key);
    const block: CalcBlock = { key, rows: [], baseFirst: f, baseLast: f + parties.length - 1, extendedFirst: f + parties.length, extendedLast: f + 2 * parties.length - 1 };
    blocks.set(key, block);

    for (const period of ['base', 'extended'] as const) {
      const periodFirst = period === 'base' ? block.baseFirst : block.extendedFirst;
      const till = end ? (period === 'base' ? effectiveEnd(a.validity) : final) : null;
      const tillParts = till ? parseDate(till) : null;
      const counted = start && till ? countedMonths(start, till) : null;
      // Months per year do not depend on the party: computed once per period, only for the years it reaches.
      const months = years.map((y) => (valid && startParts && tillParts && y >= startParts.year && y <= tillParts.year ? monthsCoveredInYear(startParts, tillParts, y) : 0));
      parties.forEach((p, pi) => {
        const r = cells.length + 1;
        const R = String(r);
        const withRow = (t: (r: string, f?: string) => string) => t(R, F);
        const firstOfBlock = r === f;
        const firstOfPeriod = r === periodFirst;
        // The party's exact amount for the year (partyYearExact) × months/12, pro rata by whole months.
        let exactAmount: Ratio | null = null;
        const yearValues = months.map((m, yi): Ratio => {
          if (m === 0) return ZERO;
          const s = p.stated.size > 0 ? p.stated.get(years[yi]) : undefined;
          if (!s && p.amount === 0) return ZERO;
          exactAmount ??= ratioOf(requireAmount(p.amount));
          const whole = s ? partyYearExact(p.amount, years[yi], baseYear!, rate, p.stated) : multiply(exactAmount, factor(years[yi]));
          return multiply(whole, { num: BigInt(m), den: 12n });
        });
        const b = String(block.baseFirst + pi);
        const amountCell =
          period === 'extended'
            ? formula(ref('Belopp/år', block.baseFirst + pi), p.amount, KRONOR_FORMAT)
            : formula(p.remainder ? remainderFormula(withRow(T.total), block.baseFirst, r - 1) : withRow(T.amount), p.amount, KRONOR_FORMAT);
        const tillValue = till ? isoToSerial(till) : '';
        const row: (PlanCell | null)[] = [
          text(key),
          text(a.name),
          text(p.name),
          text(SECTOR_LABELS[p.sector]),
          num(p.committee ? 1 : 0, INTEGER_FORMAT),
          text(PERIOD_LABELS[period]),
          amountCell,
          formula(firstOfBlock ? withRow(T.rate) : ref('Indexsats', f), rate, '0.0%'),
          formula(firstOfBlock ? withRow(T.baseYear) : ref('Basår', f), baseYear ?? '', INTEGER_FORMAT),
          formula(firstOfBlock ? withRow(T.start) : ref('Från', f), start ? isoToSerial(start) : '', DATE_FORMAT),
          formula(firstOfPeriod ? withRow(period === 'base' ? T.tillBase : T.tillExtended) : ref('Till', periodFirst), tillValue, DATE_FORMAT),
          formula(firstOfBlock ? withRow(T.firstMonth) : ref('Första månad', f), start ? countedMonths(start, start).first : '', INTEGER_FORMAT),
          formula(firstOfPeriod ? withRow(T.lastMonth) : ref('Sista månad', periodFirst), counted ? counted.last : '', INTEGER_FORMAT),
          p.remainder || period === 'extended' ? text('') : formula(T.criterion(R), escapeCriterion(p.name)),
          firstOfBlock ? formula(position === undefined ? T.row(R) : T.rowAt(R, F, '', String(position)), position ?? '', INTEGER_FORMAT) : text(''),
          p.remainder || period === 'extended' ? text('') : formula(withRow(T.type), p.hasContributions ? ITEM_TYPES.contribution : `<>${ITEM_TYPES.contribution}`),
          p.remainder || period === 'extended' ? text('') : formula(T.statedCount(R), p.statedCount, INTEGER_FORMAT),
          firstOfBlock ? formula(T.itemsFirst(R, F, '', String(items.count > 0 ? items.first : 0)), items.count > 0 ? items.first : 0, INTEGER_FORMAT) : text(''),
          firstOfBlock ? formula(T.itemsCount(R, F, '', String(items.count)), items.count, INTEGER_FORMAT) : text(''),
          firstOfBlock ? formula(T.itemsContiguous(R, F, '', items.contiguous ? '1' : '0'), items.contiguous ? 1 : 0, INTEGER_FORMAT) : text(''),
        ];
        for (let yi = 0; yi < years.length; yi++) {
          const y = years[yi];
          // Years the agreement cannot reach even with every extension stay empty (the sums read them as 0).
          // Only a party with stated years at the time of writing gets the longer formula (a row added by hand to
          // IOP_Belopp for another party counts from the next write, as the helper rows do).
          const t = p.statedCount > 0 ? T.years[yi].stated(R, F, b) : T.years[yi].plain(R);
          row.push(!span || y < span.first || y > span.last ? null : formula(t, ratioToNumber(yearValues[yi]), KRONOR_FORMAT));
        }
        if (r - 1 <= M) row.push(null, ...helperCells(r - 1));
        cells.push(row);
        rows.push({ key, agreement: a.name, party: p.name, sector: p.sector, committee: p.committee, period, amount: p.amount, row: r, years: yearValues });
        block.rows.push({ row: r, period, sector: p.sector, committee: p.committee });
      });
    }
  });

  // Helper rows beyond the blocks (more stated years than block rows) stand alone.
  for (let j = cells.length; j <= M; j++) {
    const row: (PlanCell | null)[] = Array.from({ length: helperFirst }, () => null);
    row.push(...helperCells(j));
    cells.push(row);
  }
  cells[0].push(null, ...CALC_YEAR_AMOUNT_COLUMNS.map((h) => text(h, { bold: true })));
  const place = (r: number, c: number, cell: PlanCell) => {
    while (cells.length <= r) cells.push([]);
    const row = cells[r];
    while (row.length < c) row.push(null);
    row[c] = cell;
  };
  place(0, writtenFirst, text('Poster: Avtals-id som skrivna', { bold: true }));
  place(0, writtenFirst + 1, text('Poster som skrivna', { bold: true }));
  itemKeys.forEach((k, j) => k && place(j + 1, writtenFirst, text(k)));
  place(1, writtenFirst + 1, formula(flagFormula, 1, INTEGER_FORMAT));
  const widths = [24, 28, 28, 10, 9, 16, 13, 9, 7, 11, 11, 9, 9, 12, 6, 10, 9, ...years.map(() => 12), 3, 24, 13, 28, 7, 13, 13, 3, 24, 9];
  return {
    sheet: { name: EXTRA_SHEETS.calculation, cells, tables: [], columnWidths: widths, frozenRows: 1, hidden: true },
    years,
    rows,
    blocks,
  };
}

/** The text the Kriterium formula yields: "=" and the name with SUMIFS wildcards escaped. */
function escapeCriterion(name: string): string {
  return '=' + name.replace(/~/g, '~~').replace(/\*/g, '~*').replace(/\?/g, '~?');
}

export { cellAddress, formulaString };
