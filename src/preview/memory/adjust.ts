import { columnIndex, columnLetter } from '../../workbook/plan';
import type { MemorySheet } from './sheet';

/** Where a move sends a cell: its new [row, column], or null when it was deleted. */
export type CellMove = (r: number, c: number) => [number, number] | null;

const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)`;
const CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const REFERENCE = new RegExp(String.raw`(?<![\p{L}\p{N}_.$\]])(?:(${SHEET})!)?(${CELL})(?::(${CELL}))?(?![\p{L}\p{N}_(!])`, 'gu');

function parseCell(ref: string): { absC: boolean; c: number; absR: boolean; r: number } {
  const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/.exec(ref)!;
  return { absC: !!m[1], c: columnIndex(m[2]), absR: !!m[3], r: Number(m[4]) - 1 };
}

const showCell = (x: { absC: boolean; c: number; absR: boolean; r: number }) => `${x.absC ? '$' : ''}${columnLetter(x.c)}${x.absR ? '$' : ''}${x.r + 1}`;

/**
 * A formula after cells of `target` moved, as Excel rewrites references when rows or columns are inserted or
 * deleted: a reference to a moved cell follows it, one to a deleted cell becomes #REF!, and a range keeps the
 * cells that remain between its corners (a corner that was deleted moves inwards). Whole columns and structured
 * references ([@Belopp]) are not cell references and stay as they are.
 */
export function adjustFormula(formula: string, formulaOnTarget: boolean, target: MemorySheet, move: CellMove): string {
  const targetName = target.name.toLowerCase();
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (whole: string, sheet: string | undefined, a: string, b: string | undefined) => {
            const name = sheet?.replace(/^'(.*)'$/, '$1').replace(/''/g, "'").toLowerCase();
            if (name === undefined ? !formulaOnTarget : name !== targetName) return whole;
            const prefix = sheet ? `${sheet}!` : '';
            const start = parseCell(a);
            if (b === undefined) {
              const to = move(start.r, start.c);
              return to ? `${prefix}${showCell({ ...start, r: to[0], c: to[1] })}` : '#REF!';
            }
            const end = parseCell(b);
            // Corners that were deleted move inwards to the nearest cell that remains.
            let r0 = start.r;
            let to0 = move(r0, start.c);
            while (!to0 && r0 < end.r) to0 = move(++r0, start.c);
            let r1 = end.r;
            let to1 = move(r1, end.c);
            while (!to1 && r1 > start.r) to1 = move(--r1, end.c);
            if (!to0 || !to1) return '#REF!';
            return `${prefix}${showCell({ ...start, r: to0[0], c: to0[1] })}:${showCell({ ...end, r: to1[0], c: to1[1] })}`;
          }),
    )
    .join('');
}
