import { formatKronor } from '../../domain/money';
import { bareAmount, findAmounts } from '../fields/amounts';
import { warning } from '../fields/field';
import { mentionedParties, type PartyInfo } from '../fields/parties';
import { squash } from '../text/normalize';
import type { SourceDoc } from '../text/source';
import { onePartyIn, stripParens } from './cells';
import type { RawItem, RuleRead } from './model';
import { amountPeriod } from './period';
import { hoursAtRate, restatedFactors } from './salary';
import { GRAND_LABEL, TOTAL_LABEL } from './vocabulary';

/**
 * A list laid out with leader dots between a label and its value, one line per party or item, as plain-text and
 * typewritten agreements set them:
 *
 *   Region X ............ 0,6 mnkr per år i verksamhetsbidrag
 *   Y kommun ............ 40 000 kr per kvartal (verksamhetsbidrag,
 *                         utbetalas kvartalsvis i förskott)
 *   Föreningen Z i
 *   Dalen ............... ideellt arbete, 900 timmar per år
 *                         à 200 kr
 *
 * A label may start on the line above its leader (a long name wrapped at the same indent), and a value may go on
 * below, indented to the value's column. Each entry is one item: the party its label names (or the party heading the
 * list), its value made yearly from the unit and period it is written in (mnkr, tkr, kr; per år, per månad, per
 * kvartal, per termin; hours × rate without the product), the value's words as its label. A "Summa"/"Totalt" entry is
 * a sum. Each line is looked at a bounded number of times, so the rule is linear in the document.
 */

/** Label, leader (three or more dots, ellipses, middle dots or underscores, spaced or not) and value. */
const LEADER = /^(\s*)(\S.*?)\s*(?:[.…·_]\s?){3,}\s*(\S.*)$/u;
/** The longest line a leader list's line can be. */
const MAX_LINE = 200;
const indentOf = (text: string) => /^\s*/.exec(text)?.[0].length ?? 0;

interface Entry {
  label: string;
  value: string;
  start: number;
  end: number;
}

const isSum = (label: string) => TOTAL_LABEL.test(label) || GRAND_LABEL.test(label);

/** A leader that a long label squeezed to one or two dots: "Hyra för lokalen (betalas till hyresvärd) .  72 000". */
const SHORT_LEADER = /^(\s*)(\S.*?)\s+[.…·](?:\s?[.…·]){0,1}\s+(\S.*)$/u;

/**
 * A line of a leader list set without dots, a bare figure after a wide gap ("Summa regionen           1 027,5"): one
 * label (no gap of three spaces inside it, so no row of a column table) and one figure.
 */
const SPACED_LEADER = /^(\s*)(\S(?:(?!\s{3}).)*?)\s{3,}(\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,2})?)\s*$/u;

/**
 * A list line whose label left room for only a dot or two of leader: it is an entry when it stands at the label indent
 * of the entry above and its value ends where that entry's does (right-aligned figures), its value starting no
 * further left than the column the list's values use.
 */
function squeezedLeader(text: string, above: string | undefined, labelIndent: number, valueColumn: number): RegExpExecArray | null {
  if (labelIndent < 0 || above === undefined || text.length !== above.length || text.length > MAX_LINE) return null;
  const m = SHORT_LEADER.exec(text) ?? SPACED_LEADER.exec(text);
  return m && m[1].length === labelIndent && text.length - m[3].length >= valueColumn - 2 && /\d/.test(m[3]) ? m : null;
}

/**
 * The entries of a leader list that starts at line `i`, and the line after it; null when no list starts there. With
 * `afterList` (the scale of a leader list in bare figures the range read above), a lone line may be one entry of its own: one
 * item under its party's heading, or a sum set without dots ("TOTALT PER ÅR            1 735,9").
 */
