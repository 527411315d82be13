/**
 * Swedish numbers and amounts, one policy for every reader (the importer, the workbook read-back, the task pane):
 *
 * - a comma is the decimal sign: "2,5" = 2.5, "1,750" = 1.75, "0,025" = 0.025;
 * - spaces (also no-break, thin and narrow no-break) and points group thousands: "1 750 000", "1.750.000" and
 *   "1.750" (a point before exactly three digits, after a group that does not start with 0) = 1 750;
 * - any other single point is a decimal point, as people also type it: "2.5" = 2.5, "0.025" = 0.025;
 * - an apostrophe between groups of three digits groups thousands, as Swiss and some Word templates write them:
 *   "640'000", "1'516'000", "2’500" (`groupApostrophes` turns them into spaces before a text is read);
 * - a number with both signs: the last one is the decimal sign ("1.750.000,50", "1,750,000.50");
 * - repeated commas between groups of three digits group thousands ("1,750,000");
 * - units: kr, kronor, SEK, ":-" and ",-" are kronor; tkr / tusen kronor × 1 000; mnkr, mkr, miljoner kronor × 1 000 000.
 *
 * Pure: no locale, no Intl. Writing numbers (Intl, sv-SE) stays with each surface.
 */

/** Spaces people, Word and Excel put between digit groups. */
const GROUP_SPACE = '[ \\u00a0\\u2009\\u202f]';
const SPACES = /[\s\u00a0\u2009\u202f]+/g;

/**
 * A number as it appears in running text: digit groups separated by spaces, points or apostrophes, an optional decimal
 * comma, or plain digits with a decimal comma or point. For building larger patterns (amounts in documents).
 */
export const NUMBER_PATTERN = String.raw`\d{1,3}(?:(?:${GROUP_SPACE}|\.)\d{3})+(?:,\d{1,2})?|\d{1,3}(?:['’]\d{3})+(?:,\d{1,2})?|\d+(?:,\d+)?`;

/** Currency words after a number, longest first; `unitFactor` gives their scale. */
export const UNIT_PATTERN = String.raw`(?:mnkr|mkr|msek|ksek|miljoner\s+kronor|miljoner\s+kr|miljon\s+kronor|milj\.?\s*kr|mn\s*kr|tkr|tsek|tusen\s+kronor|tusen\s+kr|kronor|kr\.?|sek|:-|,-)`;

/** The scale of a currency word: 1 000 000 for mnkr and "miljoner kronor", 1 000 for tkr, else 1; null if it is none. */
export function unitFactor(unit: string): number | null {
  const u = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^(mnkr|mkr|msek|miljoner( kronor| kr)?|miljon( kronor)?|milj\.? ?kr|mn ?kr|mn)$/.test(u)) return 1_000_000;
  if (/^(tkr|tsek|ksek|tusen( kronor| kr)?)$/.test(u)) return 1_000;
  if (/^(kr\.?|kronor|sek|:-|,-)$/.test(u)) return 1;
  return null;
}

/**
 * Thousands grouped by apostrophes ("640'000", "1’516’000"): a group of one to three digits, then groups of exactly
 * three each after an apostrophe, not inside a longer run of digits or apostrophes. "450' kr" (thousands of kronor, a
 * mark after the number) and a quoted "'450'" are none.
 */
const APOSTROPHE_GROUPS = /(?<![\d'’.,])\d{1,3}(?:['’]\d{3})+(?![\d'’])/g;

/**
 * The text with every apostrophe that groups thousands replaced by a space ("1'516'000 SEK" → "1 516 000 SEK"): the
 * same length, so every offset stays; the number then reads as any number grouped by spaces.
 * @example groupApostrophes("2'500 tim à 180 SEK") // "2 500 tim à 180 SEK"
 */
export function groupApostrophes(text: string): string {
  return /['’]\d{3}/.test(text) ? text.replace(APOSTROPHE_GROUPS, (m) => m.replace(/['’]/g, ' ')) : text;
}

const GROUPED: Record<string, RegExp> = { '.': /^[1-9]\d{0,2}(\.\d{3})+$/, ',': /^[1-9]\d{0,2}(,\d{3})+$/ };
const grouped = (digits: string, sep: '.' | ',') => GROUPED[sep].test(digits);
const SPACE_GROUPS = new RegExp(String.raw`^\d{1,3}(${GROUP_SPACE}\d{3})+([.,]\d+)?$`);

/**
 * A number written the Swedish way (see the policy above), with an optional leading minus (-, − or –).
 * Null for anything else: letters, misplaced spaces ("17 50"), a trailing separator, several decimal signs.
 */
export function parseSwedishNumber(text: string): number | null {
  let s = groupApostrophes(String(text ?? '').trim()).replace(/^[−–]/, '-');
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1).trim();
  if (/[\s\u00a0\u2009\u202f]/.test(s)) {
    // Spaces only between groups of three digits: "1 750 000", "1 750 000,50".
    if (!SPACE_GROUPS.test(s)) return null;
    s = s.replace(SPACES, '');
  }
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normal: string;
  if (dots > 0 && commas > 0) {
    const decimalSep = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const at = s.lastIndexOf(decimalSep);
    const whole = s.slice(0, at);
    if (s.split(decimalSep).length !== 2 || !grouped(whole, groupSep)) return null;
    normal = `${whole.split(groupSep).join('')}.${s.slice(at + 1)}`;
  } else if (dots + commas > 1) {
    const sep = dots > 0 ? '.' : ',';
    if (!grouped(s, sep)) return null;
    normal = s.split(sep).join('');
  } else if (dots === 1) {
    normal = grouped(s, '.') ? s.replace('.', '') : s;
  } else normal = s.replace(',', '.');
  const n = Number(normal);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/**
 * An amount in kronor: a Swedish number with an optional currency word ("1 750 000 kr", "1.750.000 kr",
 * "1 750 000:-", "681 600 SEK", "1,45 mnkr", "350 tkr"). Not rounded: whole kronor is the caller's rule
 * (src/domain/money.ts). Null when the number or the unit is not one.
 */
export function parseSwedishAmount(text: string): number | null {
  const m = /^(.*?\d)\s*([^\d\s.,][^]*|,-)?$/.exec(String(text ?? '').trim());
  if (!m) return null;
  const factor = m[2] ? unitFactor(m[2]) : 1;
  if (factor === null) return null;
  const n = parseSwedishNumber(m[1]);
  if (n === null) return null;
  // Work in öre so that "1,1 mnkr" is exactly 1 100 000, not 1 100 000.0000000002.
  return Math.round(n * factor * 100) / 100;
}
