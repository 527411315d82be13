import { formatKronor, roundHalfUp } from '../../domain/money';
import type { ImportWarning, Provenance } from '../result';
import { findAmounts, trailingAmount } from '../fields/amounts';
import { percentShares, readProseShares } from './prose';
import { beforePeriod, wholeOfAnother } from './otherTotals';
import { provenance, warning } from '../fields/field';
import type { PartyInfo } from '../fields/parties';
import { joinWrapped, squash } from '../text/normalize';
import { Line, SourceDoc } from '../text/source';
import { cellAmount, describeItem, onePartyIn, partiesIn as distinctParties, partyMentions, roleWordOf, stripParens } from './cells';
import { emptyRead, type Economy, type PercentOfWhole, type RawItem, type RuleRead, type StatedAmount } from './model';
import { proseLines } from './reconcile';
import { readTable, TableHeader } from './table';
import { readLeaderList } from './leaderList';
import { AMOUNT_HEADER, COMMITMENT_LEAD, ENTER_CUE, GRAND_CUE, GRAND_LABEL, HEADER_CUE, LIST_MARK, PARTY_HEADER, PAYMENT_DUE_LABEL, RECEIVE_VERB, SHARE_VERB, TOTAL_LABEL, VALUATION_TAIL, VARIABLE_PART_VALUED } from './vocabulary';
import { type LineAmount, lineAmounts } from './lineAmount';
import { unitRates } from './unitRates';
import { headingScale, noteScaleBefore } from './scale';

export type { RawItem } from './model';

/**
 * The economy section read line by line: party headers ("Insats; Linköpings kommun", "X bidrar med …"),
 * item lines or table rows ending in an amount, labels that run over several lines before their amount
 * (PDF text), "Totalt" rows, and sentences stating a party's share or the total. Tables whose header says
 * what their columns hold are read by the table rule (src/import/economy/table.ts).
 */
const PROSE_CUE = /\b(uppgår|uppgick|står för|varav|kostnad på|bidrar\s+(?:\p{L}+\s+)?med|motsvarar|beräknas till|till ett värde av)\b/iu;
/**
 * A line that is (part of) a sentence about shares or totals, not an item: "Staden ersätter verksamheten med …". A
 * closed note without figures after the line's amount ("Lokal, 42 000 kr/år (förvaltningen betalar hyran direkt)")
 * says what the item is, and makes no sentence of it.
 */
const isProseLine = (line: string) => {
  const text = line.replace(TRAILING_NOTE, '$1');
  return PROSE_CUE.test(text) ||
  CHANGE_LINE.test(text) || SHARE_SENTENCE.test(text) || SHARE_VERB.test(text) || RECEIVE_VERB.test(text) || (GRAND_CUE.test(text) && PROSE_VERB.test(text)) || ENTER_CUE.test(text) || wholeOfAnother(text) || PAID_IN_PARTS.test(text) || VARIABLE_PART_VALUED.test(text);
};
/** An item's amount with its unit and period, and a closed note without figures after it, to the line's end. */
const TRAILING_NOTE = /(\d\s*(?:kr\.?|kronor|sek|tkr|:-)(?:[\s/]*(?:per|\/|i)\s*\p{L}{1,12})?)\s*\([^()\d]{2,120}\)[\s.,;]*$/iu;
/**
 * "Bidraget betalas ut kvartalsvis med 75 000 kronor": the amount after the word is an instalment, a part of a year's,
 * no item of its own ("300 000 kr per år, utbetalas kvartalsvis" names the yearly amount first and stays an item).
 */
const PAID_IN_PARTS = /(?<!\p{L})(?:kvartalsvis|halvårsvis|månadsvis|terminsvis)(?!\p{L})\D{0,30}\d/iu;
/**
 * A line about a change of an amount ("Bidraget höjs med 60 000 kr", "Förändring mot 2027: −30 000 kr"): the sentence
 * rule reads what it means. An amount written with a minus sign ("−30 000 kr", "-30 000 kr"; not a dash between
 * words, "Hyra - 30 000 kr") is a difference, never a cost.
 */
