/**
 * Amounts in kronor as Swedish documents write them: `1 750 000 kr`, `1.750.000 kr`, `1 750 000:-`,
 * `681 600 SEK`, `600 tkr`, `1,2 mnkr`, `2 miljoner kronor`. A number without a currency word is not an
 * amount (postal codes, GLN numbers, years), except where the caller knows the cell holds kronor.
 */
export interface AmountMatch {
  value: number;
  start: number;
  end: number;
}

const NUMBER = String.raw`\d{1,3}(?:(?: |\.)\d{3})+(?:,\d{1,2})?|\d+(?:,\d+)?`;
const UNIT = String.raw`(?:mnkr|mkr|msek|miljoner\s+kronor|miljoner\s+kr|milj\.?\s*kr|mn\s*kr|tkr|tsek|tusen\s+kronor|kronor|kr\.?|sek|:-)`;
const AMOUNT = new RegExp(String.raw`(?<![\d.,:/])(${NUMBER})\s*(${UNIT})(?![\p{L}\d])`, 'giu');
const BARE = new RegExp(String.raw`^\s*(${NUMBER})\s*$`, 'u');

function multiplier(unit: string): number {
  const u = unit.toLowerCase().replace(/\s+/g, ' ');
  if (/^(mnkr|mkr|msek|miljoner|milj|mn)/.test(u)) return 1_000_000;
  if (/^(tkr|tsek|tusen)/.test(u)) return 1_000;
  return 1;
}

export function numberValue(text: string): number {
  const t = text.replace(/ /g, '');
  // "1.750.000": points that group thousands; a lone "1.5" never reaches here (NUMBER forbids it).
  const grouped = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) ? t.replace(/\./g, '') : t;
  return Number(grouped.replace(',', '.'));
}

function toKronor(numberText: string, unit: string): number | null {
  const value = numberValue(numberText) * multiplier(unit);
  if (!Number.isFinite(value) || value > 1e11) return null;
  return Math.round(value);
}

/** Every amount with a currency word in the text, left to right. */
export function findAmounts(text: string, offset = 0): AmountMatch[] {
  const out: AmountMatch[] = [];
  AMOUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT.exec(text))) {
    const value = toKronor(m[1], m[2]);
    if (value !== null) out.push({ value, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** A table cell that holds only a number, in a column the header says is kronor. */
export function bareAmount(cell: string): number | null {
  const m = BARE.exec(cell);
  if (!m) return null;
  const value = numberValue(m[1]);
  return Number.isFinite(value) && value >= 100 && value <= 1e11 ? Math.round(value) : null;
}

/** The amount a cell or a line ends with (the item's price), if any. */
export function trailingAmount(text: string, offset = 0): AmountMatch | null {
  const all = findAmounts(text, offset);
  if (!all.length) return null;
  const last = all[all.length - 1];
  const rest = text.slice(last.end - offset);
  return /^[\s/]*(?:(?:per\s+)?år|\/\s*år|årligen)?[\s.)*]*$/i.test(rest) ? last : null;
}
