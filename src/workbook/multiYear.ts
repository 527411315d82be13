import type { Agreement } from '../domain/agreement';
import { buildSchedule } from '../domain/schedule';
import { CALC_FIRST_YEAR_COLUMN, CalcBlock, calcRange } from './calculation';
import { PERIOD_LABELS, SECTOR_LABELS, SHEETS, TOTAL_LABEL } from './names';
import { planNote } from './planNotes';
import { INTEGER_FORMAT, KRONOR_FORMAT, PlanCell, SheetPlan, columnLetter, formula, num, text } from './plan';

const PERIODS = ['base', 'extended'] as const;
const PARTS = ['public', 'civil', 'total'] as const;
/** Avtal, Period, Del, then the years, Summa and (last, narrow) the technical Avtals-id. */
const FIRST_YEAR_COLUMN = 3;
export const PLAN_HEADER_ROW = 3;

function partLabel(part: (typeof PARTS)[number]): string {
  return part === 'total' ? TOTAL_LABEL : SECTOR_LABELS[part];
}

/**
 * Sheet "Flerårsplan": per agreement six rows (public, civil, total for the base period and with every
 * planned extension) × calendar years, then the same six rows summed over all agreements, and a chart of
 * the yearly totals. Each side is the SUMIFS of its parties' exact amounts over the agreement's own rows on the
 * calculation sheet, rounded once (the inner ROUND to 6 decimals removes binary floating-point noise before
 * rounding half up), so an edited cost item flows through and the cost grows linearly with the agreements.
 */
export function buildMultiYearSheet(
  agreements: readonly Agreement[],
  keys: readonly string[],
  years: number[],
  committee: string,
  blocks: ReadonlyMap<string, CalcBlock>,
): SheetPlan {
  const sumCol = FIRST_YEAR_COLUMN + years.length;
  const yearLetter = (i: number) => columnLetter(FIRST_YEAR_COLUMN + i);
  const cells: (PlanCell | null)[][] = [
    [text(`Flerårsplan ${committee}`, { bold: true })],
    [text('Kronor per kalenderår: indexerat per nytt kalenderår och proportionerat per hela månad. "Med förlängningar" räknar med alla förlängningar avtalet medger.')],
    // What the plan assumes and leaves out, said on the sheet itself (not only in the pane).
    ((note) => (note ? [text(note)] : []))(planNote(agreements)),
    [
      text('Avtal', { bold: true }),
      text('Period', { bold: true }),
      text('Del', { bold: true }),
      ...years.map((y) => ({ ...num(y, INTEGER_FORMAT), bold: true })),
      text('Summa', { bold: true }),
      text('Avtals-id', { bold: true }),
    ],
  ];
  // The computed values are the domain core's schedule; LibreOffice checks that the formulas agree with it.
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const scheduleRows = new Map<string, ReturnType<typeof buildSchedule>['years'][number][]>();
  agreements.forEach((a, ai) => {
    const byYear: ReturnType<typeof buildSchedule>['years'][number][] = [];
    for (const y of buildSchedule(a).years) {
      const i = yearIndex.get(y.year);
      if (i !== undefined) byYear[i] = y;
    }
    scheduleRows.set(keys[ai], byYear);
  });
  const valueOf = (key: string, period: string, part: string, yi: number): number => {
    const y = scheduleRows.get(key)?.[yi];
    if (!y) return 0;
    if (period === 'base') return part === 'public' ? y.basePublic : part === 'civil' ? y.baseCivil : y.baseTotal;
    return part === 'public' ? y.public : part === 'civil' ? y.civil : y.total;
  };
  const letters = years.map((_, yi) => yearLetter(yi));

  const firstDataRow = cells.length;
  agreements.forEach((a, ai) => {
    const key = keys[ai];
    const block = blocks.get(key)!;
    for (const period of PERIODS) {
      // The period's rows of this agreement on Beräkning: a few rows, not the whole sheet.
      const [first, last] = period === 'base' ? [block.baseFirst, block.baseLast] : [block.extendedFirst, block.extendedLast];
      const sectors = calcRange('Sektor', first, last);
      for (const part of PARTS) {
        const r = cells.length + 1;
        const yearsCells = years.map((_, yi) => {
          const value = valueOf(key, period, part, yi);
          if (part === 'total') return formula(`=${letters[yi]}${r - 2}+${letters[yi]}${r - 1}`, value, KRONOR_FORMAT);
          return formula(`=ROUND(ROUND(SUMIFS(${calcRange(CALC_FIRST_YEAR_COLUMN + yi, first, last)},${sectors},$C${r}),6),0)`, value, KRONOR_FORMAT);
        });
        cells.push([text(a.name), text(PERIOD_LABELS[period]), text(partLabel(part)), ...yearsCells, sumCell(r, years, yearsCells), text(key)]);
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
      const yearsCells = years.map((_, yi) => {
        const value = agreements.reduce((s, _a, ai) => s + valueOf(keys[ai], period, part, yi), 0);
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
    columnWidths: [30, 18, 10, ...years.map(() => 13), 15, 8],
    frozenRows: PLAN_HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: [PLAN_HEADER_ROW, PLAN_HEADER_ROW] },
    frame: { row: PLAN_HEADER_ROW, column: 0, rows: lastDataRow - PLAN_HEADER_ROW, columns: sumCol + 2, headerRows: 1, wrapColumns: [0] },
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

function sumCell(r: number, years: number[], yearsCells: PlanCell[]): PlanCell {
  const total = yearsCells.reduce((s, c) => s + (c.value as number), 0);
  if (years.length === 0) return num(0, KRONOR_FORMAT);
  return formula(`=SUM(${columnLetter(FIRST_YEAR_COLUMN)}${r}:${columnLetter(FIRST_YEAR_COLUMN + years.length - 1)}${r})`, total, KRONOR_FORMAT);
}
