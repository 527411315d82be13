import type { CellValue } from '../../workbook/plan';
import { invalidArgument } from './errors';
import { LIMITS } from './limits';

/** One stored cell. `error` marks an error value (#N/A …), which `values` shows as its text. */
export interface Cell {
  value: CellValue;
  formula?: string;
  format?: string;
  bold?: boolean;
  error?: boolean;
  /** Print layout of a report's framed block. */
  wrap?: boolean;
  fill?: string;
}

/** Excel's error values (Excel.ErrorCellValueType); typed into a cell they are errors, not text. */
export const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!'];

const MONTHS: Record<string, number> = {};
[
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'february'],
  ['mar', 'mars', 'march'],
  ['apr', 'april'],
  ['maj', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['aug', 'augusti', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oct', 'oktober', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

function serial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999) return null;
  // Excel keeps an impossible date ("2023-02-29") as the text it is.
  if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return null;
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const fullYear = (y: string | undefined) => (y === undefined ? new Date().getUTCFullYear() : y.length <= 2 ? 2000 + Number(y) : Number(y));

/** A plain number in the en-US or the sv-SE way of writing it (either locale may be the user's). */
function plainNumber(s: string): number | null {
  if (/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(s) || /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+,\d+$/.test(s) || /^\d{1,3}([ \u00a0]\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/[ \u00a0]/g, '').replace(',', '.'));
  if (/^\.\d+$/.test(s)) return Number(s);
  return null;
}

/**
 * What typing `s` into a General-formatted cell gives, when it is not text: a number (also "5%", "$100",
 * "100 kr", "(100)", "1e5"), a date or time serial ("2024-07-01", "1/2", "Jan 2024", "3 maj", "12:30"), a logical
 * or an error value. Excel reads input in the user's locale; the memory workbook takes what en-US or sv-SE
 * would convert, so that a writer that survives it survives both.
 */
export function convertedInput(text: string): { value: number | boolean | string; error?: boolean } | null {
  const s = text.trim();
  if (s === '') return null;
  if (ERROR_VALUES.includes(s.toUpperCase())) return { value: s.toUpperCase(), error: true };
  if (/^(true|false|sant|falskt)$/i.test(s)) return { value: /^(true|sant)$/i.test(s) };
  let body = s;
  let sign = 1;
  if (/^\(.*\)$/.test(body)) {
    sign = -1;
    body = body.slice(1, -1).trim();
  }
  if (/^[+-]/.test(body)) {
    if (body[0] === '-') sign = -sign;
    body = body.slice(1).trim();
  }
  let scale = 1;
  if (body.endsWith('%')) {
    scale = 0.01;
    body = body.slice(0, -1).trim();
  }
  body = body.replace(/^[$€£]\s*/, '').replace(/\s*(kr|sek|€|\$|£)$/i, '');
  const n = plainNumber(body);
  if (n !== null) return { value: sign * n * scale };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return wrap(serial(+iso[1], +iso[2], +iso[3]));
  const slash = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(s);
  if (slash) return wrap(serial(fullYear(slash[3]), +slash[1], +slash[2]) ?? serial(fullYear(slash[3]), +slash[2], +slash[1]));
  const named = new RegExp(`^(?:(\\d{1,2})\\.?[\\s-]+)?(${MONTH})\\.?(?:[\\s,.-]+(\\d{1,2})(?=,))?,?(?:[\\s,.-]+(\\d{1,4}))?$`, 'i').exec(s);
  if (named && (named[1] || named[3] || named[4])) {
    const month = MONTHS[named[2].toLowerCase()];
    const day = named[1] ?? named[3];
    const yearOrDay = named[4];
    if (day) return wrap(serial(fullYear(yearOrDay), month, +day));
    // "Jan 2024" is January 2024; "maj 3" is the 3rd of May.
    return wrap(yearOrDay && yearOrDay.length <= 2 && +yearOrDay <= 31 ? serial(fullYear(undefined), month, +yearOrDay) : serial(fullYear(yearOrDay), month, 1));
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([ap])\.?m\.?)?$/i.exec(s);
  if (time) return { value: ((+time[1] % 12) + (time[4]?.toLowerCase() === 'p' ? 12 : time[4] ? 0 : +time[1] >= 12 ? 12 : 0) + +time[2] / 60 + +(time[3] ?? 0) / 3600) / 24 };
  return null;
}

function wrap(v: number | null): { value: number } | null {
  return v === null ? null : { value: v };
}

/**
 * A cell as Excel stores what `values`/`formulas` receive, like typed input (Microsoft's Range.values docs: a
 * value that starts with "+", "-" or "=" is interpreted as a formula; locale-shaped text becomes a number or
 * date). A leading apostrophe stores the rest as text; so does a cell formatted as text ("@").
 */
export function parseInput(input: unknown, textFormatted = false): Cell {
  if (input === null || input === undefined || input === '') return { value: '' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidArgument(`${input} är inget tal Excel kan lagra.`);
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') throw invalidArgument(`Ett cellvärde måste vara text, tal eller sant/falskt, inte ${typeof input}.`);
  const s = input;
  if (s.length > LIMITS.cellCharacters + (s.startsWith("'") ? 1 : 0)) throw invalidArgument(`En cell rymmer högst ${LIMITS.cellCharacters} tecken (fick ${s.length}).`);
  if (textFormatted) return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (/^[=+\-@]/.test(s) && s.length > 1) {
    const converted = s[0] !== '=' && s[0] !== '@' ? convertedInput(s) : null;
    if (converted) return converted;
    const formula = s[0] === '=' ? s : `=${s}`;
    if (formula.length > LIMITS.formulaCharacters) throw invalidArgument(`En formel får vara högst ${LIMITS.formulaCharacters} tecken.`);
    return { value: null, formula };
  }
  return convertedInput(s) ?? { value: s };
}

/**
 * The value of a formula that is plain arithmetic ("=550000*2", "=(100+50)/3"), as a user types in a cell;
 * null for anything else (references, functions). Division by zero shows Excel's #DIV/0!.
 */
export function arithmetic(formula: string): number | string | null {
  const src = formula.replace(/^=/, '').replace(/\s+/g, '');
  if (!/^[\d.+\-*/()]+$/.test(src)) return null;
  let i = 0;
  const expr = (): number => {
    let v = term();
    while (src[i] === '+' || src[i] === '-') v = src[i++] === '+' ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (src[i] === '*' || src[i] === '/') v = src[i++] === '*' ? v * factor() : v / factor();
    return v;
  };
  const factor = (): number => {
    if (src[i] === '-') {
      i++;
      return -factor();
    }
    if (src[i] === '(') {
      i++;
      const v = expr();
      if (src[i++] !== ')') throw new Error('parenthesis');
      return v;
    }
    const m = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (!m) throw new Error('number');
    i += m[0].length;
    return Number(m[0]);
  };
  try {
    const v = expr();
    if (i !== src.length) return null;
    return Number.isFinite(v) ? v : '#DIV/0!';
  } catch {
    return null;
  }
}
