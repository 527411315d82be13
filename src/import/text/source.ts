import type { Budget } from '../budget';
import { luhnValid } from '../../domain/orgNumber';
import { normalizeText, squash } from './normalize';
import { blankQuotedMessage } from './quoted';
import { blankUncheckedOptions } from './checkboxes';
import { blankTemplateGuidance } from './guidance';
import { blankStruckClauses } from './struck';

/**
 * The extracted text every field is read from. Readers (docx, pdf, text) all produce one string in which a
 * table row is one line with its cells separated by tabs; provenance offsets point into `text`.
 */
export interface Line {
  index: number;
  text: string;
  start: number;
  end: number;
  /** Cells of a table row (a line holding a tab), trimmed; null for prose. */
  cells: string[] | null;
  blank: boolean;
  /** A page's furniture (running header or footer) blanked where it cut a sentence (blankPageFurniture). */
  furniture?: boolean;
}

export interface Paragraph {
  lines: Line[];
  text: string;
  start: number;
  end: number;
}

export interface Section {
  title: string;
  heading: Line;
  /** Index of the first line after the heading and one past the last line of the section. */
  from: number;
  to: number;
}

export interface SourceDoc {
  text: string;
  /** `text` with the line breaks inside a paragraph turned into spaces: same length, same offsets. */
  prose: string;
  lines: Line[];
  paragraphs: Paragraph[];
  sections: Section[];
  /** The import's allowance of time: loops over lines and sentences tick it, so a slow document stops. */
  budget?: Budget;
}

/**
 * Headings agreements use, bare or with "Avtalets"/"Överenskommelsens"/"Parternas" before them ("Avtalets löptid",
 * "Parternas åtaganden"), and pairs joined by "och" ("Tid och förlängning").
 */
const HEADING_TOPIC = String.raw`(?:löptid|avtalstid|giltighet(?:stid)?|tid|period|omfattning|åtaganden|ansvar|ekonomi|finansiering|ersättning|betalning|fakturering|förlängning|uppsägning|ändringar?|tvist(?:er)?|kontaktpersoner|uppföljning|rapportering|syfte|mål|parter|villkor|insatser|personuppgifter|sekretess|underskrift(?:er)?|bilagor|samverkan|insyn|utvärdering|budget|kostnader|ekonomiska villkor)`;
const HEADING_PHRASE = new RegExp(String.raw`^(?:(?:avtalets|överenskommelsens|parternas|partnerskapets)\s+)?${HEADING_TOPIC}(?:\s+(?:och|samt)\s+${HEADING_TOPIC})?$`, 'i');

const HEADING_WORDS =
  /^((?:avtals)?parter(na)?|avtalets parter|parter i (?:avtalet|överenskommelsen)|syfte(t)?( och mål)?|mål|bakgrund|värdegrund|målgrupp(er)?|insatser(\/verksamhet)?|verksamhet(en)?|omfattning|organisation( och samverkan)?|ekonomi(?: (?:före|efter|och|för|under|i|per) [^.:;!?]{1,50})?|ekonomiska konsekvenser|finansiering|kostnader|ersättning|giltighet(stid)?|avtalstid|avtalsperiod|period|förlängning|indexering|uppföljning( och utvärdering)?|kunskapsinhämtning och uppföljning|uppsägning.*|ärende|förslag till .*beslut|beslutsunderlag|kommunala mål|jämställdhet|samråd|underskrifter|tidsplan)$/i;

const NUMBER_PREFIX = /^(?:§\s*)?\d{1,2}(?:\.\d{1,2})*\.?\s+/;

/**
 * A form's lettered section ("A. ÖVERENSKOMMELSEN", "D. EKONOMI (kronor per år)"): a capital letter and a stop before
 * a title in capitals. A title in mixed case after an initial is a person's name ("K. Lindqvist"), not a section.
 */
const LETTER_PREFIX = /^[A-H]\.\s+(?=\p{Lu}{2,}(?![\p{Ll}]))/u;

