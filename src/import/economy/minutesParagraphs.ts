import type { SourceDoc } from '../text/source';
import { isMinutes } from './minutes';

/**
 * Minutes of a whole meeting hold several numbered items ("§ 45 Budget 2027", "§ 46 Föreningsbidrag", "§ 47
 * Idéburet offentligt partnerskap – X", "§ 48 Delegationsbeslut"), each with its own amounts: the committee's budget,
 * other associations' grants. Only the items about the partnership hold its economy: those whose heading names it,
 * else those whose text does. Other documents, and minutes of one item, are read whole.
 */

/** An item's heading at a line's start: "§ 47 Idéburet offentligt partnerskap", "47 § Ansökan om …". */
const ITEM_HEADING = /^\s*(?:§\s*(\d{1,3})|(\d{1,3})\s*§)\s+\p{Lu}/u;
/** Words naming the partnership. */
const PARTNERSHIP = /(?<!\p{L})(?:idéburet\s+offentligt\s+partnerskap|idéburna\s+offentliga\s+partnerskap|IOP|partnerskap\p{L}*)(?!\p{L})/iu;

/**
 * The line ranges of the minutes' items about the partnership, or null when the whole document is to be read (no
 * minutes, fewer than two items, or every item or none is about it).
 * @example partnershipItems(minutesOfFourItems) // [{ from: 40, to: 71 }] (§ 47 only)
 */
export function partnershipItems(doc: SourceDoc): { from: number; to: number }[] | null {
  if (!isMinutes(doc)) return null;
  const heads: number[] = [];
  for (const line of doc.lines) if (!line.cells && line.text.length <= 160 && ITEM_HEADING.test(line.text)) heads.push(line.index);
  if (heads.length < 2) return null;
  const items = heads.map((from, k) => ({ from, to: k + 1 < heads.length ? heads[k + 1] : doc.lines.length }));
  const text = (r: { from: number; to: number }) => doc.text.slice(doc.lines[r.from].start, r.to < doc.lines.length ? doc.lines[r.to].start : doc.text.length);
  const byHeading = items.filter((r) => PARTNERSHIP.test(doc.lines[r.from].text));
  const about = byHeading.length ? byHeading : items.filter((r) => PARTNERSHIP.test(text(r)));
  return about.length && about.length < items.length ? about : null;
}

/**
 * Line ranges cut to the minutes' items about the partnership (the ranges unchanged when there are none).
 * @example withinItems([{ from: 0, to: 120 }], [{ from: 40, to: 71 }]) // [{ from: 40, to: 71 }]
 */
export function withinItems(ranges: { from: number; to: number }[], items: { from: number; to: number }[] | null): { from: number; to: number }[] {
  if (!items) return ranges;
  // Both lists are in document order and do not overlap: one pass over the two (no pairs of them).
  const out: { from: number; to: number }[] = [];
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  let k = 0;
  for (const r of sorted) {
    while (k < items.length && items[k].to <= r.from) k++;
    for (let j = k; j < items.length && items[j].from < r.to; j++) {
      const from = Math.max(r.from, items[j].from);
      const to = Math.min(r.to, items[j].to);
      if (from < to) out.push({ from, to });
    }
  }
  return out;
}
