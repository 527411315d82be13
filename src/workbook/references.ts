import { columnIndex, columnLetter } from './plan';

/**
 * Translating a formula's cell references between A1 and R1C1 form, relative to the cell that holds it
 * (Range.formulasR1C1), as Microsoft's "Overview of formulas" describes the R1C1 style: R[-2]C is two rows up in
 * the same column, R[2]C[2] two down and two right, R2C2 the absolute second row and column, R[-1] the whole row
 * above and R the current row (C likewise for columns). Text in double quotes is left alone; a name followed by
 * "(" is a function, not a cell (LOG10( is a function, LOG10 a cell); structured references ([@Belopp]) need no
 * translation.
 */
function mapOutsideStrings(formula: string, map: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : map(part)))
    .join('');
}

// One pass, whole columns and rows first: a translated reference is never translated again.
const A1_REFERENCE = /(?<![\p{L}\p{N}_.$\]])(?:(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})|(\$?)(\d+):(\$?)(\d+)|(\$?)([A-Z]{1,3})(\$?)(\d+))(?![\p{L}\p{N}_(])/gu;

/** "R[-1]", "R", "R5" (rows) or "C[2]", "C", "C3" (columns) for a 0-based index. */
function part(abs: string, n: number, here: number, letter: 'R' | 'C'): string {
  return abs ? `${letter}${n + 1}` : n === here ? letter : `${letter}[${n - here}]`;
}

/** A whole-row or whole-column range in R1C1: one part when both ends are the same (Excel writes C2, not C2:C2). */
function span(a: string, b: string): string {
  return a === b ? a : `${a}:${b}`;
}

/**
 * @example toR1C1('=SUM(A10:A20)', 4, 2) // '=SUM(R[5]C[-2]:R[15]C[-2])' (from C5)
 */
export function toR1C1(formula: string, row: number, column: number): string {
  if (!formula.startsWith('=')) return formula;
  return mapOutsideStrings(formula, (code) =>
    code.replace(A1_REFERENCE, (_m, ac1: string, c1: string, ac2: string, c2: string, ar1: string, r1: string, ar2: string, r2: string, ac: string, c: string, ar: string, r: string) => {
      if (c1 !== undefined) return span(part(ac1, columnIndex(c1), column, 'C'), part(ac2, columnIndex(c2), column, 'C'));
      if (r1 !== undefined) return span(part(ar1, Number(r1) - 1, row, 'R'), part(ar2, Number(r2) - 1, row, 'R'));
      return `${part(ar, Number(r) - 1, row, 'R')}${part(ac, columnIndex(c), column, 'C')}`;
    }),
  );
}

const SPEC = String.raw`(\[-?\d+\]|\d+)?`;
const R1C1_REFERENCE = new RegExp(String.raw`(?<![\p{L}\p{N}_.\]])(?:R${SPEC}C${SPEC}|R${SPEC}(?::R${SPEC})?|C${SPEC}(?::C${SPEC})?)(?![\p{L}\p{N}_([])`, 'gu');

/**
 * @example fromR1C1('=SUM(R[5]C[-2]:R[15]C[-2])', 4, 2) // '=SUM(A10:A20)' (in C5)
 */
export function fromR1C1(formula: string, row: number, column: number): string {
  if (!formula.startsWith('=')) return formula;
  const at = (spec: string | undefined, here: number): { n: number; abs: boolean } =>
    spec === undefined ? { n: here, abs: false } : spec.startsWith('[') ? { n: here + Number(spec.slice(1, -1)), abs: false } : { n: Number(spec) - 1, abs: true };
  const col = (spec: string | undefined) => {
    const c = at(spec, column);
    return `${c.abs ? '$' : ''}${columnLetter(c.n)}`;
  };
  const rowOf = (spec: string | undefined) => {
    const r = at(spec, row);
    return `${r.abs ? '$' : ''}${r.n + 1}`;
  };
  return mapOutsideStrings(formula, (code) =>
    code.replace(R1C1_REFERENCE, (m: string, r: string | undefined, c: string | undefined, r1: string | undefined, r2: string | undefined, c1: string | undefined, c2: string | undefined) => {
      if (m.startsWith('C')) return `${col(c1)}:${col(m.includes(':') ? c2 : c1)}`;
      if (/^R(\[-?\d+\]|\d+)?(:|$)/.test(m)) return `${rowOf(r1)}:${rowOf(m.includes(':') ? r2 : r1)}`;
      return `${col(c)}${rowOf(r)}`;
    }),
  );
}