function entriesAt(doc: SourceDoc, i: number, to: number, afterList: number | null = null): { entries: Entry[]; next: number } | null {
  // A list line is short: longer lines are prose, and the pattern is never tried on them.
  const leaderAt = (k: number) => (k < to && !doc.lines[k].cells && !doc.lines[k].blank && doc.lines[k].text.length <= MAX_LINE ? LEADER.exec(doc.lines[k].text) : null);
  const first = leaderAt(i) ? i : leaderAt(i + 1) && indentOf(doc.lines[i].text) === indentOf(doc.lines[i + 1].text) ? i : -1;
  if (first < 0) {
    const line = doc.lines[i];
    const spaced = afterList !== null && !line.cells && !line.blank && line.text.length <= MAX_LINE ? SPACED_LEADER.exec(line.text) : null;
    if (!spaced || !isSum(spaced[2]) || (i + 1 < to && !doc.lines[i + 1].blank)) return null;
    return { entries: [{ label: squash(spaced[2]), value: spaced[3], start: line.start, end: line.end }], next: i + 1 };
  }
  const entries: Entry[] = [];
  let prefix: string[] = [];
  let prefixStart = -1;
  let valueColumn = -1;
  let labelIndent = -1;
  let k = i;
  for (; k < to; k++) {
    const line = doc.lines[k];
    if (line.blank || line.cells) break;
    const m = leaderAt(k) ?? squeezedLeader(doc.lines[k].text, doc.lines[k - 1]?.text, labelIndent, valueColumn);
    if (m) {
      labelIndent = m[1].length;
      valueColumn = line.text.length - m[3].length;
      entries.push({ label: squash([...prefix, m[2]].join(' ')), value: m[3], start: prefixStart >= 0 ? prefixStart : line.start, end: line.end });
      prefix = [];
      prefixStart = -1;
      continue;
    }
    const indent = indentOf(line.text);
    const last = entries[entries.length - 1];
    // A value that goes on below, indented to the value's column.
    if (last && !prefix.length && indent >= valueColumn - 2 && indent > labelIndent + 2) {
      last.value = `${last.value} ${line.text.trim()}`;
      last.end = line.end;
      continue;
    }
    // A label wrapped over lines: this line and the next at the label's indent, the next with its leader. A rule
    // drawn in dashes above a "Totalt" line has no letter: it is no part of a label.
    const next = leaderAt(k + 1);
    if (prefix.length < 2 && next && next[1].length === indent && !findAmounts(line.text).length && line.text.trim().length <= 60 && /\p{L}/u.test(line.text)) {
      if (!prefix.length) prefixStart = line.start;
      prefix.push(line.text.trim());
      continue;
    }
    break;
  }
  // One line alone is a list only when it is a sum ("Summa partnerskapets värde per år ...... 582 000" below the lists),
  // or, after a list in bare figures, one bare figure (a party with one item).
  const lone = entries.length === 1 && (isSum(entries[0].label) || (afterList !== null && bareAmount(entries[0].value, afterList) !== null));
  if (entries.length < 2 && !lone) return null;
  return { entries, next: k };
}

/** What the value's words say the entry is, without its amount, period and explanations: "verksamhetsbidrag". */
function valueLabel(value: string, from: number, to: number): string {
  const rest = `${value.slice(0, from)} ${value.slice(to)}`;
  // "40 000 kr per kvartal (verksamhetsbidrag, utbetalas …)": the explanation names the item when nothing else does.
  const own = squash(stripParens(rest).replace(PERIOD_WORDS, ' ')).replace(/^[\s,;:–-]+|[\s,;:–-]+$/gu, '');
  const words = own || (/\(([^,;)]{2,60})/u.exec(rest)?.[1] ?? '');
  return squash(words)
    .replace(/^(?:i|som|för|avser|,|;|–|-)\s+/iu, '')
    .replace(/[\s,;:–-]+$/u, '')
    .replace(/^[\s,;:–-]+/u, '');
}

/** The period words right after an amount: "per år", "per kvartal", "/mån", "per vecka under 30 veckor". */
const PERIOD_WORDS =
  /(?<!\p{L})(?:(?:per|\/|i|varje)\s*(?:kalender|verksamhets|läs)?(?:år(?:et)?|månad(?:en)?|mån\.?|kvartal(?:et)?|termin(?:en)?|halvår(?:et)?|säsong(?:en)?|veck(?:a|an)(?:\s+(?:under|i)\s+\S+\s+veckor)?)|årligen)(?!\p{L})/giu;

interface Yearly {
  amount: number;
  label: string;
  /** How the amount was made yearly, when it was not written per year. */
  note?: string;
}

