import { isMinutes } from '../economy/minutes';
import { findAmounts } from '../fields/amounts';
import { mentionsIop, negatedMention, PROPOSES_TO_ENTER } from '../kind';
import { squash } from './normalize';
import { Line, SourceDoc, sentences, viewOf } from './source';

/**
 * Minutes of a whole meeting hold several numbered items ("§ 45 Budget 2027", "§ 46 Föreningsbidrag", "§ 47
 * Idéburet offentligt partnerskap – X", "§ 48 Delegationsbeslut"), each with its own names, parties, dates and amounts:
 * the committee's budget, another club's grant with its own org number, a detaljplan. Only the items about the
 * partnership are the document: every other item is blanked before any field is read (name, parties, period,
 * extension, economy). Other documents, and minutes of one item, are read whole.
 *
 * An item is about the partnership, in this order (the first tier that finds any decides):
 * 1. its heading names the partnership ("Idéburet offentligt partnerskap – X", "IOP med …"; a heading a PDF breaks
 *    over two lines, or a bare "§ 142" with the title on the next line, is read with its next line);
 * 2. its heading speaks of a partnership or an agreement ("Överenskommelse med Föreningen X om …");
 * 3. its decision enters one ("att ingå överenskommelse om …", "beslutar att teckna IOP med …");
 * 4. a sentence of it names the partnership and does not deny it ("är inte ett IOP", "prövas inte", "i stället för").
 */

/**
 * An item's heading at a line's start: "§ 47 Idéburet offentligt partnerskap", "47 § Ansökan om …", a bare "§ 47",
 * also as a Markdown heading ("## § 47 …"). The minutes' one reader of a § heading: the view and the name use it.
 */
const ITEM_HEADING = /^[ \t#*]*(?:§[ \t]*\d{1,4}|\d{1,3}[ \t]*§)(?=[ \t]+\p{Lu}|[ \t*]*$)/u;
/** A heading's words for a partnership or an agreement, looser than the partnership's name. */
const AGREEMENT_WORDS = /(?<!\p{L})(?:partnerskap\p{L}*|överenskommelse\p{L}*|samverkansavtal\p{L}*)(?!\p{L})/iu;

interface Item {
  from: number;
  to: number;
  heading: string;
}

/** A § heading: its line, and its title with the "§ 47" taken off (read with its next line when that carries it on). */
export interface ItemHeading {
  line: number;
  title: string;
}

/** The title of the heading at line `i`: the line, with the next one when it is bare, broken mid-title or carried on in lower case. */
function titleAt(lines: Line[], i: number): string {
  const number = ITEM_HEADING.exec(lines[i].text)?.[0] ?? '';
  const own = squash(lines[i].text.slice(number.length).replace(/^[ \t*]+|[ \t*]+$/g, ''));
  const next = lines[i + 1];
  if (!next || next.blank || next.cells) return own;
  const broken = /[–-]$|\s(?:och|om|för|med|till|av|i)$/iu.test(own) || /^\s*\p{Ll}/u.test(next.text);
  return own === '' || (broken && next.text.length <= 120) ? squash(`${own} ${next.text}`) : own;
}

/**
 * The document's § headings ("§ 142 Idéburet offentligt partnerskap – X", "142 § …", a bare "§ 142" with its title
 * below): in minutes, the items; in the partnership's view of them, the partnership's own.
 * @example itemHeadings(minutesView(minutes)!) // [{ line: 40, title: 'Idéburet offentligt partnerskap – X' }]
 */
export function itemHeadings(doc: SourceDoc): ItemHeading[] {
  const heads: ItemHeading[] = [];
  for (const line of doc.lines) {
    if (!line.cells && line.text.length <= 160 && ITEM_HEADING.test(line.text)) heads.push({ line: line.index, title: titleAt(doc.lines, line.index) });
  }
  return heads;
}

/** The items of minutes of a whole meeting, or null when this is no such document. */
function itemsOf(doc: SourceDoc): Item[] | null {
  if (!isMinutes(doc)) return null;
  const heads = itemHeadings(doc);
  if (heads.length < 2) return null;
  return heads.map((h, k) => ({ from: h.line, to: k + 1 < heads.length ? heads[k + 1].line : doc.lines.length, heading: h.title }));
}

/** The sentences of an item that name the partnership and do not deny it, and those that enter one. */
function itemSentences(doc: SourceDoc, r: Item): { names: boolean; enters: boolean } {
  const start = doc.lines[r.from].start;
  const end = r.to < doc.lines.length ? doc.lines[r.to].start : doc.prose.length;
  const list = sentences(doc, start, end);
  const positive = list.filter((s, k) => !negatedMention(s.text, list[k + 1]?.text ?? ''));
  return {
    names: positive.some((s) => mentionsIop(s.text)),
    enters: positive.some((s) => /(?<!\p{L})att\s/iu.test(s.text) && PROPOSES_TO_ENTER.test(s.text)),
  };
}

/**
 * The minutes' items about the partnership, or null when the whole document is to be read (no minutes, fewer than
 * two items, or every item or none is about it).
 * @example partnershipItems(minutesOfFourItems, itemsOf(minutesOfFourItems)) // [{ from: 40, to: 71, heading: '§ 47 Idéburet offentligt partnerskap – X' }]
 */
function partnershipItems(doc: SourceDoc, items: Item[]): Item[] | null {
  const read = new Map(items.map((r) => [r, itemSentences(doc, r)]));
  const tiers: ((r: Item) => boolean)[] = [
    (r) => mentionsIop(r.heading) && !negatedMention(r.heading, ''),
    (r) => AGREEMENT_WORDS.test(r.heading) && !negatedMention(r.heading, ''),
    (r) => read.get(r)?.enters === true,
    (r) => read.get(r)?.names === true,
  ];
  for (const tier of tiers) {
    const about = items.filter(tier);
    if (about.length) return about.length < items.length ? about : null;
  }
  return null;
}

/**
 * A line of another item that is the minutes' own, not the item's: the issuer's letterhead or footer (a public
 * body's org number, "212000-2718", with no amount) and the signature line ("Justerandes signatur",
 * "Utdragsbestyrkande"). It stays in the view: the municipality's number is every item's.
 */
const PUBLIC_NUMBER = /(?<![\d-])2\d{5}\s?[-–]\s?\d{4}(?!\d)/u;
const SIGNATURE = /(?<!\p{L})(?:justerandes?\s+sign\p{L}*|utdragsbestyrkande|justering)(?!\p{L})/iu;
const minutesOwn = (line: Line) => SIGNATURE.test(line.text) || (PUBLIC_NUMBER.test(line.text) && !findAmounts(line.text).length);

/**
 * The document as the partnership's items of minutes of a whole meeting give it: every other item blanked (spaces,
 * line breaks kept, so every offset is the original's). Null when the document is to be read whole.
 * @example minutesView(minutesOfFourItems)?.text // the letterhead, § 142 and the signature line; § 141, § 143 and § 144 blank
 */
export function minutesView(doc: SourceDoc): SourceDoc | null {
  const items = itemsOf(doc);
  const about = items && partnershipItems(doc, items);
  if (!items || !about) return null;
  const blanked = new Set<number>();
  for (const r of items) {
    if (about.includes(r)) continue;
    for (let i = r.from; i < r.to; i++) if (!minutesOwn(doc.lines[i])) blanked.add(i);
  }
  return viewOf(doc, blanked);
}
