import { squash } from '../text/normalize';

/**
 * Columns that are parts of one year: half-years ("Jan–jun | Jul–dec", "Halvår 1 | Halvår 2", "H1 | H2", "VT | HT"),
 * quarters ("Kv 1 … Kv 4", "Q1", "Jan–mar … Okt–dec") and months ("Jan … Dec"). A table whose columns are such parts
 * and no yearly column states each row's year as the parts' sum, when the parts cover the twelve months once each.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
/** A month's name, short or long ("jan", "januari", "sept", "sept."). */
const MONTH = String.raw`(?:jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|jun(?:i)?|jul(?:i)?|aug(?:usti)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ORDINAL: Record<string, number> = { första: 1, andra: 2, tredje: 3, fjärde: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** The unit or scale after a column's name: "(tkr)", "kr", "tkr". */
const UNIT_TAIL = /\s*(?:\((?:t|mn)?kr\)|(?:t|mn)?kr)\s*$/i;

const monthIndex = (name: string) => MONTHS.indexOf(name.toLowerCase().replace(/\.$/, '').slice(0, 3));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

const PATTERNS: [RegExp, (m: RegExpExecArray) => number[] | null][] = [
  // "Jan–jun", "januari–juni", "1 jan–30 jun"
  [new RegExp(String.raw`^(?:\d{1,2}\s*)?(${MONTH})\s*[–-]\s*(?:\d{1,2}\s*)?(${MONTH})$`, 'iu'), (m) => {
    const [a, b] = [monthIndex(m[1]), monthIndex(m[2])];
    return a >= 0 && b >= a ? range(a + 1, b + 1) : null;
  }],
  // "Jan", "Februari"
  [new RegExp(String.raw`^(${MONTH})$`, 'iu'), (m) => (monthIndex(m[1]) >= 0 ? [monthIndex(m[1]) + 1] : null)],
  // "Halvår 1", "H1", "1:a halvåret", "Första halvåret", "Halvår 2", "Andra halvåret"
  [/^(?:halvår\s*([12])|h([12])|([12])(?::a|:e)?\s+halvåret|(första|andra)\s+halvåret)$/iu, (m) => {
    const n = ORDINAL[(m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase()];
    return n === 1 ? range(1, 6) : range(7, 12);
  }],
  // "Kv 1", "Kvartal 2", "Q3", "K4", "1:a kvartalet", "Tredje kvartalet"
  [/^(?:kv(?:artal)?\.?\s*([1-4])|q([1-4])|k([1-4])|([1-4])(?::a|:e)?\s+kvartalet|(första|andra|tredje|fjärde)\s+kvartalet)$/iu, (m) => {
    const n = ORDINAL[(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]).toLowerCase()];
    return range(3 * n - 2, 3 * n);
  }],
  // "VT", "Vårtermin", "HT", "Hösttermin" (no year: the spring and autumn of one calendar year)
  [/^(?:(vt|vårtermin(?:en)?)|(ht|hösttermin(?:en)?))$/iu, (m) => (m[1] ? range(1, 6) : range(7, 12))],
];

/**
 * The months (1–12) a column's name covers as a part of a year, or null when it names no such part.
 * @example monthsOf('Jan–jun (tkr)') // [1, 2, 3, 4, 5, 6]
 * @example monthsOf('Kv 3') // [7, 8, 9]
 */
export function monthsOf(header: string): number[] | null {
  const name = squash(header.replace(UNIT_TAIL, '')).replace(/[\u2010-\u2015]/g, '–');
  if (!name || name.length > 30) return null;
  for (const [re, months] of PATTERNS) {
    const m = re.exec(name);
    if (m) return months(m);
  }
  return null;
}

/**
 * Whether columns' months cover the year once each (two halves, four quarters, twelve months, or a mix).
 * @example partitionsYear([[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12]]) // true
 */
export function partitionsYear(parts: number[][]): boolean {
  const all = parts.flat();
  return parts.length >= 2 && all.length === 12 && new Set(all).size === 12;
}

/**
 * A header cell that holds several parts of a year run together ("Jan–jun Jul–dec", "Kv1 Kv2 Kv3 Kv4": a PDF set
 * their columns closer than a space's width): the parts, or null.
 * @example splitParts('Jan–jun Jul–dec') // ['Jan–jun', 'Jul–dec']
 */
export function splitParts(cell: string): string[] | null {
  const words = squash(cell.replace(UNIT_TAIL, '')).split(' ');
  if (words.length < 2 || words.length > 12) return null;
  // Greedy from the left: the longest run of words that is one part, then the next.
  const parts: string[] = [];
  let k = 0;
  while (k < words.length) {
    let taken = 0;
    for (let n = Math.min(4, words.length - k); n >= 1; n--) {
      if (monthsOf(words.slice(k, k + n).join(' '))) {
        taken = n;
        break;
      }
    }
    if (!taken) return null;
    parts.push(words.slice(k, k + taken).join(' '));
    k += taken;
  }
  return parts.length >= 2 ? parts : null;
}

/**
 * A header cell of years run together ("2029 2030 2031": a PDF set narrow year columns closer than a space's width):
 * the years, two to six of them, each the one before plus one; null for anything else.
 * @example splitYears('2029 2030 2031') // ['2029', '2030', '2031']
 */
export function splitYears(cell: string): string[] | null {
  const words = squash(cell).split(' ');
  if (words.length < 2 || words.length > 6 || !words.every((w) => /^(?:19|20)\d\d$/.test(w))) return null;
  return words.every((w, k) => k === 0 || Number(w) === Number(words[k - 1]) + 1) ? words : null;
}

/**
 * A cell of `n` figures run together under such years ("850 800 750", "1 760 1 710 1 660", "212,5 218,4 224,0"),
 * split where only one reading gives `n` figures that each are written with groups of three digits ("1 760" is one
 * figure, "760 1" none, nor one that opens with "000"); null when no reading or more than one does ("100 200 300 400"
 * in three). A dash ("–") is an empty figure. Bounded: at most 6 figures of 18 words, and the walk stops at a second reading.
 * @example splitFigures('1 760 1 710 1 660', 3) // ['1 760', '1 710', '1 660']
 */
export function splitFigures(cell: string, n: number): string[] | null {
  const words = squash(cell).split(' ');
  if (!cell.trim() || words.length < n || words.length > n * 3) return null;
  const readings: string[][] = [];
  const walk = (k: number, got: string[]) => {
    if (readings.length > 1) return;
    if (k === words.length) {
      if (got.length === n) readings.push(got);
      return;
    }
    if (got.length === n) return;
    if (/^[–—-]$/.test(words[k])) return walk(k + 1, [...got, '']);
    if (!/^(?:0|[1-9]\d{0,2})(?:,\d{1,2})?$/.test(words[k])) return;
    // A figure: a lead of one to three digits, then groups of exactly three, the decimals on the last.
    for (let e = k + 1; e <= words.length; e++) {
      const last = words[e - 1];
      if (e > k + 1 && !/^\d{3}(?:,\d{1,2})?$/.test(last)) break;
      if (e > k + 1 && /,/.test(words[e - 2])) break;
      walk(e, [...got, words.slice(k, e).join(' ')]);
      if (/,/.test(last)) break;
    }
  };
  walk(0, []);
  return readings.length === 1 ? readings[0] : null;
}
