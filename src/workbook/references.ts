import { columnIndex, columnLetter } from './plan';

/**
 * Translating a formula's cell references between A1 and R1C1 form, relative to the cell that holds it
 * (Range.formulasR1C1). Text in double quotes is left alone; a name followed by "(" is a function, not a cell
 * (LOG10( is a function, LOG10 a cell). Whole columns ($B:$B) and cells ($G$4, G4) are translated; structured
 * references ([@Belopp]) need no translation.
 */
function mapOutsideStrings(formula: string, map: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : map(part)))
    .join('');
}

// One pass, whole columns first: a translated reference is never translated again.
const A1_REFERENCE = /(?<![\p{L}\p{N}_.$\]])(?:(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})|(\$?)([A-Z]{1,3})(\$?)(\d+))(?![\p{L}\p{N}_(])/gu;

export function toR1C1(formula: string, row: number, column: number): string {
  if (!formula.startsWith('=')) return formula;
  const part = (abs: string, n: number, here: number, letter: 'R' | 'C') => (abs ? `${letter}${n + 1}` : n === here ? letter : `${letter}[${n - here}]`);
  return mapOutsideStrings(formula, (code) =>
    code.replace(A1_REFERENCE, (_m, a1: string, c1: string, a2: string, c2: string, ac: string, c: string, ar: string, r: string) =>
      c1 !== undefined ? `${part(a1, columnIndex(c1), column, 'C')}:${part(a2, columnIndex(c2), column, 'C')}` : `${part(ar, Number(r) - 1, row, 'R')}${part(ac, columnIndex(c), column, 'C')}`,
    ),
  );
}

const R1C1_REFERENCE = /(?<![\p{L}\p{N}_.\]])(?:C(\[-?\d+\]|\d+)?:C(\[-?\d+\]|\d+)?|R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?)(?![\p{L}\p{N}_(])/gu;

export function fromR1C1(formula: string, row: number, column: number): string {
  if (!formula.startsWith('=')) return formula;
  const at = (spec: string | undefined, here: number): { n: number; abs: boolean } =>
    spec === undefined ? { n: here, abs: false } : spec.startsWith('[') ? { n: here + Number(spec.slice(1, -1)), abs: false } : { n: Number(spec) - 1, abs: true };
  const col = (spec: string | undefined) => {
    const c = at(spec, column);
    return `${c.abs ? '$' : ''}${columnLetter(c.n)}`;
  };
  return mapOutsideStrings(formula, (code) =>
    code.replace(R1C1_REFERENCE, (m: string, c1: string | undefined, c2: string | undefined, r: string | undefined, c: string | undefined) => {
      if (m.startsWith('C')) return `${col(c1)}:${col(c2)}`;
      const rr = at(r, row);
      return `${col(c)}${rr.abs ? '$' : ''}${rr.n + 1}`;
    }),
  );
}
