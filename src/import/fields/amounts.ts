import { NUMBER_PATTERN, parseSwedishNumber, UNIT_PATTERN, unitFactor } from '../../domain/swedishNumbers';
import { compoundNumber } from './numbers';

/**
 * Amounts in kronor, found in running text as Swedish documents write them (read by the one number policy of src/domain/swedishNumbers.ts): `1 750 000 kr`, `1.750.000 kr`, `1 750 000:-`,
 * `681 600 SEK`, `600 tkr`, `1,2 mnkr`, `2 miljoner kronor`. A number without a currency word is not an
 * amount (postal codes, GLN numbers, years), except where the caller knows the cell holds kronor.
 */
export interface AmountMatch {
  value: number;
  start: number;
  end: number;
}

/**
 * "420 000 kr" (a raised footnote marker may stand between: "420 000² kr"), or the currency first as some writers
 * put it: "SEK 420.000", "kr 60 000", "Kr 1 200", with its scale after the number: "SEK 1,66 miljoner" (a "kr" right after another number is that number's unit, never
 * this one's; a year after "kr" is no amount: "kr 2028"). Legal style writes the amount in words with its digits in
 * brackets before the currency word, "fyrahundrafemtiotusen (450.000) kronor": the digits are the amount (a bracket
 * opened right after a word). A thousand mark after the number, "450' kr", "450’ per år", "12,5' kr", is thousands
 * of kronor (small municipalities' shorthand): with a currency word or a period right after it ("rum 12’" is no
 * amount), and not after a quote mark that opens it ("'450'" is a quoted number).
 */
/**
 * A year that names a budget's or an outcome's column, not an amount: "budget 2029 tkr", "utfall 2028 tkr", "Budget
 * 2030 kr" (officials' shorthand for "budget for 2029, in tkr"). Only a year-shaped number right after such a word.
 */
const BUDGET_YEAR = String.raw`(?<=(?<!\p{L})(?:budget|budgetår|utfall|prognos|verksamhetsår|kalenderår|år)[ \t\u00a0])(?:19|20)\d{2}(?![\d.,]|[ \u00a0]\d{3})`;

const AMOUNT = new RegExp(
  String.raw`(?<![\d.,:/])(?!${BUDGET_YEAR})(${NUMBER_PATTERN})[¹²³⁴⁵⁶⁷⁸⁹⁰]{0,2}(?:(?<=\p{L}[ \t]?\([ \t]?[\d., \u00a0\u2009\u202f]{1,20})[ \t]?\))?\s*(${UNIT_PATTERN})(?![\p{L}\d])` +
    String.raw`|(?<![\p{L}\d])(SEK|kr\.?|kronor)(?<!\d[ \u00a0]?(?:kr\.?|kronor))[ \u00a0]?(?!(?:19|20)\d{2}(?![\d.,]|[ \u00a0]\d{3}))(${NUMBER_PATTERN})(?:[ \u00a0](miljoner|miljon|tusen)(?!\p{L}))?(?![\d\p{L}]|[.,]\d)` +
    String.raw`|(?<![\d.,:/'’])(\d{1,3}(?:,\d{1,2})?)['’](?:[ \u00a0]?(kr\.?|kronor|sek)(?![\p{L}\d])|(?=[ \u00a0]?(?:per|\/|i|om)[ \u00a0]?(?:år|helår|mån|månad|termin|halvår|kvartal|säsong)(?!\p{L})))`,
  'giu',
);
const BARE = new RegExp(String.raw`^\s*(${NUMBER_PATTERN})\s*$`, 'u');

/** A number as Swedish documents write it ("1 750 000", "1.750.000", "1,45"); NaN when it is none. */
export function numberValue(text: string): number {
  return parseSwedishNumber(text) ?? NaN;
}

/** Whole kronor; an amount above the range for money is still read, so that the import refuses it with a warning on its line (ranges.ts). */
function toKronor(numberText: string, unit: string): number | null {
  const value = numberValue(numberText) * (unitFactor(unit) ?? 1);
  if (!Number.isFinite(value)) return null;
  return Math.round(value);
}

/**
 * An amount written out in one word before its currency word: "trettiotvåtusenfemhundra kronor", "fyrahundrasextiotusen
 * kronor" (compoundNumber). Only words of thousands and more; the digits, when the text gives them too, win.
 */
const WORDED_AMOUNT = /(?<![\p{L}\d])(\p{L}{4,}(?:tusen|miljoner|miljon)\p{L}*)[ \u00a0]+(?:kronor|kr\.?|SEK)(?![\p{L}\d])/giu;

/** Every amount with a currency word in the text, left to right. */
export function findAmounts(text: string, offset = 0): AmountMatch[] {
  const out: AmountMatch[] = [];
  AMOUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT.exec(text))) {
    const value = m[1] !== undefined ? toKronor(m[1], m[2]) : m[4] !== undefined ? toKronor(m[4], m[5] ?? m[3]) : toKronor(m[6], 'tkr');
    if (value !== null) out.push({ value, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  if (!/tusen|miljon/iu.test(text)) return out;
  const worded: AmountMatch[] = [];
  WORDED_AMOUNT.lastIndex = 0;
  while ((m = WORDED_AMOUNT.exec(text))) {
    const value = compoundNumber(m[1]);
    const start = offset + m.index;
    const end = start + m[0].length;
    if (value === null || value < 1000 || out.some((a) => a.start < end && a.end > start)) continue;
    // "sextiotusen kronor (60 000 kronor)": the digits that follow restate the words.
    const next = out.find((a) => a.start >= end);
    if (next && next.value === value && /^\s*\(\s*$/u.test(text.slice(end - offset, next.start - offset))) continue;
    worded.push({ value, start, end });
  }
  return worded.length ? [...out, ...worded].sort((a, b) => a.start - b.start) : out;
}

/**
 * A table cell that holds only a number, in a column the header says is kronor, or in the unit `scale` says ("212,5" in
 * tkr is 212 500): scaled before it is rounded to whole kronor.
 */
export function bareAmount(cell: string, scale = 1): number | null {
  const m = BARE.exec(cell);
  if (!m) return null;
  const value = Math.round(numberValue(m[1]) * scale);
  return Number.isFinite(value) && value >= 100 ? value : null;
}

/**
 * The amount a cell or a line ends with (the item's price), if any, bare or per year: also per läsår, verksamhetsår,
 * kalenderår, helår or säsong, one year of the activity (as economy/vocabulary.ts's YEARLY_AFTER).
 * @example trailingAmount('81 600 kr per läsår')?.value // 81600
 */
export function trailingAmount(text: string, offset = 0): AmountMatch | null {
  const all = findAmounts(text, offset);
  if (!all.length) return null;
  const last = all[all.length - 1];
  const rest = text.slice(last.end - offset);
  return YEARLY_TAIL.test(rest) ? last : null;
}
const YEARLY_TAIL = /^[\s/]*(?:(?:per\s+|\/\s*)?(?:kalender|verksamhets|läs|hel)?år(?:et)?|(?:per\s+|\/\s*)säsong(?:en)?|årligen)?[\s.)*]*$/iu;
