/**
 * Reading single cells that people typed by hand. Each reader accepts what is unambiguous ("1 750 000 kr",
 * "2 %", a date serial, "offentlig") and refuses, with a Swedish reason, what could mean two things
 * ("1.750": 1,75 or 1 750?) or nothing. A value read from text also says how the cell should be stored
 * (`fix`), so the writers can store it as the number the report formulas need.
 */
import type { Sector } from '../domain/agreement';
import { dateToExcelSerial, excelSerialToDate, formatDate, isValidParts } from '../domain/dates';
import { isKronorInRange, overCeiling } from '../domain/money';
import { parseOrgNumber } from '../domain/orgNumber';
import { parseSwedishNumber, unitFactor } from '../domain/swedishNumbers';
import { DATE_FORMAT, INTEGER_FORMAT, KRONOR_FORMAT } from './plan';
import type { CellValue } from './plan';
import { ITEM_TYPES, SECTOR_LABELS } from './names';

export const PERCENT_FORMAT = '0.0%';

export type CellRead<T> = { ok: true; value: T | null; fix?: { value: number | string; format?: string } } | { ok: false; reason: string };

const ok = <T>(value: T | null, fix?: { value: number | string; format?: string }): CellRead<T> => (fix ? { ok: true, value, fix } : { ok: true, value });
const fail = <T>(reason: string): CellRead<T> => ({ ok: false, reason });

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Spaces people and Excel put in numbers: ordinary, no-break, thin and narrow no-break. */
const SPACES = /[\s\u00a0\u2009\u202f]+/g;

function show(v: CellValue): string {
  return typeof v === 'string' ? `"${v.trim()}"` : String(v);
}

/** Excel's own error values (#DIV/0!, #N/A, #REF! …), which `values` shows as this text for a failed formula. */
const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!']);

/** Excel shows a failed formula as its error value (#REF!, #VALUE! …); other text that begins with "#" is text. */
function errorValue(s: string): boolean {
  return ERROR_VALUES.has(s.trim().toUpperCase());
}

/** A decimal number written by a person, read by the one Swedish policy (src/domain/swedishNumbers.ts). */
export const parseDecimal = parseSwedishNumber;

function numberText(v: CellValue, what: string, example: string): CellRead<number> {
  const s = String(v).trim();
  if (errorValue(s)) return fail(`visar felet ${s} (en formel som inte kan räknas)`);
  const n = parseDecimal(s);
  if (n === null) return fail(`${show(v)} är inget tal – skriv ${what} som ett tal, t.ex. ${example}`);
  return ok(n);
}

/** Kronor per year: a number, or text such as "1 750 000 kr", "1,5 mnkr", "750 tkr". Never negative. */
export function readAmount(v: CellValue): CellRead<number> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'boolean') return fail(`${String(v)} är inget belopp`);
  let amount: number;
  if (typeof v === 'number') amount = v;
  else if (errorValue(String(v))) return fail(`visar felet ${String(v).trim()} (en formel som inte kan räknas)`);
  else {
    // "1 000:-" and "1 000,-" are kronor.
    const s = String(v).trim().replace(/\s*[:,]-$/, ' kr');
    const m = /^(.*?\d)\s*([^\d\s.,].*)?$/.exec(s);
    const unit = m?.[2]?.trim() ?? '';
    const factor = unit ? unitFactor(unit) : 1;
    if (factor === null) return fail(`${show(v)} är inget belopp – skriv beloppet i kronor som ett tal, t.ex. 1750000`);
    const read = numberText(m?.[1] ?? s, 'beloppet', '1750000');
    if (!read.ok || read.value === null) return read;
    // Work in öre so that "1,1 mnkr" is exactly 1 100 000, not 1 100 000.0000000002.
    amount = Math.round(read.value * factor * 100) / 100;
  }
  if (!Number.isFinite(amount)) return fail(`${show(v)} är inget belopp`);
  if (amount < 0) return fail(`${show(v)} är negativt – ett belopp per år kan inte vara negativt`);
  // The range for money (src/domain/money.ts): 1e300 typed in a cell is refused here, on its cell.
  if (!isKronorInRange(amount)) return fail(overCeiling(amount));
  return typeof v === 'number' ? ok(amount) : ok(amount, { value: amount, format: KRONOR_FORMAT });
}

