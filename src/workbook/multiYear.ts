import type { Agreement } from '../domain/agreement';
import { buildSchedule, type ScheduleYear } from '../domain/schedule';
import { agreementCalculatedCells, type CalculationContext } from './calculatedColumns';
import { indexWeightFormula, monthShareFormula, sideYearFormula, tableColumn, type YearOperands } from './calculation';
import { AGREEMENT_CALCULATED_COLUMNS, PERIOD_LABELS, SECTOR_LABELS, SHEETS, TABLES, TOTAL_LABEL, YEAR_AMOUNT_TABLE } from './names';
import { planNote } from './planNotes';
import { INTEGER_FORMAT, KRONOR_FORMAT, PlanCell, SheetPlan, columnLetter, formula, formulaString, num, text } from './plan';

const PERIODS = ['base', 'extended'] as const;
const SIDES = ['public', 'civil'] as const;
const PARTS = [...SIDES, 'total'] as const;
/** Avtal, Period, Del, then the years, Summa, the Avtals-id and the agreement's terms read from IOP_Avtal (hidden). */
const FIRST_YEAR_COLUMN = 3;
export const PLAN_HEADER_ROW = 3;

/**
 * The agreement's terms, read once per block from its row in IOP_Avtal (found by Avtals-id): the year cells of the
 * block compute from these, so each leads in one step to the block's first row and in two to IOP_Avtal.
 */
const TERMS = [
  ['Rad', ''],
  ['Första månad', 'Första månad'],
  ['Sista månad', 'Sista månad'],
  ['Sista månad med förlängningar', 'Sista månad med förlängningar'],
  ['Steg månad', 'Steg månad'],
  ['Indexsats', 'Indexsats'],
  ['Basår', 'Basår räknat'],
  ['Offentlig per år', 'Offentlig per år'],
  ['Idéburen per år', 'Idéburen per år'],
] as const;
type Term = (typeof TERMS)[number][0];

function partLabel(part: (typeof PARTS)[number]): string {
  return part === 'total' ? TOTAL_LABEL : SECTOR_LABELS[part];
}

/** The calendar years the plannable agreements cover, with every planned extension. */
export function planYears(agreements: readonly Agreement[]): number[] {
  const years = agreements.flatMap((a) => buildSchedule(a).years.map((y) => y.year));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
}

/**
 * Sheet "Flerårsplan": per agreement that has a period six rows (public, civil, total for the decided period and
 * with every planned extension) × calendar years, then the same six rows summed over all agreements, and a chart
 * of the yearly totals. A side's year cell is the domain's schedule (buildSchedule) as a formula: the side's yearly
 * amount from IOP_Avtal, less the items' amounts replaced by amounts stated for that year (IOP_Belopp), times the
 * year's index weight, plus the stated amounts times the month share, rounded once. Agreements without a period
 * are named in the note under the title.
 */