const CHANGE_LINE =
  /(?<!\p{L})(?:höjs|sänks|ökas|minskas|höjning(?:en)?|sänkning(?:en)?|förändring(?:en)?)(?!\p{L})|(?:^|[\s(:=])(?:−\s?|-)\d{1,3}(?:\s\d{3})*\s*(?:kr|kronor|tkr|mnkr)(?!\p{L})/iu;
/**
 * "Nämndens insats är 558 000 kr och föreningens 460 000 kr", and a decision's clause "2. att nämndens bidrag ska vara
 * 1,2 Mkr per år" ("ska uppgå till", "ska utgöra"): a sentence stating parties' shares, not an item line.
 */
const SHARE_SENTENCE = /(?<!\p{L})\p{L}+s\s+(?:del|andel|bidrag|insats|kostnad)(?:en|et|er|erna)?\s+(?:är|uppgår|blir|utgör|beräknas|(?:ska|skall)\s+(?:vara|uppgå|bli|utgöra))(?!\p{L})/iu;
const PROSE_VERB = /(?<!\p{L})(?:är|uppgår|blir|utgör|beräknas)(?!\p{L})/iu;

/**
 * The longest way a party is written: its name, an alias or its committee. A line no longer than that (give or take a
 * colon) is only the party's name, a heading for its items, also when the heading is the committee ("Socialnämnden")
 * and the committee's name is longer than the party's ("Åby kommun").
 */
function longestNaming(party: PartyInfo): number {
  return Math.max(party.name.length, party.unit?.length ?? 0, ...party.aliases.map((a) => a.length));
}

/** Label of an amount that stands alone: the lines before it, without their parenthesised explanations. */
function labelFromLines(lines: string[]): string {
  return stripParens(lines.join('\n'))
    .split('\n')
    .map((l) => squash(l).replace(/[:;,]$/, ''))
    .filter(Boolean)
    .join('; ');
}

interface LineRead {
  label: string;
  amount: number | null;
  start: number;
  end: number;
  /** The table cell that named the row's party (a "Part" column), if any. */
  partyCell?: string;
  /** How the amount was made yearly, when it was not written per year. */
  note?: string;
  /** Further items the same line lists, each with its own amount ("… samt egen lokal (72 000 kr)"). */
  more?: { label: string; amount: number; note?: string }[];
  /** The factors' product the line restates as its amount ("1 500 timmar à 200 kr, det vill säga 300 000 kr"). */
  factors?: { product: number; note: string };
}

/** How the current table is laid out: its amount column (and unit), a "Part" column, or one column per party. */
interface Layout {
  amount: { index: number; factor: number } | null;
  partyColumn: number | null;
  partyColumns: Map<number, PartyInfo> | null;
  factor: number;
}

function headerFactor(cell: string): number {
  if (/\b(mnkr|mkr|miljoner)\b/i.test(cell)) return 1_000_000;
  return /\btkr\b|tusental|tusen kronor/i.test(cell) ? 1000 : 1;
}

/** The amount of a cell under the current (header-less) layout; a bare number only in the amount column. */
function cellValue(cell: string, offset: number, bareFactor: number | null): number | null {
  if (bareFactor === null && trailingAmount(cell, offset) === null) return null;
  return cellAmount(cell, offset, bareFactor ?? 1);
}

function readLine(line: Line, layout: Layout): LineRead {
  // A row with one filled cell is a line (a PDF's bullet and its tab: "•⇥Sjuksköterska, 100 %: 640 tkr").
  if (line.cells && line.cells.filter(Boolean).length === 1) {
    const only = line.cells.find(Boolean) as string;
    const at = line.start + Math.max(0, line.text.indexOf(only));
    return readLine({ ...line, text: only, start: at, end: at + only.length, cells: null }, layout);
  }
  if (line.cells) {
    const cells = line.cells;
    for (let i = cells.length - 1; i >= 0; i--) {
      if (!cells[i]) continue;
      const offset = line.start + line.text.indexOf(cells[i]);
      const amount = cellValue(cells[i], offset, layout.amount && i === layout.amount.index ? layout.amount.factor : null);
      if (amount === null) break;
      const pc = layout.partyColumn;
      if (pc !== null && pc < i && cells[pc]) {
        const label = squash(cells.slice(0, i).filter((_, j) => j !== pc).join(' '));
        return { label: label || cells[pc], amount, start: line.start, end: line.end, partyCell: label ? cells[pc] : undefined };
      }
      return { label: squash(cells.slice(0, i).join(' ')), amount, start: line.start, end: line.end };
    }
    return { label: squash(cells.join(' ')), amount: null, start: line.start, end: line.end };
  }
  // A bullet and Markdown emphasis ("- *Summa bildningsnämnden: 200 000 kr*") are not part of the label.
  const text = line.text.replace(/^\s*[-–•*]\s+/, (m) => ' '.repeat(m.length)).replace(/(^\s*)[*_]+|[*_]+(\s*)$/g, (m) => ' '.repeat(m.length));
  const [hit, ...rest] = lineAmounts(text, line.start);
  if (!hit) return { label: squash(text), amount: null, start: line.start, end: line.end };
  const labelOf = (h: LineAmount) => squash(h.before).replace(/[:–-]\s*$/, '').trim();
  const more = rest.map((h) => ({ label: labelOf(h), amount: h.value, note: h.note }));
  return { label: labelOf(hit), amount: hit.value, start: line.start, end: line.end, note: hit.note, ...(more.length ? { more } : {}), ...(hit.factors ? { factors: hit.factors } : {}) };
}

const BULLET = /^\s*[-–•*]\s+\S/;

/** The party a label opens with as its subject ("kommunen driftbidrag", "Föreningen: material"); not a genitive. */
function openingParty(label: string, parties: PartyInfo[]): PartyInfo | null {
  const text = squash(label).replace(/^[-–•*]\s+/, '');
  const first = /^\p{L}+/u.exec(text);
  if (!first || /s$/iu.test(first[0])) return null;
  const hit = partyMentions(text, parties)[0];
  return hit && hit.index === 0 ? hit.party : null;
}

/**
 * A bullet line that is an item of the party whose heading it stands under: it has an amount the line rule reads
 * (per year, per month, hours × rate) and no other party is its subject (named before its paying verb, or opening
 * it: "- Kommunen står för hyran, 50 000 kr" is prose about the kommun), and it states no change ("- bidraget höjs
 * med 25 000 kr"). A place in a label ("lokal i Järvsö") is no subject.
 */
function ownBullet(line: Line, current: PartyInfo, parties: PartyInfo[], layout: Layout): boolean {
  if (!BULLET.test(line.text) || CHANGE_LINE.test(line.text) || readLine(line, layout).amount === null) return false;
  const text = line.text.replace(/^\s*[-–•*]\s+/, '');
  // A bullet of several sentences is a paragraph, read by the sentence rule ("• Bidraget räknas upp med 2 procent. För
  // förlängningsåret uppgår bidraget till …"), not one item.
  if (/[.!?]\s+\p{Lu}/u.test(text.trim())) return false;
  const verb = SHARE_VERB.exec(text);
  const subject = verb ? text.slice(0, verb.index) : (/^\S+(?:\s+\S+)?/u.exec(text)?.[0] ?? '');
  return partyMentions(subject, parties).every((h) => h.party === current);
}

/** How many lines below a bullet its wrapped rest may run (a narrow PDF column). */
const BULLET_WRAP = 3;

/**
 * A bullet with no amount of its own whose rest a narrow PDF column wrapped onto the lines below, up to the line that
 * ends the item with ";" or "." ("– lönekostnad för en verksamhetsutvecklare på" / "heltid, 985 000 kronor per år;",
 * an amount broken between its digit groups: "…, 260" / "000 kronor per år."), or, in a list without stops, up to where
 * the list goes on and the item's amount reads ("… 260 000 kr per" / "verksamhetsår"): the item as one line over those lines
 * (the text with its line breaks as spaces, offsets kept), and the index of its last line. Null when another bullet, a
 * blank line or a table row comes first.
 */
function wrappedBullet(doc: SourceDoc, i: number, to: number, layout: Layout): { line: Line; last: number } | null {
  const first = doc.lines[i];
  if (!BULLET.test(first.text) || readLine(first, layout).amount !== null) return null;
  for (let k = i + 1; k < to && k <= i + BULLET_WRAP; k++) {
    const next = doc.lines[k];
    if (next.blank || next.cells || BULLET.test(next.text)) return null;
    const joined = { line: { ...first, text: doc.prose.slice(first.start, next.end), end: next.end }, last: k };
    if (/[;.]["”)]*\s*$/.test(next.text)) return joined;
    // A list without stops: the item ends where the list goes on (a blank line, the next bullet, a table row), and its
    // period's words wrapped ("- fritidsledare: 260 000 kr per" / "verksamhetsår").
    const below = doc.lines[k + 1];
    if ((!below || k + 1 >= to || below.blank || below.cells || BULLET.test(below.text)) && readLine(joined.line, layout).amount !== null) return joined;
  }
  return null;
}

/** One item per party column with an amount ("Personal | 450 000 kr | 120 000 kr"), or the columns' subtotals. */
function readPartyColumns(line: Line, layout: Layout): { label: string; amounts: { party: PartyInfo; amount: number }[] } | null {
  const cells = line.cells;
  const columns = layout.partyColumns;
  if (!cells || !columns) return null;
  const amounts: { party: PartyInfo; amount: number }[] = [];
  const labelCells: string[] = [];
  cells.forEach((cell, i) => {
    const party = columns.get(i);
    if (!party) {
      if (cell) labelCells.push(cell);
      return;
    }
    if (!cell) return;
    const amount = cellValue(cell, line.start + line.text.indexOf(cell), layout.factor);
    if (amount !== null) amounts.push({ party, amount });
  });
  return amounts.length ? { label: squash(labelCells.join(' ')), amounts } : null;
}

/** A header row that has a column per party ("Insats | Linköpings kommun | Skäggetorps Fritidsförening"). */
function partyColumnsOf(cells: string[], parties: PartyInfo[]): Map<number, PartyInfo> | null {
  const columns = new Map<number, PartyInfo>();
  cells.forEach((cell, i) => {
    if (i === 0 || !cell) return;
    const named = distinctParties(cell, parties);
    const rest = squash(cell.replace(/\((?:kr|tkr|sek)\)|\b(?:kr|tkr|sek|per år|\/år|insats|bidrag|kostnad)\b/gi, ''));
    if (named.length === 1 && rest.length <= named[0].name.length + 12 && ![...columns.values()].includes(named[0])) columns.set(i, named[0]);
  });
  return columns.size >= 2 ? columns : null;
}

/** The line goes on with the sentence the line above began, and has an amount that the line above does not. */
function wrapsSentence(above: Line, line: Line): boolean {
  if (above.blank || above.cells || /[.:;!?]["”)]*\s*$/.test(above.text) || /^\s*[-–•*]\s/.test(line.text)) return false;
  return /^\s*\p{Ll}/u.test(line.text) && findAmounts(line.text).length > 0 && findAmounts(above.text).length === 0 && !/^\s*[-–•*]\s/.test(above.text);
}

/**
 * The line ends, with a full stop, a sentence that a long line of prose above began and broke mid-way in lower case
 * ("Föreningen X driver sedan 2022 en träffpunkt för äldre i" / "Y-gårdens lokal, med föreningsbidrag från nämnden om
 * 120 000 kronor per år.", or "… till 811" / "512 kronor."): the line is the sentence's end, read by the sentence rule, whatever letter it starts with.
 */
function endsSentenceAbove(above: Line, line: Line): boolean {
  if (above.blank || above.cells || BULLET.test(above.text) || BULLET.test(line.text)) return false;
  const text = above.text.trim();
  // Also one broken inside the amount itself ("… uppgår bidraget därmed till 811" / "512 kronor.").
  if (text.length < 50 || text.split(/\s+/).length < 8 || !/(?:\p{Ll}|\d)$/u.test(text)) return false;
  return /\.["”)]*\s*$/.test(line.text) && findAmounts(line.text).length > 0;
}

/**
 * A line after an item that carries on its label: lower case, or (right after a table row) a short line
 * that is not a heading, a total, or the label of an amount standing alone on the next line.
 */
function isContinuation(label: string, afterRow: boolean, next: Line | undefined): boolean {
  if (/^\p{Ll}/u.test(label)) return true;
  if (!afterRow || label.length > 60 || /:$/.test(label) || TOTAL_LABEL.test(label)) return false;
  return !next || next.blank || next.cells !== null || trailingAmount(next.text) === null;
}

const ECONOMY_HEADING = /^(ekonomi|ekonomiska konsekvenser|finansiering|kostnader|ersättning|budget)/i;
/** An appendix that holds the economy ("Bilaga 1 – Parternas insatser per år", "Bilaga 2. Budget"). */
const ECONOMY_APPENDIX = /^bilaga\s+\d{1,2}\b.{0,80}?(?<!\p{L})(?:insats\p{L}*|ekonomi\p{L}*|budget\p{L}*|kostnad\p{L}*|finansiering\p{L}*)/iu;
/**
 * An appendix printed for information, not as part of the agreement: "(för kännedom)", "för information", "ingår
 * inte i överenskommelsen", "utgör inte en del av avtalet".
 */
const FOR_INFORMATION = /för\s+kännedom|för\s+information|(?:ingår|utgör)\s+(?:inte|ej)\b|(?:inte|ej)\s+(?:en\s+)?del\s+av/iu;
/** A reference to an appendix in the economy's text: "framgår av bilaga 2", "enligt bilaga 1", "(se bilaga 1)". */
const APPENDIX_REFERENCE = /(?<!\p{L})(?:enligt|av|se|i)\s+bilaga\s+(\d{1,2})(?!\d)/giu;
/** An appendix's heading line, its number: "Bilaga 2", "Bilaga 2 – Resurser", "BILAGA 2. Resurser". */
const APPENDIX_HEADING = /^bilaga\s+(\d{1,2})(?!\d)(?:\s*[.:–—-]?\s+\p{Lu}.{0,60})?$/iu;
const TOP_NUMBER = /^(?:#+\s*)?(?:§\s*)?(\d{1,2})[.\s]/;
/**
 * A share of the money the economy's text leaves to another numbered section: "Förbundets bidrag regleras i avsnitt
 * 7", "Regionens medfinansiering framgår av punkt 8", "Kommunens ersättning anges i § 9". A money word, then the verb
 * and the section's number within the clause.
 */
const SECTION_REFERENCE =
  /(?<!\p{L})(?:\p{L}*bidrag\p{L}*|\p{L}*finansiering\p{L}*|ersättning\p{L}*|insats\p{L}*|andel\p{L}*|del)(?!\p{L})[^.;\n]{0,60}?(?<!\p{L})(?:regleras|framgår|anges|redovisas|beskrivs|specificeras)\s+(?:närmare\s+)?(?:i|av|under)\s+(?:avsnitt|punkt|paragraf|§)\s*(\d{1,2})(?![\d.,]\d)/giu;

/**
 * Where the economy is: each economy section (Ekonomi, Finansiering, Kostnader …) with its numbered subsections
 * ("7 Ekonomi", "7.1 Parternas insatser", "7.2 Utbetalning"), and an appendix that holds it; the whole document
 * when there is none.
 */
export function economyRanges(doc: SourceDoc): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  // Lines already in a range; sections and lines are each visited once, so this is linear in the document.
  const taken = new Uint8Array(doc.lines.length + 1);
  const take = (from: number, to: number) => {
    ranges.push({ from, to });
    taken.fill(1, from, to);
  };
  // A section with its numbered subsections ("7 Ekonomi", "7.1 …", "7.2 …"): its end, and the index of its last part.
  const withSubsections = (index: number, top: string | undefined): { to: number; last: number } => {
    const sub = top ? new RegExp(`^(?:§\\s*)?${top}\\.\\d`) : null;
    let to = doc.sections[index].to;
    while (sub && index + 1 < doc.sections.length && sub.test(squash(doc.sections[index + 1].heading.text).replace(/^#+\s*/, ''))) to = doc.sections[++index].to;
    return { to, last: index };
  };
  for (let index = 0; index < doc.sections.length; index++) {
    const section = doc.sections[index];
    if (!ECONOMY_HEADING.test(section.title) || taken[section.from]) continue;
    const { to, last } = withSubsections(index, TOP_NUMBER.exec(squash(section.heading.text))?.[1]);
    index = last;
    take(section.from, to);
  }
  // A section the economy hands a party's share to ("Förbundets bidrag regleras i avsnitt 7", "Regionens
  // medfinansiering framgår av punkt 8") holds that share, whatever its title ("7. Förbundets medfinansiering").
  const handedTo = referencesIn(doc, ranges, SECTION_REFERENCE);
  const handed = new Set<{ from: number; to: number }>();
  if (handedTo.size) {
    for (let index = 0; index < doc.sections.length; index++) {
      const section = doc.sections[index];
      const top = TOP_NUMBER.exec(squash(section.heading.text))?.[1];
      if (!top || !handedTo.has(top) || taken[section.from] || taken[section.heading.index]) continue;
      handedTo.delete(top);
      const { to, last } = withSubsections(index, top);
      index = last;
      take(section.from, to);
      handed.add(ranges[ranges.length - 1]);
    }
  }
  let nextSection = 0;
  const headings = new Set(doc.sections.map((x) => x.heading.index));
  // An appendix the economy section refers to ("framgår av bilaga 2", "enligt bilaga 1", "se bilaga 1") holds the
  // economy whatever its title ("Bilaga 2 Resurser"), also after the signatures.
  const referred = referencesIn(doc, ranges, APPENDIX_REFERENCE);
  const isReferred = (text: string) => referred.has(APPENDIX_HEADING.exec(text)?.[1] ?? '');
  // Appendices printed for information only: an organisation's whole budget, not the partnership's economy.
  const aside: { from: number; to: number }[] = [];
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    if (taken[i] || line.cells || line.text.length > 200 || !(ECONOMY_APPENDIX.test(squash(line.text)) || isReferred(squash(line.text)) || (!headings.has(i) && captionsTable(doc, i)))) continue;
    while (nextSection < doc.sections.length && doc.sections[nextSection].heading.index <= i) nextSection++;
    const to = nextSection < doc.sections.length ? doc.sections[nextSection].heading.index : doc.lines.length;
    if (FOR_INFORMATION.test(line.text)) aside.push({ from: i, to });
    else take(i + 1, to);
    i = to - 1;
  }
  // A section of the economy's words that states no amount ("6. Ersättningsnivåer": "Ersättningarna i avsnitt 4 är
  // fasta") does not hold the economy: the amounts stand under another heading ("Parternas insatser").
  // Nor does one of percentages only, except right after the budget it splits ("5. Finansiering": "Part | Andel"), or
  // where the economy hands a party's share to it ("Förbundet finansierar 35 procent av partnerskapets totala värde").
  const withAmounts = ranges.filter(
    (r, k) =>
      statesAmount(doc, r.from, r.to) ||
      (handed.has(r) && statesPercent(doc, r.from, r.to)) ||
      (k > 0 && statesAmount(doc, ranges[k - 1].from, ranges[k - 1].to) && adjacent(doc, ranges[k - 1].to, r.from) && statesShares(doc, r.from, r.to)),
  );
  if (withAmounts.length) return withAmounts;
  // No economy section: the whole document, less the appendices for information.
  const rest: { from: number; to: number }[] = [];
  let from = 0;
  for (const a of aside) {
    if (a.from > from) rest.push({ from, to: a.from });
    from = a.to;
  }
  if (from < doc.lines.length) rest.push({ from, to: doc.lines.length });
  return rest.length ? rest : [{ from: 0, to: doc.lines.length }];
}

/**
 * One past the last line of the list that follows a commitment's lead-in ("Föreningen åtar sig att"): its items and
 * the lines an item wraps onto (indented, or going on in lower case); `from` itself when no item follows.
 */
function commitmentListEnd(doc: SourceDoc, from: number, to: number): number {
  let j = from;
  while (j < to) {
    const line = doc.lines[j];
    if (line.blank || line.cells) break;
    if (!LIST_MARK.test(line.text) && (j === from || !/^(?:\s+\S|\p{Ll})/u.test(line.text))) break;
    j++;
  }
  return j;
}

/** A cell that is a bare number of kronor (in a table whose header gives the unit: "tkr", "Kronor"). */
const BARE_FIGURE = /^\s*\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d+)?\s*$/;

/**
 * Whether lines `from`–`to` state any amount: a sum with its unit, or a table cell of bare figures. A sentence about
 * a unit's whole budget ("Kostnaden ryms inom nämndens budget, som uppgår till 3,6 mnkr", otherTotals.ts) states
 * none of the partnership's: a decision's "Ekonomiska konsekvenser" of that kind alone leaves the economy where the
 * terms are restated (a förlängningsbeslut's "Ärendet").
 */
function statesAmount(doc: SourceDoc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const line = doc.lines[i];
    if (line.cells?.some((c) => BARE_FIGURE.test(c) && /\d{2}/.test(c))) return true;
    if (findAmounts(line.text, line.start).some((a) => !wholeOfAnother(sentenceAt(doc, a.start)))) return true;
  }
  return false;
}

/** A line that ends in a percentage ("Region X\t65 %", "Föreningen Y 25 %"): a row of a table of shares. */
const SHARE_ROW = /\d\s*(?:%|procent)\s*$/iu;

/** The numbers a reference pattern (its first group) names in the lines of the ranges: "avsnitt 7", "bilaga 2". */
function referencesIn(doc: SourceDoc, ranges: { from: number; to: number }[], pattern: RegExp): Set<string> {
  const out = new Set<string>();
  for (const r of ranges) for (let k = r.from; k < r.to; k++) for (const m of doc.lines[k].text.matchAll(pattern)) out.add(m[1]);
  return out;
}

/** Whether lines `from`–`to` state a percentage anywhere. */
function statesPercent(doc: SourceDoc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/\d\s*(?:%|procent)/iu.test(doc.lines[i].text)) return true;
  return false;
}

/** Whether lines `from`–`to` hold a row of a table of the parties' percentages. */
function statesShares(doc: SourceDoc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SHARE_ROW.test(doc.lines[i].text) && doc.lines[i].text.length <= 120) return true;
  return false;
}

/**
 * A heading of the economy's words that the outline did not take for a section ("Ekonomi före och efter
 * förlängningen"): a short line without a full stop whose next non-blank line is a table row.
 */
function captionsTable(doc: SourceDoc, i: number): boolean {
  const text = squash(doc.lines[i].text);
  if (text.length > 80 || /[.:;]$/.test(text) || !ECONOMY_HEADING.test(text)) return false;
  let j = i + 1;
  while (j < doc.lines.length && doc.lines[j].blank && !doc.lines[j].cells) j++;
  return j < doc.lines.length && doc.lines[j].cells !== null;
}

/** Spans already read as items or table sums, for the prose rule to skip: sorted, found by binary search. */
function spanIndex(spans: { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The widest end reached by any span up to each position, so that one search answers containment.
  const reach: number[] = [];
  let max = -1;
  for (const s of sorted) reach.push((max = Math.max(max, s.end)));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && reach[at] >= end;
  };
}

export function readEconomy(doc: SourceDoc, parties: PartyInfo[], firstYear: number | null = null): Economy {
  // Minutes of a whole meeting come here as the partnership's items only (text/minutesItems.ts).
  const ranges = economyRanges(doc);
  // A budget whose lines name no party, left unsplit at the end of its section: the next economy section right after
  // it ("4. Budget" then "5. Finansiering") may split it in a table of the parties' percentages.
  const reads: RuleRead[] = [];
  let unsplit: { to: number; totals: StatedAmount[] } | null = null;
  for (const r of ranges) {
    const read = readRange(doc, r.from, r.to, parties, unsplit && adjacent(doc, unsplit.to, r.from) ? unsplit.totals : []);
    reads.push(read);
    unsplit = read.unsplit.length ? { to: r.to, totals: read.unsplit } : null;
  }
  const commitments = reads.some((r) => r.items.length) ? null : commitmentItems(doc, ranges, parties, reads);
  if (commitments) reads.push(commitments);
  let items = reads.flatMap((r) => r.items);
  let partyTotals = reads.flatMap((r) => r.partyTotals);
  // A sum stated in a sentence about years before the agreement's first ("Projektet hade 2023–2026 en total budget om …").
  const read = reads.flatMap((r) => r.totals).filter((t) => (doc.budget?.tick(), !beforePeriod(sentenceAt(doc, t.start), firstYear)));
  // A budget's gross sum (table.ts) and any other sum of that amount (its cost side's) are no total of the partnership.
  const gross = new Set(read.filter((t) => t.gross).map((t) => t.amount));
  const totals = gross.size ? read.filter((t) => !gross.has(t.amount)) : read;
  const restated = restatedRuns(items, totals);
  if (restated.warning) {
    items = items.filter((it) => !restated.items.has(it));
    reads.push({ ...emptyRead(), warnings: [restated.warning] });
  }
  const warnings = reads.flatMap((r) => r.warnings);
  const whole = sharesOfWhole(reads.flatMap((r) => r.wholeShares ?? []), totals, partyTotals, warnings);
  for (const t of whole.partyTotals) partyTotals.push(t);
  for (const it of whole.items) items.push(it);
  // Prices per unit ("1 400 kr per tillfälle") whose counts stand in another section, made yearly when they add up.
  const rated = unitRates(doc, ranges, items, partyTotals, totals, parties);
  if (rated) {
    items = rated.items;
    partyTotals = rated.partyTotals;
    for (const w of rated.warnings) warnings.push(w);
  }
  const grand = pickGrandTotal(totals, items, partyTotals, warnings);
  const prov: Provenance[] = [
    ...items.map((it) => provenance('costItems', doc.text, it.start, it.end)),
    ...partyTotals.map((t) => provenance('contributions', doc.text, t.start, t.end)),
    ...(grand ? [provenance('annualTotal', doc.text, grand.start, grand.end)] : []),
  ];
  return { items, partyTotals: dedupeTotals(partyTotals, warnings, items), grandTotal: grand, partyReadings: partyTotals, totalReadings: totals, warnings, provenance: prov };
}

/**
 * Each party's percentage of the whole stated in a sentence of its own ("Förbundet finansierar 35 procent av
 * partnerskapets totala värde enligt avsnitt 6"), worked out from the total the economy states: the last one stated
 * before the sentence, else the only one. Worked out (derived, computed), like a split of the total: the total does not
 * confirm it. A party that has a share already (a split of the total, an amount of its own) keeps it. Without a stated
 * total, or beside several different ones after it, the share is left out with a warning.
 * @example sharesOfWhole([{ party: förbundet, percent: 35, … }], [{ party: null, amount: 2_400_000, … }], [], warnings) // 840 000
 */
function sharesOfWhole(shares: PercentOfWhole[], totals: StatedAmount[], partyTotals: StatedAmount[], warnings: ImportWarning[]): { partyTotals: StatedAmount[]; items: RawItem[] } {
  const out = { partyTotals: [] as StatedAmount[], items: [] as RawItem[] };
  if (!shares.length) return out;
  const stated = totals.filter((t) => !t.derived).sort((a, b) => a.end - b.end);
  const only = new Set(stated.map((t) => t.amount)).size === 1 ? stated[0] : undefined;
  const has = new Set(partyTotals.map((t) => t.party));
  // One walk over the totals in order as the shares go on: the last total that ends before each share.
  let k = -1;
  for (const w of [...shares].sort((a, b) => a.start - b.start)) {
    while (k + 1 < stated.length && stated[k + 1].end <= w.start) k++;
    if (has.has(w.party)) continue;
    has.add(w.party);
    const total = k >= 0 ? stated[k] : only;
    const pct = `${String(w.percent).replace('.', ',')} %`;
    if (!total) {
      warnings.push(warning('AMBIGUOUS', 'contributions', `${w.party.name} står för ${pct} av helheten, men dokumentet anger ingen total att räkna andelen ur; den togs inte med.`));
      continue;
    }
    const amount = roundHalfUp({ num: BigInt(Math.round(w.percent * 100)) * BigInt(total.amount), den: 10000n });
    out.partyTotals.push({ party: w.party, amount, derived: true, start: total.start, end: w.end });
    out.items.push({ party: w.party, label: `${pct} av totalen`, amount, computed: true, start: total.start, end: w.end });
  }
  return out;
}

/** A section of the parties' commitments: "Parternas åtaganden", "Åtaganden", "Föreningens insatser". */
const COMMITMENT_SECTION = /^(?:\p{L}+s\s+)?(?:åtaganden|insatser)(?!\p{L})/iu;

/**
 * The items of an economy whose section states only sums ("Partnerskapets samlade värde är 595 000 kronor per år,
 * varav Nämndens insatser 315 000 kronor och Föreningens 280 000 kronor"), while the amounts stand in the parties'
 * commitments, a section of its own outside the economy's ("Parternas åtaganden": "Nämnden lämnar ett
 * verksamhetsbidrag om 280 000 kronor per år", a lettered or numbered list, one amount per commitment). Read from
 * those sections only when the economy's own read no item, and kept only when they add up to what the economy
 * states: its total, or every party's stated share. Otherwise nothing (the sums alone, with their warnings).
 */
function commitmentItems(doc: SourceDoc, ranges: { from: number; to: number }[], parties: PartyInfo[], reads: RuleRead[]): RuleRead | null {
  const stated = reads.flatMap((r) => r.totals).filter((t) => !t.derived);
  const shares = reads.flatMap((r) => r.partyTotals).filter((t) => t.party && !t.derived);
  if (!stated.length && !shares.length) return null;
  const inRange = (k: number) => ranges.some((r) => k >= r.from && k < r.to);
  const sections = doc.sections.filter((x) => COMMITMENT_SECTION.test(squash(x.title)) && !inRange(x.from) && !inRange(x.heading.index));
  if (!sections.length) return null;
  const read = emptyRead();
  for (const x of sections) {
    const r = readRange(doc, x.from, x.to, parties);
    read.items.push(...r.items);
    read.warnings.push(...r.warnings);
  }
  if (!read.items.length || read.items.some((it) => it.party === null)) return null;
  const sum = read.items.reduce((n, it) => n + it.amount, 0);
  const own = new Map<PartyInfo, number>();
  for (const it of read.items) own.set(it.party as PartyInfo, (own.get(it.party as PartyInfo) ?? 0) + it.amount);
  const byParty = new Map<PartyInfo, number>();
  for (const t of shares) if (!byParty.has(t.party as PartyInfo)) byParty.set(t.party as PartyInfo, t.amount);
  const sharesAgree = byParty.size >= 2 && byParty.size === own.size && [...byParty].every(([party, amount]) => own.get(party) === amount);
  return stated.some((t) => t.amount === sum) || sharesAgree ? read : null;
}

/** Two ranges with only a heading (or blank lines) between them: consecutive sections. */
function adjacent(doc: SourceDoc, end: number, from: number): boolean {
  let words = 0;
  for (let k = end; k < from; k++) if (!doc.lines[k].blank && ++words > 1) return false;
  return from >= end;
}

/**
 * One range of lines read by the table, line and prose rules; `unsplit` the totals of a budget whose lines name no
 * party and that no statement in the range split between the parties. `budgetBefore`: such totals of the section
 * right before, which a table of percentages at this range's start may split.
 */
function readRange(doc: SourceDoc, from: number, to: number, parties: PartyInfo[], budgetBefore: StatedAmount[] = []): RuleRead & { unsplit: StatedAmount[] } {
  const items: RawItem[] = [];
  const partyTotals: StatedAmount[] = [];
  const totals: StatedAmount[] = [];
  let current: PartyInfo | null = null;
  let currentText: string | undefined;
  let pending: string[] = [];
  const layout: Layout = { amount: null, partyColumn: null, partyColumns: null, factor: 1 };
  // Typed wide on purpose: it is also set inside addItem, which TypeScript's narrowing does not follow.
  let lastItem = null as RawItem | null;
  // The label as written, before quantities were split off, so that a wrapped continuation can be re-read with it.
  let lastRaw = '';
  let lastWasRow = false;
  let inProse = false;
  const tableWarnings: ImportWarning[] = [];
  // The last table read, for rows a page break cut from it without repeating its header.
  let lastTable: { header: TableHeader; next: number } | null = null;
  // Bare figures in a leader list take the unit its section's heading names ("Ekonomi (kronor per år)").
  // Or the sentence just above the first list ("Parternas insatser per år i tkr."), which then holds for the range's
  // later lists too (one per party, each under its party's name).
  let bareScale = headingScale(doc, from);
  let listsRead = 0;

  // A block another reader took whole (a table, a list with leader dots): its readings join this range's, the line
  // rules start afresh after it, and the loop goes on at its last line. Loops, not push(...): a spread of a table's
  // many thousand rows overflows the stack.
  const adoptBlock = (read: RuleRead, next: number): number => {
    for (const it of read.items) items.push(it);
    for (const t of read.partyTotals) partyTotals.push(t);
    for (const t of read.totals) totals.push(t);
    for (const w of read.warnings) tableWarnings.push(w);
    pending = [];
    lastItem = null;
    lastWasRow = false;
    return next - 1;
  };

  const addItem = (party: PartyInfo | null, rawLabel: string, amount: number, line: Line, multiLine = false, computed = false) => {
    const described = multiLine ? { label: rawLabel } : describeItem(rawLabel);
    // "lokal, vars värde beräknas till" / "bidrag om": the words that lead to the amount are not the label.
    described.label = described.label.replace(VALUATION_TAIL, '') || described.label;
    const named = distinctParties(multiLine ? described.label : rawLabel, parties);
    // "Nämnden: Verksamhetsbidrag 145 000 kr" under no party's heading: the party the label opens with, by its role word.
    const own = party ?? (named.length === 1 ? named[0] : named.length === 0 && !multiLine ? openingParty(rawLabel, parties) : null);
    const item: RawItem = {
      party: own,
      ...described,
      amount,
      ...(computed ? { computed } : {}),
      ...(own === null && currentText ? { partyText: currentText } : {}),
      start: line.start,
      end: line.end,
    };
    items.push(item);
    lastItem = item;
    lastRaw = multiLine ? '' : rawLabel;
  };

  for (let i = from; i < to; i++) {
    doc.budget?.tick();
    let line = doc.lines[i];
    if (line.blank) {
      inProse = false;
      layout.partyColumn = null;
      layout.partyColumns = null;
      continue;
    }
    // "Föreningen åtar sig att" / "- bidra med …, det vill säga 713 000 kr,": the list is one sentence, its items
    // clauses whose subject is the lead's; the sentence rule reads them (prose.ts), also when an item wraps.
    const listEnd = !line.cells && COMMITMENT_LEAD.test(line.text) ? commitmentListEnd(doc, i + 1, to) : i + 1;
    if (listEnd > i + 1) {
      i = listEnd - 1;
      inProse = false;
      pending = [];
      lastItem = null;
      lastWasRow = false;
      continue;
    }
    // "Region X ........ 0,6 mnkr per år": a list with leader dots, one entry per party or item (leaderList.ts).
    const listScale = bareScale ?? (!inProse && !line.cells ? noteScaleBefore(doc, i, from) : null);
    const leaders = !inProse && !line.cells ? readLeaderList(doc, i, to, parties, current, listScale, listsRead > 0) : null;
    if (leaders) {
      bareScale = listScale;
      listsRead++;
      i = adoptBlock(leaders.read, leaders.next);
      continue;
    }
    if (!inProse) {
      const table: ReturnType<typeof readTable> = readTable(doc, i, to, parties, from) ?? (lastTable && continuesTable(doc, lastTable, i) ? readTable(doc, i, to, parties, from, lastTable.header) : null);
      if (table) {
        lastTable = { header: table.header, next: table.next };
        i = adoptBlock(table.read, table.next);
        continue;
      }
    }
    // A bullet under a party's heading is that party's item, also when it is worded as prose ("- lokal, vars värde
    // beräknas till 96 000 kr per år", "- samordnare som föreningen själv bekostar, värde 95 000 kr/år"), and also
    // after a sentence that ends in a colon: a list item starts its own line.
    const wrapped = !line.cells && current !== null ? wrappedBullet(doc, i, to, layout) : null;
    if (wrapped && ownBullet(wrapped.line, current!, parties, layout)) {
      line = wrapped.line;
      i = wrapped.last;
    }
    const listed = !line.cells && current !== null && ownBullet(line, current, parties, layout);
    if (listed) inProse = false;
    // A sentence about a share or the total is read by the sentence pass below, also when it wraps over lines.
    // "1. att ingå IOP-avtal med Föreningen X, org.nr …, om Y" / "Z för perioden …, med ett bidrag om 310 000 kr per
    // år,": a clause that enters the partnership, broken before its amount, is one sentence whatever the next line
    // starts with (a name in capitals), not an item line.
    const entering = !line.cells && ENTER_CUE.test(line.text) && !/[.:;!?]["”)]*\s*$/.test(line.text) && findAmounts(line.text).length === 0;
    if (!listed && !line.cells && (inProse || entering || (findAmounts(line.text).length > 0 && isProseLine(line.text)))) {
      inProse = !/[.!?]["”)]*\s*$/.test(line.text);
      pending = [];
      lastItem = null;
      lastWasRow = false;
      continue;
    }
    // A lower-case line with an amount that carries on the sentence of the line above (a narrow PDF column:
    // "… samt med instrumentförråd" / "och noter värderade till 30 000 kronor per läsår.") is prose, not an item.
    if (!line.cells && i > from && (wrapsSentence(doc.lines[i - 1], line) || endsSentenceAbove(doc.lines[i - 1], line))) {
      inProse = !/[.!?]["”)]*\s*$/.test(line.text);
      pending = [];
      lastItem = null;
      lastWasRow = false;
      continue;
    }
    const wasRow = lastWasRow;
    lastWasRow = line.cells !== null;
    const columns = readPartyColumns(line, layout);
    if (columns) {
      pending = [];
      if (TOTAL_LABEL.test(columns.label)) {
        for (const c of columns.amounts) partyTotals.push({ party: c.party, amount: c.amount, start: line.start, end: line.end });
        lastItem = null;
        continue;
      }
      for (const c of columns.amounts) addItem(c.party, columns.label, c.amount, line);
      if (columns.amounts.length > 1) lastItem = null;
      continue;
    }
    const read = readLine(line, layout);
    if (read.amount === null) {
      const named = distinctParties(read.label, parties);
      if (line.cells) {
        const col = line.cells.findIndex((c) => AMOUNT_HEADER.test(c));
        if (col > 0) layout.amount = { index: col, factor: headerFactor(line.cells[col]) };
        const partyCol = line.cells.findIndex((c) => PARTY_HEADER.test(c));
        const byParty = partyColumnsOf(line.cells, parties);
        if (partyCol >= 0 || byParty) {
          layout.partyColumn = partyCol >= 0 ? partyCol : null;
          layout.partyColumns = byParty;
          layout.factor = Math.max(...line.cells.map(headerFactor));
          pending = [];
          lastItem = null;
          continue;
        }
      }
      // A row or line that is only a party's name ("Socialnämnden", "Stiftelsen Vägen ut") heads that party's items.
      // A role in parentheses after the name ("Stiftelsen X (huvudman)") is no more than the name.
      const bare = named.length === 1 ? squash(stripParens(read.label).replace(/[:;]$/, '')) : '';
      // "Region X, hälso- och sjukvårdsnämnden": the party's name with its committee, as its party line writes it.
      const withUnit = named.length === 1 && named[0].unit !== null && bare.toLowerCase() === `${named[0].name}, ${named[0].unit}`.toLowerCase();
      const onlyName = named.length === 1 && (bare.length <= longestNaming(named[0]) + 3 || withUnit);
      const role = named.length === 0 && !line.cells ? roleWordOf(read.label) : null;
      if (named.length === 1 && read.label.length < 200 && (HEADER_CUE.test(read.label) || onlyName)) {
        current = named[0];
        currentText = undefined;
        pending = [];
        lastItem = null;
      } else if (role) {
        // "Föreningen bidrar med:" heads that party's lines, also when it is not one of the parties found.
        current = onePartyIn(role, parties);
        currentText = current ? undefined : role;
        pending = [];
        lastItem = null;
      } else if (lastItem && !doc.lines[i - 1].blank && !pending.length && (line.cells ? !line.cells[0] : isContinuation(read.label, wasRow, doc.lines[i + 1]))) {
        // A table cell or item line that wrapped (PDF text): the rest of the label, possibly with its quantity.
        const item: RawItem = lastItem;
        const joined = joinWrapped(lastRaw || item.label, read.label);
        if (lastRaw) {
          Object.assign(item, describeItem(joined));
          lastRaw = joined;
        } else item.label = joined;
      } else if (read.label.length <= 160 && !line.cells) {
        pending.push(read.label);
        lastItem = null;
      } else {
        pending = [];
        lastItem = null;
      }
      continue;
    }
    const words = read.label.split(' ').filter(Boolean).length;
    // A lower-case label continues prose, unless a bullet makes the line an item of its own ("- lokaler: 48 000 kr/år").
    if (!listed && !line.cells && (PROSE_CUE.test(line.text) || words > 14 || (/^\p{Ll}/u.test(read.label) && !pending.length && !/^\s*[-–•*]\s/.test(line.text)))) {
      pending = [];
      lastItem = null;
      continue;
    }
    // "senast 31 januari   112 500 kr": one payment of a schedule, not an item (the yearly amount is stated elsewhere).
    // "- Ryms i nämndens budget 2030 (naturvårdsanslaget, 410 000 kr)": a unit's whole budget on a line of prose or a
    // list, no item of the partnership (a table's row is read as its header says).
    if (PAYMENT_DUE_LABEL.test(squash(read.label)) || (!line.cells && wholeOfAnother(read.label))) {
      pending = [];
      lastItem = null;
      continue;
    }
    if (TOTAL_LABEL.test(read.label) || GRAND_LABEL.test(read.label)) {
      const named = distinctParties(read.label, parties);
      const stated = { party: named.length === 1 ? named[0] : null, amount: read.amount, start: read.start, end: read.end };
      (stated.party ? partyTotals : totals).push(stated);
      pending = [];
      lastItem = null;
      continue;
    }
    let label = read.label;
    const ownText = squash(stripParens(label));
    let multiLine = false;
    if ((!ownText || label.startsWith('(')) && pending.length) {
      label = labelFromLines(pending);
      multiLine = pending.length > 1;
    } else if (pending.length === 1 && i > from && BULLET.test(doc.lines[i - 1].text) && !BULLET.test(line.text) && /^\s*\p{Ll}/u.test(line.text)) {
      // A list item that wrapped before its amount ("- Bassängtid …, värderad till 390 kr per" / "timme: 62 400 kr per
      // år"): the item's label is the bullet's line and what goes on before the amount.
      label = joinWrapped(pending[0], label);
    } else if (!ownText) {
      label = '';
    }
    pending = [];
    if (!label) continue;
    let party = current;
    // "kommunen halltid 250 tim x 400 kr = 100 000" under a lead that names the other party ("… ur föreningens mejl:"):
    // an item that opens with a party as its subject (not in the genitive: "Föreningens lokal" is the heading
    // party's item for the association's premises) is that party's.
    const opener = party ? openingParty(label, parties) : null;
    if (opener && opener !== party) party = opener;
    if (read.partyCell !== undefined) {
      const named = distinctParties(read.partyCell, parties);
      party = named.length === 1 ? named[0] : null;
    }
    addItem(party, label, read.amount, line, multiLine, read.note !== undefined);
    if (read.factors && read.factors.product !== read.amount) {
      tableWarnings.push(
        warning('AMBIGUOUS', 'costItems', `Posten "${lastItem?.label ?? label}" anges till ${formatKronor(read.amount)}, men ${read.factors.note} är ${formatKronor(read.factors.product)}; det angivna beloppet lästes. Kontrollera posten.`),
      );
    }
    // The line's further items belong to the party its first item names.
    const owner = lastItem?.party ?? party;
    for (const m of read.more ?? []) if (m.label) addItem(owner, m.label, m.amount, line, false, m.note !== undefined);
  }

  // Sentences stating shares and totals ("… en total årlig kostnad på 2 080 500 kr, varav Linköpings kommun står för 1 100 000 kr").
  const fromOffset = from < doc.lines.length ? doc.lines[from].start : doc.text.length;
  const toOffset = to < doc.lines.length ? doc.lines[to].start : doc.text.length;
  const covered = spanIndex([...items, ...partyTotals, ...totals]);
  // A budget of cost lines that name no party, with its total: the sentences after it may split that total.
  const unsplit = items.length && items.every((it) => it.party === null) && !partyTotals.length ? totals : [];
  const prose = readProseShares(doc, fromOffset, toOffset, parties, covered, unsplit, items);
  // "Part | Andel" / "Skövde kommun | 60 %" under a budget whose lines name no party: the same split as in a sentence.
  // So may the section right after the budget's, when it reads nothing else before the table.
  const budget = unsplit.length ? unsplit : !items.length && !partyTotals.length && !totals.length ? budgetBefore : [];
  let split = false;
  if (budget.length && !prose.partyTotals.length) {
    const shares = sharesTable(doc, from, to, parties, budget);
    if (shares) for (const t of shares) prose.partyTotals.push(t);
    split = shares !== null;
  }
  const left = split || prose.partyTotals.length ? [] : unsplit;
  const lines = items.length ? null : proseLines(prose.items);
  if (lines) {
    // No table and no item lines, and the sentences list several amounts per party: those are the cost lines.
    return { items: lines.items, partyTotals: [...partyTotals, ...lines.subtotals], totals: [...totals, ...prose.totals], warnings: [...tableWarnings, ...prose.warnings], unsplit: left, wholeShares: prose.wholeShares };
  }
  const restated = restatedLines(prose.partyTotals, items, [...totals, ...prose.totals], partyTotals);
  return {
    // The lines a sentence lists under a party's label ("Stiftelsen:   ideellt arbete …") beside the table's or list's lines.
    items: prose.labelled?.length ? [...items, ...prose.labelled].sort((x, y) => x.start - y.start) : items,
    partyTotals: [...partyTotals, ...prose.partyTotals.filter((t) => !restated.has(t))],
    totals: [...totals, ...prose.totals],
    warnings: [...tableWarnings, ...prose.warnings],
    unsplit: left,
    wholeShares: prose.wholeShares,
  };
}

/** A table cell that is only a percentage: "60 %", "25,5 procent". */
const PERCENT_CELL = /^\d{1,3}(?:[,.]\d{1,2})?\s*(?:%|procent)$/iu;
/** How far after a budget's total a table of the parties' percentages is looked for, in lines. */
const SHARES_REACH = 12;

/**
 * A table of each party's percentage of the budget ("Part | Andel", "Skövde kommun | 60 %") right after a budget
 * whose lines name no party and its total: each party's share worked out from the total (prose.ts, percentShares),
 * when every row names one party and the percentages add up to 100. Only sentences without amounts may stand between
 * the total and the table (a sentence with an amount of its own is another statement). A page break may cut the
 * table: its rest, after the page's furniture (and its header repeated or not), is the same table, also where the
 * new page set its rows without columns (shareRowAt). Null when there is none.
 */
function sharesTable(doc: SourceDoc, from: number, to: number, parties: PartyInfo[], totals: StatedAmount[]): StatedAmount[] | null {
  const total = totals[totals.length - 1];
  let i = from;
  while (i < to && doc.lines[i].end <= total.end) i++;
  const rows: string[] = [];
  let end = i;
  for (let seen = 0; i < to && seen < SHARES_REACH; ) {
    const row = shareRowAt(doc, i, to, parties);
    if (row) {
      if (!row.party) return null;
      rows.push(`${row.name} ${row.percent}`);
      i = end = row.next;
      continue;
    }
    const line = doc.lines[i];
    if (rows.length) {
      // Between two rows only a page break: blank lines, the page's furniture, the header again.
      const after = pastFurniture(doc, i, to, true, (k) => shareRowAt(doc, k, to, parties) !== null);
      if (after > i && shareRowAt(doc, after, to, parties)) {
        i = after;
        continue;
      }
      break;
    }
    // A header ("Part | Andel") or a sentence that leads to the table, without an amount of its own.
    if (!line.blank && findAmounts(line.text).length) return null;
    i++;
    seen++;
  }
  if (rows.length < 2) return null;
  const shares = percentShares(total, rows.join('; '), parties, doc.lines[end - 1].end);
  return shares ? shares.partyTotals : null;
}

/** A line of a share that ends in its percentage without a cell boundary ("Föreningen X 25 %"). */
const NAME_THEN_PERCENT = /^(\S.*?)\s+(\d{1,3}(?:[,.]\d{1,2})?\s*(?:%|procent))$/iu;
/** A name without columns names its party by little more than the name itself, not in a sentence. */
const NAME_SLACK = 12;

/**
 * A row of a table of shares at line i: a row of two cells, one a percentage ("Region X | 65 %"); or, where a page set
 * the row without columns, a line of the name and its percentage ("Föreningen X 25 %") or a name whose cell wrapped
 * around its percentage, centred on the row ("Föreningen Y" / "10 %" / "Storsjö"). The name, its party (null when the
 * row names none or several), its percentage and the line after the row; null when line i is no such row.
 */
function shareRowAt(doc: SourceDoc, i: number, to: number, parties: PartyInfo[]): { name: string; party: PartyInfo | null; percent: string; next: number } | null {
  const line = doc.lines[i];
  if (line.blank) return null;
  const cells = line.cells;
  if (cells) {
    const pct = cells.filter((c) => PERCENT_CELL.test(c));
    if (pct.length !== 1 || cells.filter(Boolean).length !== 2) return null;
    const name = cells.find((c) => c && !PERCENT_CELL.test(c)) as string;
    return { name, party: onePartyIn(name, parties), percent: pct[0], next: i + 1 };
  }
  const text = squash(line.text);
  const named = (name: string) => {
    const party = onePartyIn(name, parties);
    return party && name.length <= party.name.length + NAME_SLACK ? party : null;
  };
  const joined = NAME_THEN_PERCENT.exec(text);
  if (joined) {
    const party = named(joined[1]);
    return party ? { name: joined[1], party, percent: joined[2], next: i + 1 } : null;
  }
  // A wrapped name around a percentage alone on its line: the name's lines above and below it.
  const pctLine = i + 1 < to ? squash(doc.lines[i + 1].text) : '';
  if (!PERCENT_CELL.test(pctLine) || doc.lines[i + 1].cells || findAmounts(text).length || /\d\s*(?:%|procent)/iu.test(text)) return null;
  const rest = i + 2 < to ? doc.lines[i + 2] : null;
  const whole = rest && !rest.blank && !rest.cells && !/\d/.test(rest.text) ? joinWrapped(text, squash(rest.text)) : null;
  const party = (whole && named(whole)) || named(text);
  if (!party) return null;
  const withRest = whole !== null && named(whole) === party;
  return { name: withRest ? whole : text, party, percent: pctLine, next: i + (withRest ? 3 : 2) };
}

/** How many lines of a page's furniture (footer, letterhead, page number) a table may run past at a page break. */
const FURNITURE_LINES = 6;

/**
 * The first line at or after i past a page break's blank lines and furniture: up to six short lines that end no
 * sentence and state no amount (a footer, the next page's letterhead, a page number), and, with `header`, a row of
 * words only (the table's header repeated); up to the first line where `resumes` says the table goes on. i itself
 * when a line there is none of these.
 */
function pastFurniture(doc: SourceDoc, i: number, to: number, header: boolean, resumes: (k: number) => boolean = () => false): number {
  let furniture = 0;
  let k = i;
  for (; k < to; k++) {
    const line = doc.lines[k];
    if (line.blank) continue;
    if (resumes(k)) break;
    if (!(header && line.cells && !/\d/.test(line.text)) && !isFurniture(line)) break;
    if (++furniture > FURNITURE_LINES) return i;
  }
  return k;
}

/** A line that may be a page's furniture: short, no table row, no end of a sentence, no amount. */
const isFurniture = (line: Line) => !line.cells && line.text.length <= 120 && !/[.:;!?]["”)]*\s*$/.test(line.text) && findAmounts(line.text).length === 0;

/**
 * A party's amounts in sentences that list its lines again beside a table or list of them ("Regionen lämnar ett
 * verksamhetsbidrag om 612,5 tkr per år samt handledning …, värderad till 94,3 tkr per år" above rows of 612,5 and
 * 94,3): two or more different amounts, each one of the party's items, are those items, not two shares of which the
 * first would win. One amount alone stays a share (it may be the party's whole part). Beside a statement of the sum of
 * the party's two or more lines, a statement of one of those lines is that line restated, not a second share; amounts
 * that together make one of the party's lines are that line broken down.
 * @example restatedLines([{ party: region, amount: 612500 }, { party: region, amount: 94300 }], regionItems) // both
 */
function restatedLines(shares: StatedAmount[], items: RawItem[], totals: readonly StatedAmount[] = [], subtotals: readonly StatedAmount[] = []): Set<StatedAmount> {
  const out = new Set<StatedAmount>();
  const byParty = new Map<PartyInfo, StatedAmount[]>();
  for (const t of shares) if (t.party && !t.derived) byParty.set(t.party, [...(byParty.get(t.party) ?? []), t]);
  // The lines add up to the whole the document states ("Summa 452 278" under rows of every party): they are confirmed.
  const all = items.reduce((n, it) => n + it.amount, 0);
  const confirmed = items.length >= 2 && items.every((it) => it.party) && totals.some((t) => !t.party && !t.derived && t.amount === all);
  for (const [party, own] of byParty) {
    const mine = items.filter((it) => it.party === party);
    // "Regionen betalar 95 000 kronor per termin" above the region's rows of 190 000 and 118 278 that, with the other
    // parties' rows, make the stated total: the sentences restate lines (also a share worked out from a percentage), they
    // are not the party's whole share.
    const stated = shares.filter((t) => t.party === party);
    // (A party with a subtotal row of its own is left to sumOfOwnItems, which says so.)
    if (confirmed && mine.length >= 2 && !subtotals.some((t) => t.party === party) && stated.every((t) => mine.some((it) => it.amount === t.amount))) {
      for (const t of stated) out.add(t);
      continue;
    }
    const lines = new Set(mine.map((it) => it.amount));
    // "Kommunens del för mat och förbrukning, 42 000 kronor per säsong, betalas ut i två delar: 21 000 kronor i oktober
    // och 21 000 kronor i januari" beside the kommun's rows of 285 000, 60 000 and 42 000, when every party's rows make
    // the stated total: the sentence restates one of the party's lines (and the instalments it is paid in), not its share.
    const instalments = own.filter((t) => !lines.has(t.amount));
    const restatesOne =
      confirmed &&
      mine.length >= 2 &&
      !subtotals.some((t) => t.party === party) &&
      own.some((t) => lines.has(t.amount)) &&
      (instalments.length === 0 || lines.has(instalments.reduce((n, t) => n + t.amount, 0))) &&
      !own.some((t) => t.amount === mine.reduce((n, it) => n + it.amount, 0));
    if (restatesOne) {
      for (const t of own) out.add(t);
      continue;
    }
    if (new Set(own.map((t) => t.amount)).size < 2) continue;
    if (own.every((t) => lines.has(t.amount))) for (const t of own) out.add(t);
    // "Föreningens insats består av 600 timmar à 200 kronor (120 000 kronor) och egen lagerlokal värderad till 40 000
    // kronor" beside the party's row of 160 000: the sentence breaks that one line down; the line stands.
    else if (lines.has(own.reduce((n, t) => n + t.amount, 0)) && !own.some((t) => lines.has(t.amount))) for (const t of own) out.add(t);
    else if (mine.length >= 2) {
      // "… tolk mot faktura med högst 300 000 kr per år" beside "Kommunens del, 940 000 kr per år" and rows of 640 000
      // and 300 000: the statement that is the sum of the party's lines is its share, one that is one line restated is not.
      const sum = mine.reduce((n, it) => n + it.amount, 0);
      if (!lines.has(sum) && own.some((t) => t.amount === sum) && own.every((t) => t.amount === sum || lines.has(t.amount))) {
        for (const t of own) if (t.amount !== sum) out.add(t);
      }
    }
  }
  return out;
}

/**
 * Rows at `i` that go on with the table before them after a page break that did not repeat its header: as many
 * cells as its header, and between them only the page's furniture (up to six short lines that end no sentence and
 * state no amount: a footer, the next page's letterhead, a page number).
 */
function continuesTable(doc: SourceDoc, last: { header: TableHeader; next: number }, i: number): boolean {
  const cells = doc.lines[i].cells;
  const width = last.header.rows[0]?.cells.length ?? 0;
  if (!cells || cells.length !== width || i - last.next > 12) return false;
  return pastFurniture(doc, last.next, i, false) === i;
}

/**
 * A party's statement that sums its other, different statements: "Nämnden betalar 72 500 kr per kvartal" (× 4),
 * "Upplåtelsens värde beräknas … till 84 000 kr per år", "Nämndens insatser uppgår till 374 000 kronor per år" — the
 * parts named one by one and then the party's whole. Null when no statement is the sum of the others (or a party has
 * fewer than three different amounts).
 */
function wholeOfParts(own: StatedAmount[]): StatedAmount | null {
  const amounts = [...new Set(own.filter((t) => !t.committee).map((t) => t.amount))];
  if (amounts.length < 3) return null;
  const sum = amounts.reduce((s, v) => s + v, 0);
  const whole = amounts.filter((v) => 2 * v === sum);
  return whole.length === 1 ? (own.find((t) => t.amount === whole[0]) ?? null) : null;
}

/**
 * A party's stated amount that its own items add up to (a table's "Summa Hörby kommun" under the kommun's rows), when
 * every other amount stated for it is one of those items (the cash grant a sentence names, "Kommunens kontanta bidrag
 * är 310 000 kronor", beside in-kind rows in a bilaga): the sum is its share, the sentence's amount a part of it,
 * said as inferred. Null otherwise (two readings that neither explains stay ambiguous).
 */
function sumOfOwnItems(party: PartyInfo, totals: StatedAmount[], items: RawItem[], warnings: ImportWarning[]): StatedAmount | null {
  const own = items.filter((it) => it.party === party && !it.yearAmounts);
  const stated = totals.filter((t) => t.party === party && !t.committee);
  const amounts = [...new Set(stated.map((t) => t.amount))];
  if (own.length < 2 || amounts.length < 2) return null;
  const sum = own.reduce((t, it) => t + it.amount, 0);
  const whole = stated.find((t) => t.amount === sum);
  const parts = amounts.filter((a) => a !== sum);
  if (!whole || !parts.every((a) => own.some((it) => it.amount === a))) return null;
  warnings.push(warning('INFERRED', 'contributions', `${party.name}: ${formatKronor(sum)} är summan av partens poster; ${parts.map(formatKronor).join(', ')} är en av dem.`));
  return whole;
}

/** The shortest run of items that, repeated in the same order, is read as a restatement rather than new costs. */
const RESTATED_RUN = 2;

/**
 * Items listed once and restated in the same order further on (a list of each party's contributions, then a
 * "Sammanställning" or summary table that repeats them with its sums): the later run names the same parties with the
 * same amounts, item for item, for two items or more. The later copy is no new cost, when a total the document states
 * says so: the items with the copies overshoot it, without them they make it exactly (rows that merely repeat their
 * amounts, as a long table's may, stay). The copies are dropped, and a warning says so. Items of no party, or with
 * amounts per year, are never taken for a copy. One pass over the items, keyed on each item and the next (linear).
 * @example restatedRuns([a280, g120, g25, k510, k96, a280b, g120b, g25b], [total1031]).items // the last three
 */
function restatedRuns(items: RawItem[], totals: StatedAmount[]): { items: Set<RawItem>; warning: ImportWarning | null } {
  const out = new Set<RawItem>();
  const key = (it: RawItem | undefined) => (it && it.party && !it.yearAmounts ? `${it.party.name}\u0000${it.amount}` : null);
  const firstPair = new Map<string, number>();
  for (let j = 0; j + 1 < items.length; j++) {
    const a = key(items[j]);
    const b = key(items[j + 1]);
    if (a === null || b === null) continue;
    const pair = `${a}\u0001${b}`;
    const i = firstPair.get(pair);
    if (i === undefined) {
      firstPair.set(pair, j);
      continue;
    }
    // The earlier run ends before the later starts; the run extends as long as both go on alike.
    let n = 0;
    while (i + n < j && j + n < items.length && key(items[i + n]) !== null && key(items[i + n]) === key(items[j + n]) && !out.has(items[i + n])) n++;
    if (n < RESTATED_RUN) continue;
    for (let k = 0; k < n; k++) out.add(items[j + k]);
    j += n - 1;
  }
  if (!out.size) return { items: out, warning: null };
  const all = items.reduce((t, it) => t + it.amount, 0);
  const copies = [...out].reduce((t, it) => t + it.amount, 0);
  if (!totals.some((t) => !t.derived && t.amount === all - copies && t.amount !== all)) return { items: new Set(), warning: null };
  const listed = [...out].map((it) => `${it.label} ${formatKronor(it.amount)}`).join('; ');
  return { items: out, warning: warning('INFERRED', 'costItems', `Posterna upprepas i samma ordning längre fram (en sammanställning); de räknades en gång: ${listed}.`) };
}

function dedupeTotals(totals: StatedAmount[], warnings: ImportWarning[], items: RawItem[] = []): StatedAmount[] {
  const out: StatedAmount[] = [];
  const wholes = new Map<PartyInfo, StatedAmount>();
  for (const party of new Set(totals.map((t) => t.party))) {
    const whole = party ? (wholeOfParts(totals.filter((t) => t.party === party)) ?? sumOfOwnItems(party, totals, items, warnings)) : null;
    if (party && whole) wholes.set(party, whole);
  }
  // A party's part of a total that the parts add up to is its whole share; its other statements are parts of it.
  for (const t of totals) if (t.ofTotal && t.party && !wholes.has(t.party)) wholes.set(t.party, t);
  for (const [party, whole] of wholes) {
    const parts = [...new Set(totals.filter((t) => t.party === party && t.amount !== whole.amount).map((t) => t.amount))];
    if (whole.ofTotal && parts.length) {
      warnings.push(warning('INFERRED', 'contributions', `${party.name}: ${formatKronor(whole.amount)} anges som partens del av totalen; ${parts.map(formatKronor).join(', ')} räknades som delar av den.`));
    }
  }
  for (const t of totals) {
    const whole = t.party ? wholes.get(t.party) : undefined;
    if (whole) {
      if (!out.includes(whole)) out.push(whole);
      continue;
    }
    const same = out.find((o) => o.party === t.party);
    if (!same) out.push(t);
    else if (same.committee && t.committee && !same.committee.split(' + ').includes(t.committee)) {
      // "Socialnämnden bidrar med 400 000 kr och kultur- och fritidsnämnden med 150 000 kr": one municipality's parts.
      out[out.indexOf(same)] = { ...same, amount: same.amount + t.amount, committee: `${same.committee} + ${t.committee}`, end: t.end };
    }
    else if (same.amount !== t.amount) {
      warnings.push(warning('AMBIGUOUS', 'contributions', `${t.party?.name}: två olika belopp anges (${formatKronor(same.amount)} och ${formatKronor(t.amount)}); det första valdes.`));
    }
  }
  return out;
}

/** The prose sentence an offset stands in (a table row's own line when it is no sentence). */
/** How far a sentence is read on either side of a sum: far longer than any real sentence. */
const SENTENCE_REACH = 600;

function sentenceAt(doc: SourceDoc, at: number): string {
  const { lineStarts, stops } = sentenceIndex(doc);
  const line = doc.lines[lastAtOrBefore(lineStarts, at)];
  if (line?.cells && at <= line.end) return line.text;
  // The sentence runs from just after the last stop before `at` to the first stop at or after it.
  const before = lastAtOrBefore(stops, at - 1);
  const from = before >= 0 ? stops[before] + 1 : 0;
  const to = before + 1 < stops.length ? stops[before + 1] : doc.prose.length;
  // A paragraph of many sums and no full stop is one "sentence": bounded, so that asking for each of its sums stays linear.
  return doc.prose.slice(Math.max(from, at - SENTENCE_REACH), Math.min(to, at + SENTENCE_REACH));
}

/**
 * Each document's line starts and sentence stops, found once: asking per stated sum by scanning would make a document
 * of many sums quadratic (200 000 lines took an hour).
 */
const sentenceIndexes = new WeakMap<SourceDoc, { lineStarts: number[]; stops: number[] }>();
function sentenceIndex(doc: SourceDoc): { lineStarts: number[]; stops: number[] } {
  let index = sentenceIndexes.get(doc);
  if (!index) {
    const stops: number[] = [];
    const stop = /[.!?\n]/g;
    for (let m = stop.exec(doc.prose); m; m = stop.exec(doc.prose)) stops.push(m.index);
    index = { lineStarts: doc.lines.map((l) => l.start), stops };
    sentenceIndexes.set(doc, index);
  }
  return index;
}

/** The index of the last value ≤ at in an ascending list, or -1. */
function lastAtOrBefore(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The partnership's total among the totals stated: the one the items add up to, else the one the parties' stated
 * shares add up to, else the last (with a warning when they differ).
 */
function pickGrandTotal(totals: StatedAmount[], items: RawItem[], partyTotals: StatedAmount[], warnings: ImportWarning[]): StatedAmount | null {
  if (!totals.length) return null;
  const sum = items.reduce((s, it) => s + it.amount, 0);
  const shares = new Map<PartyInfo | null, number>();
  for (const t of partyTotals) if (t.party && !shares.has(t.party)) shares.set(t.party, t.amount);
  const shareSum = [...shares.values()].reduce((s, v) => s + v, 0);
  const matching = totals.find((t) => t.amount === sum) ?? (shares.size >= 2 ? totals.find((t) => t.amount === shareSum) : undefined);
  const chosen = matching ?? totals[totals.length - 1];
  const values = new Set(totals.map((t) => t.amount));
  if (values.size > 1 && !matching) {
    warnings.push(warning('AMBIGUOUS', 'annualTotal', `Flera totalbelopp anges (${[...values].map(formatKronor).join(', ')}); ${formatKronor(chosen.amount)} valdes.`));
  } else if (matching && totals.some((t) => t.amount > matching.amount)) {
    // The items make up a smaller sum than another stated total: they may be one side's, the rest not read.
    warnings.push(
      warning('AMBIGUOUS', 'annualTotal', `Flera totalbelopp anges (${[...values].map(formatKronor).join(', ')}); ${formatKronor(chosen.amount)} valdes eftersom posterna summerar till det, men ett större belopp anges också.`),
    );
  }
  return chosen;
}