/**
 * The index rate as a fraction. A rate is below 100 %, so 2 (or "2", "2 %", "2,5 %") can only mean per cent;
 * 0.02 is already a fraction. 100 or more is refused.
 */
export function readRate(v: CellValue): CellRead<number> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'boolean') return fail(`${String(v)} är ingen indexsats`);
  let rate: number;
  if (typeof v === 'number') rate = v;
  else {
    const s = String(v).trim();
    const percent = /%$/.test(s);
    const read = numberText(percent ? s.replace(/\s*%$/, '') : s, 'indexsatsen', '2 %');
    if (!read.ok || read.value === null) return read;
    rate = percent ? read.value / 100 : read.value;
    if (percent) {
      // "150 %" is a rate of 1.5, never per cent points to divide again.
      if (Math.abs(rate) >= 1) return fail(`${show(v)} är ingen rimlig indexsats – skriv t.ex. 2 %`);
      return ok(rate, { value: rate, format: PERCENT_FORMAT });
    }
  }
  if (Math.abs(rate) >= 1 && Math.abs(rate) < 100) rate = rate / 100;
  else if (Math.abs(rate) >= 100) return fail(`${show(v)} är ingen rimlig indexsats – skriv t.ex. 2 %`);
  rate = Number(rate.toPrecision(12));
  return rate === v ? ok(rate) : ok(rate, { value: rate, format: PERCENT_FORMAT });
}

// Agreements are dated in this range; a serial outside it is a typing mistake (2024 typed as a number is 1905-07-16).
const EARLIEST_YEAR = 1950;
const LATEST_YEAR = 2200;

/** A date: an Excel serial or ISO text ("2024-07-01", also "2024-7-1" and "20240701"). */
export function readDate(v: CellValue): CellRead<string> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'boolean') return fail(`${String(v)} är inget datum`);
  const s = String(v).trim();
  if (errorValue(s)) return fail(`visar felet ${s} (en formel som inte kan räknas)`);
  const serial = typeof v === 'number' ? v : /^\d{5}$/.test(s) ? Number(s) : null;
  let iso: string | null;
  if (serial !== null) {
    try {
      iso = formatDate(excelSerialToDate(serial));
    } catch {
      iso = null;
    }
  } else {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00)?)?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
    const parts = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
    iso = parts && isValidParts(parts) ? formatDate(parts) : null;
  }
  const year = iso ? Number(iso.slice(0, 4)) : NaN;
  if (!iso || year < EARLIEST_YEAR || year > LATEST_YEAR) return fail(`${show(v)} är inget datum – skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-07-01`);
  if (typeof v === 'number') return ok(iso);
  const [y, mo, d] = iso.split('-').map(Number);
  return ok(iso, { value: dateToExcelSerial({ year: y, month: mo, day: d }), format: DATE_FORMAT });
}

/** A count or a year: a number or numeric text; `whole` refuses fractions, `min`/`max` bound it. */
export function readNumber(v: CellValue, options: { whole?: boolean; min?: number; max?: number; positive?: boolean; format?: string } = {}): CellRead<number> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'boolean') return fail(`${String(v)} är inget tal`);
  let n: number;
  if (typeof v === 'number') n = v;
  else {
    const read = numberText(v, 'talet', '12');
    if (!read.ok || read.value === null) return read;
    n = read.value;
  }
  if (!Number.isFinite(n)) return fail(`${show(v)} är inget tal`);
  if (options.whole && !Number.isInteger(n)) return fail(`${show(v)} ska vara ett heltal`);
  if (options.positive && n <= 0) return fail(`${show(v)} ska vara större än 0`);
  if (options.min !== undefined && n < options.min) return fail(`${show(v)} får inte vara mindre än ${options.min}`);
  if (options.max !== undefined && n > options.max) return fail(`${show(v)} får inte vara större än ${options.max}`);
  return typeof v === 'number' ? ok(n) : ok(n, { value: n, format: options.format ?? INTEGER_FORMAT });
}

/**
 * A day of the year as "MM-DD" ("02-15", "2-15"); a date typed into the cell gives its month and day.
 * @example readMonthDay('02-15') // { ok: true, value: '02-15' }
 */