export function buildMultiYearSheet(agreements: readonly Agreement[], keys: readonly string[], ctx: CalculationContext, positions: ReadonlyMap<string, number>): SheetPlan {
  const committee = ctx.committee;
  const planned = agreements.map((a, i) => ({ a, key: keys[i], schedule: buildSchedule(a) })).filter((x) => x.schedule.problem === null);
  const years = planYears(planned.map((x) => x.a));
  const sumCol = FIRST_YEAR_COLUMN + years.length;
  const keyCol = sumCol + 1;
  const termCol = (t: Term) => keyCol + 1 + TERMS.findIndex(([name]) => name === t);
  const yearLetter = (i: number) => columnLetter(FIRST_YEAR_COLUMN + i);
  const note = planNote(agreements);
  const cells: (PlanCell | null)[][] = [
    [text(`Flerårsplan ${committee}`, { bold: true })],
    [text('Kronor per kalenderår: uppräknat enligt avtalet (per nytt kalenderår eller avtalsår) och för hela månader avtalet gäller. "Avtalsperiod" är den beslutade perioden; "Med förlängningar" räknar med alla förlängningar avtalet medger.')],
    // What the plan assumes and leaves out, said on the sheet itself (not only in the pane).
    note ? [text(note)] : [],
    [
      text('Avtal', { bold: true }),
      text('Period', { bold: true }),
      text('Del', { bold: true }),
      ...years.map((y) => ({ ...num(y, INTEGER_FORMAT), bold: true })),
      text('Summa', { bold: true }),
      text('Avtals-id', { bold: true }),
      ...TERMS.map(([name]) => text(name, { bold: true })),
    ],
  ];
  const headerRow = PLAN_HEADER_ROW + 1;
  const firstDataRow = cells.length;
  planned.forEach(({ a, key, schedule }) => {
    const blockRow = cells.length + 1;
    const term = (t: Term) => `$${columnLetter(termCol(t))}$${blockRow}`;
    const byYear = new Map<number, ScheduleYear>(schedule.years.map((y) => [y.year, y]));
    const hasStated = [...a.costItems, ...a.contributions].some((c) => (c.yearAmounts ?? []).length > 0);
    const span = { first: schedule.years[0].year, last: schedule.years[schedule.years.length - 1].year };
    for (const period of PERIODS) {
      for (const part of PARTS) {
        const r = cells.length + 1;
        const yearsCells = years.map((y, yi): PlanCell | null => {
          // Years the agreement cannot reach even with every extension stay empty (the sums read them as 0).
          if (y < span.first || y > span.last) return null;
          const s = byYear.get(y)!;
          const value = period === 'base' ? (part === 'public' ? s.basePublic : part === 'civil' ? s.baseCivil : s.baseTotal) : part === 'public' ? s.public : part === 'civil' ? s.civil : s.total;
          if (part === 'total') return formula(`=${yearLetter(yi)}${r - 2}+${yearLetter(yi)}${r - 1}`, value, KRONOR_FORMAT);
          const Y = `${yearLetter(yi)}$${headerRow}`;
          const operands: YearOperands = {
            first: term('Första månad'),
            last: term(period === 'base' ? 'Sista månad' : 'Sista månad med förlängningar'),
            year: Y,
            step: term('Steg månad'),
            rate: `N(${term('Indexsats')})`,
            baseYear: term('Basår'),
          };
          const sector = formulaString(SECTOR_LABELS[part]);
          const stated = (column: string) =>
            `SUMIFS(${tableColumn(YEAR_AMOUNT_TABLE, column)},${tableColumn(YEAR_AMOUNT_TABLE, 'Avtals-id')},${formulaString(key)},${tableColumn(YEAR_AMOUNT_TABLE, 'Sektor')},${sector},${tableColumn(YEAR_AMOUNT_TABLE, 'År')},${Y},${tableColumn(YEAR_AMOUNT_TABLE, 'Räknas')},1)`;
          const amount = term(part === 'public' ? 'Offentlig per år' : 'Idéburen per år');
          const weight = `(${indexWeightFormula(operands)})`;
          // Amounts stated for single years (IOP_Belopp) enter only the agreements that have them when the plan is
          // written: the other cells stay short. One typed into IOP_Belopp by hand counts here from the next save
          // or filled overview (IOP_Avtal's columns for the overview's year count it at once).
          if (!hasStated) return formula(`=ROUND(ROUND(${amount}*${weight},6),0)`, value, KRONOR_FORMAT);
          return formula(`=${sideYearFormula(amount, stated('Ersätter'), stated('Belopp'), weight, `(${monthShareFormula(operands)})`)}`, value, KRONOR_FORMAT);
        });
        const row: (PlanCell | null)[] = [text(a.name), text(PERIOD_LABELS[period]), text(partLabel(part)), ...yearsCells, sumCell(r, years, yearsCells), text(key)];
        if (r === blockRow) row.push(...termCells(key, a, positions.get(key)!, term('Rad'), ctx));
        cells.push(row);
      }
    }
  });
  const lastDataRow = cells.length; // one-based number of the last data row
  cells.push([]);
  const totalsFirst = cells.length;
  for (const period of PERIODS) {
    for (const part of PARTS) {
      const r = cells.length + 1;
      const range = (col: string) => `${col}$${firstDataRow + 1}:${col}$${Math.max(lastDataRow, firstDataRow + 1)}`;
      const yearsCells = years.map((y, yi) => {
        const value = planned.reduce((s, { schedule }) => {
          const x = schedule.years.find((v) => v.year === y);
          if (!x) return s;
          return s + (period === 'base' ? (part === 'public' ? x.basePublic : part === 'civil' ? x.baseCivil : x.baseTotal) : part === 'public' ? x.public : part === 'civil' ? x.civil : x.total);
        }, 0);
        const col = yearLetter(yi);
        return formula(`=SUMIFS(${range(col)},${range('$B')},$B${r},${range('$C')},$C${r})`, value, KRONOR_FORMAT);
      });
      cells.push([text(`${TOTAL_LABEL}, alla avtal`, { bold: true }), text(PERIOD_LABELS[period]), text(partLabel(part)), ...yearsCells, sumCell(r, years, yearsCells)]);
    }
  }
  const seriesRow = (period: string, part: string) => totalsFirst + PERIODS.indexOf(period as never) * 3 + PARTS.indexOf(part as never);
  return {
    name: SHEETS.plan,
    cells,
    tables: [],
    columnWidths: [30, 18, 10, ...years.map(() => 13), 15, 8, ...TERMS.map(() => 10)],
    frozenRows: PLAN_HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: [PLAN_HEADER_ROW, PLAN_HEADER_ROW] },
    frame: { row: PLAN_HEADER_ROW, column: 0, rows: lastDataRow - PLAN_HEADER_ROW, columns: sumCol + 2, headerRows: 1, wrapColumns: [0] },
    // The Avtals-id and the terms the year cells compute from: there for the formulas and an auditor, not for print.
    hiddenColumns: [keyCol, ...TERMS.map(([name]) => termCol(name))],
    chart:
      years.length > 0
        ? {
            title: `Flerårsplan ${committee}: med förlängningar`,
            type: 'columnStacked',
            categoryRow: PLAN_HEADER_ROW,
            firstColumn: FIRST_YEAR_COLUMN,
            lastColumn: sumCol - 1,
            series: [
              { name: SECTOR_LABELS.public, row: seriesRow('extended', 'public') },
              { name: SECTOR_LABELS.civil, row: seriesRow('extended', 'civil') },
            ],
            anchorRow: cells.length + 1,
            anchorColumn: 0,
          }
        : undefined,
  };
}