/** Known section names, with or without a number, and numbered short headings such as "7. Ekonomi". */
export function headingTitle(line: Line): string | null {
  if (line.cells || line.blank) return null;
  const raw = squash(line.text.replace(/^#{1,6}\s*/, '')).replace(/:$/, '');
  if (raw.length > 80) return null;
  const numbered = NUMBER_PREFIX.test(raw) || LETTER_PREFIX.test(raw);
  const title = raw.replace(NUMBER_PREFIX, '').replace(LETTER_PREFIX, '').trim();
  if (!title) return null;
  if (HEADING_WORDS.test(title) || HEADING_PHRASE.test(title)) return title;
  if (numbered && /^\p{Lu}/u.test(title) && !/[.,;]$/.test(title) && title.split(' ').length <= 6 && !/\d/.test(title)) return title;
  return null;
}

function toLines(text: string, budget?: Budget, furniture?: ReadonlySet<number>): Line[] {
  const lines: Line[] = [];
  let start = 0;
  text.split('\n').forEach((t, index) => {
    budget?.tick();
    const hasTab = t.includes('\t');
    const line: Line = {
      index,
      text: t,
      start,
      end: start + t.length,
      cells: hasTab ? t.split('\t').map((c) => squash(c)) : null,
      blank: t.trim() === '' || (hasTab && t.replace(/\t/g, '').trim() === ''),
    };
    if (furniture?.has(index)) line.furniture = true;
    lines.push(line);
    start += t.length + 1;
  });
  return lines;
}

const SENTENCE_END = /[.:!?;]["”»)]*$/;

/** Paragraphs of prose lines; a page break inside a sentence (next line in lower case) does not end one. */
function toParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Line[] = [];
  let pendingBreak = false;
  let pastFurniture = false;
  const flush = () => {
    if (current.length) {
      out.push({
        lines: current,
        text: squash(current.map((l) => l.text).join(' ')),
        start: current[0].start,
        end: current[current.length - 1].end,
      });
    }
    current = [];
  };
  for (const line of lines) {
    if (line.blank || RULE.test(line.text)) {
      pendingBreak = true;
      pastFurniture ||= !!line.furniture;
      continue;
    }
    if (line.cells || headingTitle(line)) {
      flush();
      if (!line.cells) out.push({ lines: [line], text: squash(line.text), start: line.start, end: line.end });
      pendingBreak = true;
      pastFurniture = false;
      continue;
    }
    if (pendingBreak && current.length) {
      const last = current[current.length - 1].text.trim();
      const continues = !SENTENCE_END.test(last) && (/^\s*\p{Ll}/u.test(line.text) || (pastFurniture && /^\s*\d/.test(line.text)));
      if (!continues) flush();
    }
    current.push(line);
    pendingBreak = false;
    pastFurniture = false;
  }
  flush();
  return out;
}

function toSections(lines: Line[]): Section[] {
  const sections: Section[] = [];
  for (const line of lines) {
    const title = headingTitle(line);
    if (!title) continue;
    if (sections.length) sections[sections.length - 1].to = line.index;
    sections.push({ title, heading: line, from: line.index + 1, to: lines.length });
  }
  return sections;
}

/**
 * A rule drawn across the page ("=====", "-----"; normalizeText turns "____" and "****" into dashes) separates what
 * is above it from what is below: a form's section heading is no part of the field before it.
 */
const RULE = /^[ \t]*(?:={3,}|-{3,})[ \t]*$/;
/**
 * A form's field: a short label, its colon, and the value set off by a run of spaces ("Offentlig part:      Tierps
 * kommun", "Avtalsperiod:   fr.o.m. …"). Each such line states a field of its own, as a list item does: it does not
 * go on with the line above. An org number's field does: it is the number of the party named on the line above.
 */
const FORM_FIELD = /^[ \t]*(?![Oo]rg)\p{Lu}[^:\n]{0,40}:[ \t]{2,}\S/u;

/** A line that goes on with its sentence: lower case first, not a decision's "att" clause. */
const CONTINUES = /^\s*(?!att\s)\p{Ll}/u;

function toProse(text: string, lines: Line[]): string {
  const chars = text.split('');
  // A heading is a paragraph of its own (as in toParagraphs): "§ 1 Avtalsparter" is no part of the party named below it.
  const heading = lines.map((l) => headingTitle(l) !== null);
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (a.blank || b.blank || a.cells || b.cells || heading[i] || heading[i + 1] || LIST_ITEM.test(b.text)) continue;
    if (RULE.test(a.text) || RULE.test(b.text) || FORM_FIELD.test(b.text)) continue;
    chars[a.end] = ' ';
  }
  // A blank line inside a sentence (a PDF's line spacing: "… ett år i taget, dock" / "" / "högst två gånger.") joins it,
  // as toParagraphs does: the line before ends no sentence and the next goes on in lower case. An "att" clause of a
  // decision starts a clause of its own.
  for (let i = 0; i + 2 < lines.length; i++) {
    const a = lines[i];
    if (a.blank || a.cells || heading[i] || RULE.test(a.text) || SENTENCE_END.test(a.text.trim())) continue;
    // A page's furniture that cut the sentence (blankPageFurniture) is crossed whatever its length; past it the
    // sentence may also go on with a number ("… ett verksamhetsbidrag om" / furniture / "465 000 kronor per år").
    let j = i + 1;
    let gaps = 0;
    let pastFurniture = false;
    while (j < lines.length && lines[j].blank && !lines[j].cells && (lines[j].furniture || gaps < 3)) {
      if (lines[j].furniture) pastFurniture = true;
      else gaps++;
      j++;
    }
    const b = lines[j];
    if (j === i + 1 || !b || b.blank || b.cells || heading[j] || LIST_ITEM.test(b.text)) continue;
    if (!CONTINUES.test(b.text) && !(pastFurniture && /^\s*\d/.test(b.text))) continue;
    for (let k = a.end; k < b.start; k++) chars[k] = ' ';
  }
  return chars.join('');
}

const MD_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** A Markdown footnote's definition ("[^1]: text") and its marker in the text ("kök[^1]"). */
const MD_NOTE = /^\s{0,3}\[\^[^\]\s]{1,20}\]:/;
const MD_NOTE_MARK = /\[\^[^\]\s]{1,20}\](?!:)/g;