/**
 * The yearly amount one entry's value states, or a reason it cannot be read. Hours at a rate without the product
 * ("900 timmar per år à 200 kr") are the product; a product restated ("… à 200 kr, det vill säga 180 000 kr") is
 * the stated amount.
 */
function entryAmount(value: string, bareScale: number | null): Yearly | { unread: string } | null {
  // "Verksamhetsbidrag ........ 310 000" under "Ekonomi (kronor per år)": a bare figure in the heading's unit, per year.
  const bare = bareScale !== null ? bareAmount(value, bareScale) : null;
  if (bare !== null) return { amount: bare, label: '' };
  const amounts = findAmounts(value);
  const hours = hoursAtRate(value);
  if (hours && amounts.every((a) => a.start >= hours.index && a.end <= hours.index + hours.length)) {
    return { amount: hours.hours * hours.rate, label: valueLabel(value, hours.index, hours.index + hours.length), note: hours.note };
  }
  if (!amounts.length) return null;
  const last = amounts[amounts.length - 1];
  if (amounts.length > 1) {
    const factors = restatedFactors(value.slice(0, last.start));
    if (!factors) return { unread: 'flera belopp' };
    return { amount: last.value, label: valueLabel(value.slice(0, last.start).replace(/,?\s*(?:det\s+vill\s+säga|d\.?v\.?s\.?|motsvarande|totalt|sammanlagt)\s*$/iu, ''), 0, 0) };
  }
  const after = value.slice(last.end);
  const label = valueLabel(value, last.start, last.end);
  const period = amountPeriod(after, value, true);
  if (!period) return { amount: last.value, label };
  if ('unread' in period) return { unread: period.unread };
  return { amount: last.value * period.factor, label, ...(period.note ? { note: period.note } : {}) };
}

/**
 * The party an entry's label names (null: none, and the entry is the heading's party's). Under a party's heading
 * ("Kommunens insatser") an entry is that party's unless its label opens with another party's name ("Föreningens ideella tid ……"): a name inside the label ("Hyra för
 * Bruksgården", premises that share the non-profit's name) says what the item is, not whose it is.
 */
function labelParty(label: string, parties: PartyInfo[], current: PartyInfo | null): PartyInfo | null {
  const named = onePartyIn(label, parties);
  if (!current || !named || named === current) return named;
  return mentionedParties(label, parties)[0]?.index === 0 ? named : null;
}

/**
 * The items and sums of a leader list starting at line `i` (`current`: the party whose heading the list stands under),
 * and the line after it; null when no leader list starts there.
 * @example readLeaderList(doc, 12, 40, parties, null) // { read: { items: [Region X 600 000, …] }, next: 20 }
 */
export function readLeaderList(
  doc: SourceDoc,
  i: number,
  to: number,
  parties: PartyInfo[],
  current: PartyInfo | null,
  bareScale: number | null = null,
  afterList = false,
): { read: RuleRead; next: number } | null {
  const found = entriesAt(doc, i, to, afterList ? bareScale : null);
  // A lone sum line is read here only in bare figures, which no other rule reads; with its unit the line rules read it.
  if (!found || (found.entries.length < 2 && bareScale === null)) return null;
  const read: RuleRead = { items: [], partyTotals: [], totals: [], warnings: [] };
  for (const e of found.entries) {
    const got = entryAmount(e.value, bareScale);
    if (!got) continue;
    const named = labelParty(e.label, parties, current);
    if ('unread' in got) {
      read.warnings.push(warning('AMBIGUOUS', 'costItems', `Raden "${squash(`${e.label} … ${e.value}`)}" anger ${got.unread}; beloppet togs inte med.`));
      continue;
    }
    if (isSum(e.label)) {
      (named ? read.partyTotals : read.totals).push({ party: named, amount: got.amount, start: e.start, end: e.end });
      continue;
    }
    const party = named ?? current;
    const label = named ? got.label || 'Insats' : got.label ? `${e.label}, ${got.label}` : e.label;
    const item: RawItem = { party, label, amount: got.amount, ...(got.note ? { computed: true } : {}), start: e.start, end: e.end };
    read.items.push(item);
    if (got.note && !got.note.includes('timmar')) {
      read.warnings.push(warning('INFERRED', 'costItems', `${party?.name ?? e.label}: ${got.note} (${formatKronor(got.amount)} per år).`));
    }
  }
  return { read, next: found.next };
}