/** The block's terms: its row in IOP_Avtal (MATCH by Avtals-id), then that row's columns, with the domain's values. */
function termCells(key: string, a: Agreement, position: number, rowRef: string, ctx: CalculationContext): PlanCell[] {
  const calculated = agreementCalculatedCells(a, ctx);
  const valueOf = (column: string): PlanCell['value'] => {
    if (column === 'Indexsats') return a.indexation?.rate ?? 0; // INDEX of an empty cell is 0
    return calculated[AGREEMENT_CALCULATED_COLUMNS.indexOf(column as never)].value;
  };
  return TERMS.map(([name, column]) => {
    if (name === 'Rad') return formula(`=MATCH(${formulaString(key)},${tableColumn(TABLES.agreements, 'Avtals-id')},0)`, position, INTEGER_FORMAT);
    const format = name.endsWith('per år') ? KRONOR_FORMAT : name === 'Indexsats' ? '0.0%' : INTEGER_FORMAT;
    return formula(`=INDEX(${tableColumn(TABLES.agreements, column)},${rowRef})`, valueOf(column), format);
  });
}

function sumCell(r: number, years: number[], yearsCells: (PlanCell | null)[]): PlanCell {
  const total = yearsCells.reduce((s, c) => s + (typeof c?.value === 'number' ? c.value : 0), 0);
  if (years.length === 0) return num(0, KRONOR_FORMAT);
  return formula(`=SUM(${columnLetter(FIRST_YEAR_COLUMN)}${r}:${columnLetter(FIRST_YEAR_COLUMN + years.length - 1)}${r})`, total, KRONOR_FORMAT);
}