/**
 * Word's tracked changes and comments as pandoc writes them into Markdown (`--track-changes=all`):
 * "[1 850 000]{.deletion author=…}[1 960 000]{.insertion author=…}", "[comment text]{.comment-start id=…}" before the
 * text commented on and "[]{.comment-end id=…}" after it. The document as accepted is read: a deletion and a comment's
 * text are dropped (a reviewer's "föreslår 2 100 000 kr" is no figure of the agreement), an insertion is kept.
 */
const MD_TRACKED = /\[([^\]\n]*)\]\{\.(deletion|insertion|comment-start|comment-end)(?:\s[^}\n]*)?\}/g;

function acceptTrackedChanges(line: string): string {
  if (!line.includes(']{.')) return line;
  return line.replace(MD_TRACKED, (_m, content: string, kind: string) => (kind === 'insertion' ? content : ''));
}

/**
 * Markdown structure to the common form: table rows to tab-separated cells, heading and quote marks dropped,
 * footnotes (definition and marker) dropped, tracked changes accepted and comments dropped.
 */

function fromMarkdown(text: string): string {
  let inNote = false;
  return text
    .split('\n')
    .map((line) => {
      // A footnote ("[^2]: Lokalen värderas till …", its indented lines) explains; its amounts and dates are not the
      // agreement's, as a PDF's footnote bodies are not (dropDebris). Its marker ("72 000[^2]") is no part of the text.
      if (MD_NOTE.test(line) || (inNote && /^\s{2,}\S/.test(line))) {
        inNote = true;
        return '';
      }
      inNote = false;
      line = acceptTrackedChanges(line.replace(MD_NOTE_MARK, ''));
      const t = line.trim();
      if (t.startsWith('|') && t.endsWith('|') && t.length > 1) {
        if (MD_SEPARATOR.test(t)) return '';
        return t
          .slice(1, -1)
          .split('|')
          .map((c) => c.trim())
          .join('\t');
      }
      return line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/^\s{0,3}>\s?/, '');
    })
    .join('\n');
}