export function readMonthDay(v: CellValue): CellRead<string> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 1) return fail(`${show(v)} är ingen dag`);
    const d = excelSerialToDate(v);
    return ok(`${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);
  }
  const m = /^\s*(\d{1,2})-(\d{1,2})\s*$/.exec(String(v));
  if (!m || !isValidParts({ year: 2000, month: Number(m[1]), day: Number(m[2]) })) return fail(`${show(v)} är ingen dag; skriv månad-dag, t.ex. 02-15`);
  return ok(`${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`);
}

/**
 * Text as it stands in the cell, spaces and all: the report formulas match it exactly (SUMIFS), so the read-back
 * does too, and a name that begins or ends with a space round-trips unchanged.
 */
export function readText(v: CellValue): CellRead<string> {
  if (isBlank(v)) return ok(null);
  const s = String(v);
  if (typeof v === 'string' && errorValue(s)) return fail(`visar felet ${s.trim()} (en formel som inte kan räknas)`);
  return ok(s);
}

/** Text the host says is text (not an error value), read as it stands even when it reads like "#N/A". */
export function readHostText(v: CellValue): CellRead<string> {
  return isBlank(v) ? ok(null) : ok(String(v));
}

/** NNNNNN-NNNN; digits without the hyphen (or 12 digits) are read and stored in that form. */
export function readOrgNumber(v: CellValue): CellRead<string> {
  if (isBlank(v)) return ok(null);
  const s = String(v).trim();
  const parsed = parseOrgNumber(s);
  if (!parsed.ok) return fail(parsed.message);
  return parsed.value === v ? ok(parsed.value) : ok(parsed.value, { value: parsed.value });
}

function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(SPACES, ' ').trim();
}

const PUBLIC_WORDS = new Set(['offentlig', 'offentliga', 'offentlig sektor', 'offentlig part', 'kommun', 'kommunen', 'region', 'public']);
const CIVIL_WORDS = new Set(['idéburen', 'ideburen', 'idéburna', 'idéburen sektor', 'idéburen part', 'idéburen organisation', 'ideell', 'ideel', 'ideella', 'ideell sektor', 'ideell organisation', 'civil', 'civilsamhälle', 'civilsamhället', 'förening']);

export function readSector(v: CellValue): CellRead<Sector> {
  if (isBlank(v)) return ok(null);
  const s = fold(String(v));
  const sector: Sector | null = PUBLIC_WORDS.has(s) ? 'public' : CIVIL_WORDS.has(s) ? 'civil' : null;
  if (!sector) return fail(`${show(v)} är ingen sektor – skriv Offentlig eller Idéburen`);
  return String(v) === SECTOR_LABELS[sector] ? ok(sector) : ok(sector, { value: SECTOR_LABELS[sector] });
}

export type ItemType = 'costItem' | 'contribution';

/** Typ in IOP_Poster. Empty is a cost item, as the report formulas count it ("<>Bidrag"). */
export function readItemType(v: CellValue): CellRead<ItemType> {
  if (isBlank(v)) return ok('costItem');
  const s = fold(String(v));
  if (['kostnadspost', 'kostnad', 'kostnader', 'kostnadsposter'].includes(s)) {
    return String(v) === ITEM_TYPES.costItem ? ok('costItem') : ok('costItem', { value: ITEM_TYPES.costItem });
  }
  if (s === 'bidrag') {
    return String(v) === ITEM_TYPES.contribution ? ok('contribution') : ok('contribution', { value: ITEM_TYPES.contribution });
  }
  return fail(`${show(v)} är ingen typ – skriv ${ITEM_TYPES.costItem} eller ${ITEM_TYPES.contribution}`);
}

/**
 * One row of a table the user fills in (IOP_Uppfoljning, IOP_Fakturor): a cell by column name, where a cell is for
 * messages ("Fakturor rad 7, kolumn Belopp"), and `read`, which names a cell it cannot read in `problems` and gives
 * null for it.
 * @example const { get, read } = userRow('Fakturor', headers, cells, 7, problems); read('Fakturadatum', readDate)
 */
export function userRow(sheet: string, headers: readonly string[], cells: readonly CellValue[], rowNumber: number, problems: string[]) {
  const get = (c: string): CellValue => (headers.indexOf(c) < 0 ? null : (cells[headers.indexOf(c)] ?? null));
  const where = (c: string) => `${sheet} rad ${rowNumber}, kolumn ${c}`;
  const read = <T>(c: string, reader: (v: CellValue) => CellRead<T>): T | null => {
    const r = reader(get(c));
    if (r.ok) return r.value;
    problems.push(`${where(c)}: ${r.reason} – värdet lästes inte in.`);
    return null;
  };
  return { get, where, read };
}