/** The line that starts the earlier messages of an e-mail reply. */
const REPLY_HISTORY = /^\s*-{2,}\s*(?:ursprungligt meddelande|original message|ursprungligt e-?postmeddelande)\s*-{2,}\s*$/i;

/**
 * An e-mail reply's history is earlier material, not what the message states: everything after "-----Ursprungligt
 * meddelande-----" is dropped (a draft's superseded figures must not become amounts). Its "> " quotes are
 * blankQuotedMessage's.
 */
function dropReplyHistory(text: string): string {
  if (!/ursprungligt|original message/i.test(text)) return text;
  const lines = text.split('\n');
  const cut = lines.findIndex((l) => REPLY_HISTORY.test(l));
  return cut < 0 ? text : lines.slice(0, cut).join('\n');
}

/**
 * PDF debris: a footnote body ("1 Se bilaga …") whose marker sits glued to a word elsewhere, and bare page
 * numbers between blank lines. Both would otherwise be read as headings or amounts.
 */
function dropDebris(text: string): string {
  const lines = text.split('\n');
  const isBlank = (i: number) => i < 0 || i >= lines.length || lines[i].trim() === '';
  return lines
    .map((line, i) => {
      const t = line.trim();
      if (/^(\d{1,3}|-\s*\d{1,3}\s*-|sida\s+\d{1,3}(\s+(av|\(|\/)\s*\d{1,3}\)?)?)$/i.test(t) && isBlank(i - 1) && isBlank(i + 1)) return '';
      const foot = /^(\d{1,2})\s+(\S.{0,200})$/.exec(t);
      if (foot && isBlank(i - 1) && !headingTitle({ index: i, text: t, start: 0, end: 0, cells: null, blank: false })) {
        const marker = new RegExp(`[\\p{L})”"]${foot[1]}(?=[\\s.,;:]|$)`, 'mu');
        if (marker.test(text)) return '';
      }
      return line;
    })
    .join('\n');
}

const BULLET_TAB = /^[•▪◦●○■□*–-]\t/;
const INDENTED = /^\t[^\t]+$/;

/**
 * A PDF's bulleted list comes as "•<tab>item" with its wrapped lines indented by a tab ("<tab>kommunen), org.nr"):
 * those tabs are list layout, not table cells, so they become spaces (same length, same offsets).
 */
function detabLists(text: string): string {
  const lines = text.split('\n');
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    if (BULLET_TAB.test(lines[i])) {
      lines[i] = lines[i].replace('\t', ' ');
      inList = true;
    } else if (inList && INDENTED.test(lines[i])) lines[i] = lines[i].replace('\t', ' ');
    else inList = false;
  }
  return lines.join('\n');
}

/**
 * A justified PDF column stretches the spaces of a line, and the text layer may turn the widest into a tab
 * ("nämnden ställer dessutom<tab>Norrbyskolans"). A line with one tab that carries on a sentence (the line above has
 * no tab and does not end it, and this one starts in lower case or the one above ends in a hyphen) is prose, not a
 * table row: the tab becomes a space (same length, same offsets).
 */
const ORG_LABEL_AT_END = /,\s*\t\s*(?:org(?:anisations)?\.?\s*-?\s*(?:nr|nummer)\.?|orgnr)\s*:?\s*$/iu;

/**
 * The first line of a paragraph that the next line carries on in lower case ("… ingås mellan<tab>Falu" / "kommun,
 * genom …", "Föreningen<tab>bidrar varje år med följande," / "sammanlagt …"), in prose: it does not end its sentence,
 * holds four words or more, and no line around it is a table row.
 */
function goesOnBelow(lines: string[], i: number): boolean {
  const below = lines[i + 1] ?? '';
  if (!/^\s*\p{Ll}/u.test(below) || below.includes('\t') || (lines[i + 2] ?? '').includes('\t')) return false;
  return !/[.:;!?]\s*$/.test(lines[i]) && lines[i].trim().split(/\s+/).length >= 4;
}

/** The next line goes on with the party's org number ("Föreningen X<tab>Y," / "org.nr 802…, nedan kallad …"). */
const ORG_LABEL_AT_START = /^\s*(?:org(?:anisations)?\.?\s*-?\s*(?:nr|nummer)\.?|orgnr)\s*:?\s*\d{6}/iu;

function detabJustified(text: string): string {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const above = lines[i - 1];
    if (line.indexOf('\t') < 0 || line.indexOf('\t') !== line.lastIndexOf('\t') || !above.trim() || above.includes('\t')) continue;
    if (/^\s*\d/.test(line) || !/\p{L}[,;]?\s*\t\s*\p{L}/u.test(line)) continue;
    // "Föreningen X,<tab>org.nr" with the number on the next line: a party line of prose, whatever ends the line above;
    // so is "Föreningen X<tab>Y," whose number opens the next line (a justified two-column PDF).
    const numberBelow = /,\s*$/.test(line) && ORG_LABEL_AT_START.test(lines[i + 1] ?? '') && !(lines[i + 1] ?? '').includes('\t');
    if (ORG_LABEL_AT_END.test(line) || numberBelow || (!/[.:;!?]\s*$/.test(above) && (/^\s*\p{Ll}/u.test(line) || /\p{L}-\s*$/u.test(above))) || goesOnBelow(lines, i)) {
      lines[i] = line.replace('\t', ' ');
    }
  }
  return lines.join('\n');
}

/**
 * An org number that a PDF text layer breaks after its hyphen ("232100-" / "0420, Box 601"): the last four digits
 * move up to the first line and the line break after them, so the number is whole and every offset stays.
 * Dates broken the same way are joined the same way.
 */
function joinWrappedOrgNumbers(text: string): string {
  return text
    .replace(/(?<!\d)(\d{6}-)(\n[\t ]*)(\d{4})(?!\d)/g, '$1$3$2')
    // The same for a date broken after its second hyphen ("2023-12-" / "31. Därefter …").
    .replace(/(?<![\d-])(\d{4}-\d{2}-)(\n[\t ]*)(\d{2})(?!\d)/g, '$1$3$2');
}

/**
 * An org number written with its century prefix 16 ("16232100-8522", "16 802038-2753", "168025473185"): the prefix
 * becomes spaces, so every rule that reads NNNNNN-NNNN reads it and every offset stays. Only a legal entity's number
 * (third digit 2 or more, as 16 is their century) whose ten digits pass Luhn, standing alone (not inside "SE…01").
 */
const CENTURY_PREFIXED = /(?<![\d\p{L}])16([ \t]?)(\d{6}[-–]?\d{4})(?![\d\p{L}])/gu;

function dropCenturyPrefix(text: string): string {
  if (!text.includes('16')) return text;
  return text.replace(CENTURY_PREFIXED, (whole, space: string, number: string) => {
    const ten = number.replace(/\D/g, '');
    return ten.charAt(2) >= '2' && luhnValid(ten) ? `  ${space}${number}` : whole;
  });
}

/**
 * A word a line's end hyphenates ("kallad Förenin-" / "gen.", "kvartals-" / "vis."; a soft hyphen at a line's end
 * comes here as a hyphen, see normalizeText) is one word again: the rest of the word, with the stop after it, moves up
 * to the first line and the hyphen becomes a space at the next line's start, so every offset stays. Only between
 * lower-case letters in prose lines: "IOP-" / "överenskommelse" and "kultur-" / "och fritidsnämnden" keep their hyphen.
 */
const HYPHENATED = /(\p{Ll})-\n([ \t]*)(?!(?:och|eller|samt|resp)(?!\p{L}))(\p{Ll}+[.,;:]?)/gu;

function joinHyphenatedWords(text: string): string {
  if (!text.includes('-\n')) return text;
  return text.replace(HYPHENATED, (whole, last: string, indent: string, rest: string, at: number) => {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const nextEnd = text.indexOf('\n', at + whole.length);
    // Table rows keep their cells as the reader joined them.
    if (text.slice(lineStart, at).includes('\t') || text.slice(at, nextEnd < 0 ? text.length : nextEnd).includes('\t')) return whole;
    return `${last}${rest}\n${indent} `;
  });
}

/** A page's number as running headers and footers write it: "Sida 2 av 4", "Sida 3 (5)", "sida 2/4". */
const PAGE_MARK = /(?<!\p{L})sida\s+\d{1,3}\s*(?:av\s*\d{1,3}|\(\s*\d{1,3}\s*\)|\/\s*\d{1,3})/iu;
/** How many lines a page break's furniture (footer, rules, next page's header) may take, blank lines included. */
const FURNITURE_SPAN = 12;

/**
 * A page's furniture that cuts a sentence: the footer of one page and the header of the next ("Kulturförvaltningen ·
 * Sida 2 av 4", "Överenskommelse om IOP – Dnr …", a rule) between "… lämnar ett verksamhetsbidrag om" and "465 000
 * kronor per år …". Such furniture is a run of lines that are blank, rules, or lines that recur in the document (the same
 * text, page numbers aside), one of them with the page's number; it is blanked (spaces, offsets kept) only where the
 * line above it ends no sentence and the line below it goes on with one (lower case or a number), so the sentence reads
 * whole. Furniture between whole sentences stays: it does no harm there. Returns the text and the blanked lines.
 */
function blankPageFurniture(text: string): { text: string; furniture: Set<number> } {
  const furniture = new Set<number>();
  if (!PAGE_MARK.test(text)) return { text, furniture };
  const lines = text.split('\n');
  const marks: number[] = [];
  lines.forEach((l, i) => {
    if (l.length <= 200 && PAGE_MARK.test(l)) marks.push(i);
  });
  // Furniture recurs near the pages' numbers: the lines around them (a table row aside), counted with their numbers
  // masked, each line once.
  const keys = new Map<number, string>();
  const counts = new Map<string, number>();
  let counted = -1;
  for (const m of marks) {
    for (let k = Math.max(m - FURNITURE_SPAN, counted + 1); k <= Math.min(m + FURNITURE_SPAN, lines.length - 1); k++) {
      const t = lines[k];
      counted = k;
      if (!t.trim() || t.length > 200 || t.includes('\t')) continue;
      const key = squash(t).replace(/\d+/g, '#').toLowerCase();
      keys.set(k, key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const isGap = (k: number) => {
    const t = lines[k];
    return !t.trim() || RULE.test(t) || (t.length <= 200 && PAGE_MARK.test(t)) || (counts.get(keys.get(k) ?? '') ?? 0) >= 2;
  };
  for (const i of marks) {
    if (!PAGE_MARK.test(lines[i])) continue;
    let from = i;
    while (from > 0 && i - from < FURNITURE_SPAN && isGap(from - 1)) from--;
    let to = i;
    while (to + 1 < lines.length && to - from < FURNITURE_SPAN && isGap(to + 1)) to++;
    const above = lines[from - 1];
    const below = lines[to + 1];
    if (above === undefined || below === undefined || above.includes('\t') || below.includes('\t')) continue;
    if (SENTENCE_END.test(above.trim()) || !/^\s*(?:\p{Ll}|\d)/u.test(below) || LIST_ITEM.test(below)) continue;
    const line = (t: string): Line => ({ index: 0, text: t, start: 0, end: 0, cells: null, blank: false });
    if (headingTitle(line(above)) || headingTitle(line(below))) continue;
    for (let k = from; k <= to; k++) {
      if (!lines[k].trim()) continue;
      lines[k] = ' '.repeat(lines[k].length);
      furniture.add(k);
    }
  }
  return { text: furniture.size ? lines.join('\n') : text, furniture };
}

/** A list item ("• …", "- …", "1. …") starts its own line of prose: it is not the end of the sentence above. */
const LIST_ITEM = /^\s*(?:[•▪◦●○■□*–-]|\d{1,2}(?:\.\d{1,2})*[.)])\s+\S/;

export function buildSource(raw: string, budget?: Budget): SourceDoc {
  const { text, furniture } = blankPageFurniture(joinHyphenatedWords(dropCenturyPrefix(joinWrappedOrgNumbers(detabJustified(detabLists(dropDebris(blankStruckClauses(blankTemplateGuidance(blankUncheckedOptions(fromMarkdown(blankQuotedMessage(dropReplyHistory(normalizeText(raw))))))))))))));
  budget?.check();
  const lines = toLines(text, budget, furniture);
  const prose = toProse(text, lines);
  budget?.check();
  const paragraphs = toParagraphs(lines);
  budget?.check();
  return { text, prose, lines, paragraphs, sections: toSections(lines), budget };
}

/**
 * A source over a text that buildSource has already prepared, with some of its lines (and `spans` of text) blanked
 * (spaces, line breaks kept): one partnership's view of a decision about several. Nothing is normalised again, so every offset is the
 * original document's.
 */
export function viewOf(doc: SourceDoc, blanked: ReadonlySet<number>, spans: readonly { start: number; end: number }[] = []): SourceDoc {
  let text = doc.lines.map((l) => (blanked.has(l.index) ? ' '.repeat(l.text.length) : l.text)).join('\n');
  // Parts of lines blanked too (one partnership's half of a clause about two), line breaks kept.
  for (const s of spans) text = text.slice(0, s.start) + text.slice(s.start, s.end).replace(/[^\n]/g, ' ') + text.slice(s.end);
  const lines = toLines(text, doc.budget, new Set(doc.lines.filter((l) => l.furniture).map((l) => l.index)));
  return { text, prose: toProse(text, lines), lines, paragraphs: toParagraphs(lines), sections: toSections(lines), budget: doc.budget };
}

export function findSection(doc: SourceDoc, pattern: RegExp): Section | undefined {
  return doc.sections.find((s) => pattern.test(s.title));
}

export function sectionParagraphs(doc: SourceDoc, section: Section): Paragraph[] {
  const start = section.heading.end;
  const end = section.to < doc.lines.length ? doc.lines[section.to].start : doc.text.length;
  return doc.paragraphs.filter((p) => p.start > start && p.end <= end && p.lines[0] !== section.heading);
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * A sentence runs to a full stop that is followed by a capital or a digit, except the stop of an abbreviation
 * that a date or an amount follows ("fr.o.m. 2026-04-01", "t.o.m. 2028-03-31", "ca. 40 platser", "org.nr. 802…").
 */
const ABBREVIATION = String.raw`(?<=(?<!\p{L})(?:[Ff]r\.o\.m|[Ff]\.o\.m|[Tt]\.o\.m|ca|inkl|exkl|nr|[Oo]rg\.nr|resp|kl|bl\.a|t\.ex|jfr|enl|s\.k|tel)(?=\.))\.`;
/** A month's abbreviation before its year ("1 sept. 2027", "31 jan. 2029", "febr. 2027"): its stop ends no sentence. */
const MONTH_ABBREVIATION = String.raw`(?<=(?<!\p{L})(?:[Jj]an|[Ff]ebr?|[Mm]ar|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]kt|[Nn]ov|[Dd]ec))\.(?=[ \t]*\d{4}(?!\d))`;
const SENTENCE = new RegExp(String.raw`[^.!?
	]+(?:(?:[.!?](?!\s+[\p{Lu}\d(–-])|${ABBREVIATION}|${MONTH_ABBREVIATION})[^.!?
	]*)*[.!?]?`, 'gu');

/** Sentences of the prose between two offsets; abbreviations such as "pga." are followed by lower case. */
export function sentences(doc: SourceDoc, from = 0, to = doc.prose.length): Sentence[] {
  const out: Sentence[] = [];
  const region = doc.prose.slice(from, to);
  const re = new RegExp(SENTENCE.source, SENTENCE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(region))) {
    doc.budget?.tick();
    const text = squash(m[0]);
    if (text) out.push({ text, start: from + m.index, end: from + m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * The index of the line that holds an offset (the lines are in order): a binary search, so reading every row of a long
 * table stays linear. The one home for "which line is this offset on".
 */
export function lineIndexAt(doc: SourceDoc, offset: number): number {
  let lo = 0;
  let hi = doc.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
