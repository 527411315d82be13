import { findAmounts } from './fields/amounts';
import { nameInClause } from './fields/name';
import { counterpartInDecision, escapeRe } from './fields/parties';
import { PROPOSES_TO_ENTER } from './kind';
import type { ImportedAgreement, Obtained } from './result';
import { squash } from './text/normalize';
import { buildSource, Line, SourceDoc, viewOf } from './text/source';

/**
 * A decision that enters several partnerships at once in prose: minutes whose one § has an att-clause per
 * partnership ("att ingå överenskommelse om idéburet offentligt partnerskap, X, mellan kommunen … och Föreningen A
 * …", "att ingå … Y … och Föreningen B …"), each partnership then described in a section under its own name. Read
 * as one agreement it would mix the two; each partnership is read from its own view of the document instead: its
 * clause, its section and what the document says for all of them, with the other partnerships' clauses and
 * sections blanked, and without shared paragraphs that state amounts (a committee's frame, the grants together:
 * no one partnership's economy). A memo that lists its partnerships in a table is an overview-shaped decision
 * (kind.ts), not this.
 */

/** A clause of a decision: "att ingå …", "1. att …", "– att …". */
const CLAUSE_START = /^\s*(?:(?:[-–•*]|\d{1,2}[.)]|\p{Ll}\))\s+)?att\s+\S/iu;

/**
 * Headings that end the description of the last partnership: the debate and the dispatch of minutes, the
 * memo's closing parts, or the next item of the minutes ("§ 88 …").
 */
const CLOSING =
  /^\s*(?:§\s*\d{1,3}\s|\d{1,3}\s*§\s|(?:yrkanden?|propositionsordning|omröstning|votering|reservation(?:er)?|protokollsanteckning(?:ar)?|särskil(?:t|da)\s+yttranden?|beslutet\s+(?:skickas|expedieras)\s+till|expedieras(?:\s+till)?|för\s+kännedom|beslutsunderlag|bilagor?|underskrift(?:er)?|justering|justerandes\s+signatur|utdragsbestyrkande)(?!\p{L}))/iu;

export interface PartnershipView {
  /** The document with every other partnership's clause and section blanked. */
  doc: SourceDoc;
  /** The partnership's name as its clause or its section heading writes it, with its offset; null when neither does. */
  name: { value: string; start: number } | null;
  /** The non-profit the clause enters the partnership with. */
  civil: string;
}

interface Partnership {
  civil: string;
  name: { value: string; start: number } | null;
  clause: { from: number; to: number };
  section: { from: number; to: number } | null;
  /** Parts of a clause shared with the other partnerships that are not this one's (dels … dels, respektive lists). */
  notOwn?: { start: number; end: number }[];
  /** The lines of that shared clause, which a partnership entered by a clause of its own has no part in. */
  sharedClause?: { from: number; to: number };
}

const lower = (text: string) => squash(text).toLowerCase();

/** Whether a piece of text names the partnership: its own name or its non-profit's. */
function names(text: string, p: Partnership): boolean {
  const t = lower(text);
  return t.includes(p.civil.toLowerCase()) || (p.name !== null && t.includes(p.name.value.toLowerCase()));
}

/**
 * Two clauses name the same non-profit when one name is the other's first words: a proposal's "med Föreningen X"
 * read without the lower-case legal form its decision writes out ("Föreningen X ekonomisk förening") is one party,
 * so a tjänsteskrivelse's proposed clause and the committee's decided clause enter one partnership, not two.
 */
function sameOrganisation(a: string, b: string): boolean {
  const [x, y] = [lower(a), lower(b)].sort((p, q) => p.length - q.length);
  return x === y || y.startsWith(`${x} `);
}

/** The att-clauses of the document as line ranges: from a clause's first line to the next clause, blank line or heading. */
function clauses(doc: SourceDoc): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].cells || !CLAUSE_START.test(lines[i].text)) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].blank && !lines[j].cells && !CLAUSE_START.test(lines[j].text)) j++;
    out.push({ from: i, to: j });
    i = j - 1;
  }
  return out;
}

const textOf = (doc: SourceDoc, from: number, to: number) => doc.lines.slice(from, to).map((l) => l.text).join('\n');

/** All the partnerships together: "samtliga tre partnerskap", "båda överenskommelserna", "alla partnerskapen". */
const ABOUT_ALL = /(?<!\p{L})(?:samtliga|alla|båda|bägge|de\s+(?:två|tre|fyra|fem))(?:\s+(?:två|tre|fyra|fem))?\s+(?:partnerskap(?:en)?|överenskommelser(?:na)?|IOP)(?!\p{L})/iu;

/** A short line of its own, no sentence: a heading that may name a partnership. */
const headingLike = (line: Line) => !line.cells && !line.blank && squash(line.text).length <= 120 && !/[.,;]\s*$/.test(line.text);

/** A paragraph that opens with the partnership's name as its run-in heading: "X. Föreningen driver …", "X: …", "X – …". */
function runInHeading(line: Line, p: Partnership): boolean {
  if (line.cells || !p.name) return false;
  const t = lower(line.text).replace(/^[#*_\s]+/, '');
  const name = p.name.value.toLowerCase();
  return t.startsWith(name) && /^[*_]*\s*[.:–-]\s+\S/u.test(t.slice(name.length));
}

/** The words that join two partnerships' halves of one clause: "…, medan …", "…; …", "…, men …", "…, samt …". */
const HALVES = /;\s*|,\s*(?:medan|men|samt|och|däremot)\s+|\s(?:medan|däremot)\s+/giu;

/** Where the text names the partnership: its name and its non-profit's, as [start, end) offsets, a line break as a space. */
function mentions(text: string, p: Partnership): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const term of [p.civil, p.name?.value]) {
    if (!term) continue;
    const re = new RegExp(term.split(/\s+/).map(escapeRe).join('\\s+'), 'giu');
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * A shared clause or paragraph that gives each partnership its own term ("att bidraget till X räknas upp med 2
 * procent, medan bidraget till Y är fast"): its halves, each with the one partnership it names, split where one
 * partnership's mention ends and the next's begins, at the last "; / , medan / , men / , samt / , och" between them.
 * Null when it names fewer than two, or two with no such word between (about both: no one partnership's).
 */
function halves(doc: SourceDoc, block: number[], found: Partnership[]): { p: Partnership; start: number; end: number }[] | null {
  const from = doc.lines[block[0]].start;
  const to = doc.lines[block[block.length - 1]].end;
  const text = doc.text.slice(from, to);
  const marks = found.flatMap((p) => mentions(text, p).map((m) => ({ p, ...m }))).sort((a, b) => a.start - b.start);
  if (new Set(marks.map((m) => m.p)).size < 2) return null;
  const out: { p: Partnership; start: number; end: number }[] = [];
  let start = 0;
  for (let k = 0; k < marks.length; k++) {
    const next = marks[k + 1];
    if (next && next.p === marks[k].p) continue;
    if (!next) {
      out.push({ p: marks[k].p, start: from + start, end: to });
      break;
    }
    if (next.start < marks[k].end) return null;
    let cut = -1;
    for (const m of text.slice(marks[k].end, next.start).matchAll(HALVES)) cut = marks[k].end + m.index;
    if (cut < 0) return null;
    out.push({ p: marks[k].p, start: from + start, end: from + cut });
    start = cut;
  }
  return out;
}

/** "dels med A om X, dels med B om Y": each partnership's part of one clause opens with "dels med". */
const DELS = /(?<!\p{L})dels\s+(?=med\s)/giu;
/** Where the last "dels" part ends: at the next comma, semicolon or full stop before a space. */
const PART_END = /[,;.](?=\s)|$/u;
/** A date or a period: "2029-04-01", "2029-04-01–2032-03-31", "1 april 2029". */
const DATE = String.raw`(?:(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\s+\p{Ll}{3,9}\s+(?:19|20)\d{2})`;
/** One item of a "respektive" list: a period, a date, an amount or a percentage, with its unit apart. */
const ITEM = String.raw`(?:${DATE}(?:\s*(?:[-–—]|till|t\.o\.m\.)\s*${DATE})?|\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?)(?:\s*(?:kronor|kr|tkr|procent|%))?`;
/** "185 000 kronor respektive 96 000 kronor", "A, B respektive C": the items in the order of the partnerships. */
const RESPECTIVE = new RegExp(String.raw`${ITEM}(?:\s*,\s*${ITEM})*\s+respektive\s+${ITEM}`, 'giu');
const ITEM_RE = new RegExp(ITEM, 'giu');
const UNIT = /\s*(?:kronor|kr|tkr|procent|%)$/iu;

/**
 * A clause that enters several partnerships in one sentence: "att ingå idéburet offentligt partnerskap dels med A om
 * X, dels med B om Y, med ett bidrag om 185 000 kronor respektive 96 000 kronor och för perioderna … respektive …".
 * Each "dels" part gives one partnership (its non-profit and name, read as a clause of its own); in each partnership's
 * view the other parts and the other items of every "respektive" list with one item per partnership are blank (a
 * unit written once after the last item stays). Null unless a clause that enters partnerships has two such parts.
 */
function delsPartnerships(doc: SourceDoc): Partnership[] | null {
  for (const par of doc.paragraphs) {
    if (par.lines.some((l) => l.cells) || !PROPOSES_TO_ENTER.test(par.text)) continue;
    const text = doc.text.slice(par.start, par.end);
    const opens = [...text.matchAll(DELS)].map((m) => m.index);
    if (opens.length < 2) continue;
    const tail = text.slice(opens[opens.length - 1]);
    const parts = opens.map((o, k) => ({ start: o, end: opens[k + 1] ?? opens[k] + (PART_END.exec(tail)?.index ?? tail.length) }));
    const found: Partnership[] = [];
    for (const part of parts) {
      const own = squash(text.slice(part.start, part.end)).replace(/^dels\s+/iu, '').replace(/[,;]\s*$/u, '');
      const clause = `att ingå idéburet offentligt partnerskap ${own}`;
      const civil = counterpartInDecision(buildSource(clause))?.name;
      if (!civil || found.some((p) => sameOrganisation(p.civil, civil))) return null;
      const named = nameInClause(clause, [civil]);
      const at = named ? doc.prose.indexOf(named.name, par.start) : -1;
      found.push({ civil, name: named && at >= 0 ? { value: named.name, start: at } : null, clause: { from: par.lines[0].index, to: par.lines[0].index }, section: null });
    }
    const lists = [...text.matchAll(RESPECTIVE)]
      .map((m) => [...m[0].matchAll(ITEM_RE)].map((i) => ({ start: m.index + i.index, end: m.index + i.index + i[0].length, unit: UNIT.test(i[0]) })))
      .filter((items) => items.length === found.length);
    const at = (s: { start: number; end: number }) => ({ start: par.start + s.start, end: par.start + s.end });
    // The att-clause the "dels" parts stand in (the paragraph may hold the decision's other clauses too).
    const first = doc.lines.find((l) => l.end >= par.start + opens[0])?.index ?? par.lines[0].index;
    const sharedClause = clauses(doc).find((c) => c.from <= first && first < c.to) ?? { from: first, to: first + 1 };
    found.forEach((p, k) => {
      const notOwn = parts.filter((_, j) => j !== k).map(at);
      // Its own "dels" (a word the clause readers do not expect before "med").
      notOwn.push(at({ start: parts[k].start, end: parts[k].start + 4 }));
      for (const items of lists) {
        const last = items[items.length - 1];
        const unitOnlyLast = !items[k].unit && last.unit;
        if (k > 0) notOwn.push(at({ start: items[0].start, end: items[k].start }));
        if (k < items.length - 1) notOwn.push(at({ start: items[k].end, end: unitOnlyLast ? last.end - (UNIT.exec(text.slice(last.start, last.end))?.[0].length ?? 0) : last.end }));
      }
      p.notOwn = notOwn;
      p.sharedClause = sharedClause;
    });
    return found;
  }
  return null;
}

/**
 * The partnerships a decision enters in separate clauses, each with a different non-profit; null when there are
 * fewer than two (a decision about one partnership is read whole).
 */
function partnershipsOf(doc: SourceDoc): Partnership[] | null {
  // A "dels … dels" clause's partnerships first; a further clause ("att därutöver ingå … med C") adds its own.
  const found: Partnership[] = delsPartnerships(doc) ?? [];
  const all = clauses(doc);
  for (const c of all) {
    if (found.some((p) => p.sharedClause && p.sharedClause.from < c.to && c.from < p.sharedClause.to)) continue;
    const text = textOf(doc, c.from, c.to);
    if (!PROPOSES_TO_ENTER.test(text)) continue;
    // A clause is one sentence: its line breaks are spaces ("med Revholmens" / "Idrottsförening" is one name).
    const civil = counterpartInDecision(buildSource(squash(text)))?.name;
    if (!civil || found.some((p) => sameOrganisation(p.civil, civil))) continue;
    const named = nameInClause(squash(text), [civil]);
    // The name's offset in the document: its first occurrence in the clause's lines.
    const at = named ? doc.prose.indexOf(named.name, doc.lines[c.from].start) : -1;
    found.push({ civil, name: named && at >= 0 ? { value: named.name, start: at } : null, clause: c, section: null });
  }
  if (found.length < 2) return null;
  const inClause = (i: number) => found.some((p) => i >= p.clause.from && i < p.clause.to);
  // Each partnership's heading: the first heading-like line outside the clauses that names it and no other.
  // A heading stands alone (a title's second line, "… X och Y", is none); a run-in heading ("X. Föreningen driver …")
  // opens its paragraph with the name.
  const alone = (l: Line) => l.index === 0 || doc.lines[l.index - 1].blank;
  // No att-clause is a heading, the shared ones ("att bidraget till X räknas upp …") neither.
  const clauseLine = new Uint8Array(doc.lines.length);
  for (const c of all) clauseLine.fill(1, c.from, c.to);
  const anyClause = (i: number) => clauseLine[i] === 1;
  const heads = found.map((p) =>
    doc.lines.findIndex(
      (l) =>
        alone(l) &&
        !anyClause(l.index) &&
        ((headingLike(l) && names(l.text, p) && !found.some((q) => q !== p && names(l.text, q))) || runInHeading(l, p)),
    ),
  );
  const starts = heads.filter((h) => h >= 0).sort((a, b) => a - b);
  // A paragraph about all the partnerships ("Nämndens bidrag i samtliga tre partnerskap …") ends the section before it.
  const aboutAll = (i: number) => doc.lines[i - 1]?.blank && ABOUT_ALL.test(doc.paragraphs.find((par) => par.lines[0].index === i)?.text ?? '');
  found.forEach((p, k) => {
    const from = heads[k];
    if (from < 0) return;
    let to = from + 1;
    while (to < doc.lines.length && !starts.includes(to) && !inClause(to) && !(headingLike(doc.lines[to]) && CLOSING.test(doc.lines[to].text)) && !aboutAll(to)) to++;
    p.section = { from, to };
    // A heading that is the partnership's name names it when the clause does not.
    if (!p.name) {
      const title = squash(doc.lines[from].text).replace(/^#+\s*|:$/g, '');
      if (!title.toLowerCase().includes(p.civil.toLowerCase())) p.name = { value: title, start: doc.lines[from].start + doc.lines[from].text.indexOf(title) };
    }
  });
  return found;
}

/** The heading of an item of minutes: "§ 21 Idéburet offentligt partnerskap – X", "21 § …". */
const ITEM_HEADING = /^\s*(?:§\s*\d{1,3}|\d{1,3}\s*§)(?:\s|$)/u;

/**
 * Minutes that enter each partnership under a § of its own ("§ 21 … att ingå … med A", "§ 22 … att ingå … med B"),
 * each § with its own clauses (period, grant, extension) and case: each partnership's section becomes its whole §, from
 * its heading to the next. Returns the lines of the other §s' paragraphs that state amounts (a § on grants beside
 * them: no partnership's economy), blank in every view; none when the partnerships do not each have a § of their own.
 */
function minuteItems(doc: SourceDoc, found: Partnership[]): number[] {
  const heads = doc.lines.filter((l) => !l.cells && ITEM_HEADING.test(l.text)).map((l) => l.index);
  if (heads.length < found.length) return [];
  const itemOf = (i: number) => heads.filter((h) => h <= i).length - 1;
  const own = found.map((p) => itemOf(p.clause.from));
  if (own.some((k) => k < 0) || new Set(own).size < found.length) return [];
  const range = (k: number) => ({ from: heads[k], to: heads[k + 1] ?? doc.lines.length });
  found.forEach((p, n) => (p.section = range(own[n])));
  const rest: number[] = [];
  heads.forEach((_, k) => {
    if (own.includes(k)) return;
    const r = range(k);
    for (const par of doc.paragraphs) {
      const lines = par.lines.filter((l) => l.index >= r.from && l.index < r.to);
      if (lines.length && findAmounts(lines.map((l) => l.text).join('\n')).length > 0) for (const l of lines) rest.push(l.index);
    }
  });
  return rest;
}

/**
 * One view per partnership of a decision that enters several in separate clauses, or null. In a view, the other
 * partnerships' clauses and sections are blank, and so is every other paragraph or table row that names another
 * partnership, or that states an amount without naming this one.
 * @example partnershipViews(minutesEnteringTwo) // two views: "Öppen gård" with its clause and section, "Cykelverkstan" with its
 */
export function partnershipViews(doc: SourceDoc): PartnershipView[] | null {
  const found = partnershipsOf(doc);
  if (!found) return null;
  // Minutes with a § per partnership: each partnership's § is its own; another §'s amounts are no one's.
  const items = minuteItems(doc, found);
  const owner = new Map<number, Partnership>();
  for (const p of found) {
    for (const r of [p.clause, p.section]) if (r) for (let i = r.from; i < r.to; i++) owner.set(i, p);
  }
  // The rest of the document in blocks: its paragraphs (less any owned line) and its table rows.
  // A clause shared by all ("dels med A …, dels med B …") is no block: each view blanks only the others' parts of it.
  const inShared = (i: number) => found.some((p) => p.sharedClause && i >= p.sharedClause.from && i < p.sharedClause.to);
  const blocks: number[][] = doc.paragraphs
    .filter((par) => !par.lines.some((l) => inShared(l.index)))
    .map((par) => par.lines.map((l) => l.index).filter((i) => !owner.has(i)));
  for (const l of doc.lines) if (l.cells && !owner.has(l.index)) blocks.push([l.index]);
  // A block of consecutive lines that gives each partnership its own term is read in halves.
  const split = new Map(blocks.map((b) => [b, b.length && b[b.length - 1] - b[0] === b.length - 1 ? halves(doc, b, found) : null]));
  return found.map((p) => {
    const blanked = new Set<number>();
    const spans: { start: number; end: number }[] = [...(p.notOwn ?? [])];
    for (const [i, q] of owner) if (q !== p) blanked.add(i);
    for (const i of items) blanked.add(i);
    // A partnership of a clause of its own has no part in the "dels … dels" clause of the others.
    if (!p.sharedClause) for (const q of found) if (q.sharedClause) for (let i = q.sharedClause.from; i < q.sharedClause.to; i++) blanked.add(i);
    for (const block of blocks) {
      if (!block.length) continue;
      const parts = split.get(block);
      if (parts) {
        for (const h of parts) if (h.p !== p) spans.push(h);
        continue;
      }
      const text = block.map((i) => doc.lines[i].text).join(' ');
      const other = found.some((q) => q !== p && names(text, q));
      if (other || (findAmounts(text).length > 0 && !names(text, p))) for (const i of block) blanked.add(i);
    }
    return { doc: viewOf(doc, blanked, spans), name: p.name, civil: p.civil };
  });
}

/**
 * The same party in one document has one org number: a party that a partnership's own view names without its number
 * (the municipality's number printed once, in the first clause) takes the number another partnership's view read
 * for the party of the same name and sector.
 */
export function shareOrgNumbers(agreements: ImportedAgreement[]): ImportedAgreement[] {
  return agreements.map((a) => {
    let out = a;
    a.parties.forEach((party, i) => {
      if (party.orgNumber !== null) return;
      for (const b of agreements) {
        const j = b.parties.findIndex((q) => q.orgNumber !== null && q.sector === party.sector && q.name.toLowerCase() === party.name.toLowerCase());
        if (b === a || j < 0) continue;
        const field = `parties[${i}].orgNumber`;
        out = {
          ...out,
          parties: out.parties.map((q, k) => (k === i ? { ...q, orgNumber: b.parties[j].orgNumber } : q)),
          warnings: out.warnings.filter((w) => w.field !== field),
          obtained: withKey(out.obtained, `parties[${i}]`, field),
        };
        return;
      }
    });
    return out;
  });
}

/** The fields obtained with `field` read, placed right after `after` (the order fieldsObtained gives). */
function withKey(obtained: Record<string, Obtained> | undefined, after: string, field: string): Record<string, Obtained> {
  const out: Record<string, Obtained> = {};
  for (const [k, v] of Object.entries(obtained ?? {})) {
    out[k] = v;
    if (k === after) out[field] = 'read';
  }
  out[field] = 'read';
  return out;
}

/** A heading that opens a separate agreement under the main one: "B. Delöverenskommelse nr 1 – X", "Delöverenskommelse 2: X". */
const PART_AGREEMENT = /^[\s#*_]*(?:[A-ZÅÄÖ]\.|\d{1,2}\.)?\s*delöverenskommelse(?!\p{L})(?:\s+(?:nr\.?\s*)?\d{1,2})?(?:\s*[-–:]\s*|\s+om\s+)?(.*)$/iu;
/** A heading that opens the main agreement or a part: what ends the part before it. */
const PART_BOUNDARY = /^[\s#*_]*(?:[A-ZÅÄÖ]\.|\d{1,2}\.)?\s*(?:huvud|del)överenskommelse(?!\p{L})/iu;
/** A date: "2028-05-01", "1 maj 2028". */
const A_DATE = /\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}\s+\p{L}+\s+(?:19|20)\d{2}\b/u;

export interface AgreementPart {
  doc: SourceDoc;
  /** The part's name from its heading; null for the main agreement (read as any agreement's). */
  own: PartnershipView | null;
}

/**
 * An agreement file that holds separate agreements under one main agreement: a heading "Delöverenskommelse …"
 * after which the part states its own period and amounts (not a list of contents that names it). Each part is read
 * from its own view: the main agreement from the lines before the first such part, each part from its heading to
 * the next; nothing of one part is read into another. Null when the file has no such part.
 * @example agreementParts(mainWithSummerPart) // two parts: the main agreement, "Sommarskola X" from its own section
 */
export function agreementParts(doc: SourceDoc): AgreementPart[] | null {
  const bounds = doc.lines.filter((l) => headingLike(l) && PART_BOUNDARY.test(l.text)).map((l) => l.index);
  const parts: number[] = [];
  bounds.forEach((h, k) => {
    if (!PART_AGREEMENT.test(doc.lines[h].text)) return;
    // A heading in a list of contents has no section of its own: the next heading follows before any date or amount.
    const text = textOf(doc, h, bounds[k + 1] ?? doc.lines.length);
    if (A_DATE.test(text) && findAmounts(text).length > 0) parts.push(h);
  });
  if (!parts.length || findAmounts(textOf(doc, 0, parts[0])).length === 0) return null;
  const ranges = [{ from: 0, to: parts[0] }, ...parts.map((h, k) => ({ from: h, to: parts[k + 1] ?? doc.lines.length }))];
  return ranges.map((r, k) => {
    const blanked = new Set<number>();
    for (const l of doc.lines) if (l.index < r.from || l.index >= r.to) blanked.add(l.index);
    const view = viewOf(doc, blanked);
    if (k === 0) return { doc: view, own: null };
    const head = doc.lines[r.from];
    const title = squash(PART_AGREEMENT.exec(head.text)?.[1] ?? '').replace(/[:.]$/, '');
    // The name as the document writes it in running text ("… delöverenskommelse nr 1: Sommarskola X"), not in capitals.
    const at = title ? doc.text.toLowerCase().indexOf(title.toLowerCase()) : -1;
    const name = title ? { value: at >= 0 ? doc.text.slice(at, at + title.length) : title, start: at >= 0 ? at : head.start } : null;
    return { doc: view, own: { doc: view, name, civil: '' } };
  });
}

/**
 * A heading that opens one of an agreement's delområden, each a partnership of its own: "3. Delområde 1 – X",
 * "Delområde A: X", "## Delområde 2 – X".
 */
const SUB_AREA = /^[\s#*_]*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:[Dd]elområde|DELOMRÅDE)\s+(\d{1,2}|[A-ZÅÄÖ])(?![\p{L}\d])\s*(?:[-–:.]\s*)?(.*)$/u;
/** A heading of the agreement's next part, which ends the last delområde's section: "5. Gemensamma villkor", "## Ekonomi". */
const NEXT_SECTION = /^[\s*_]*(?:#{1,4}\s+\S|\d{1,2}\.?\s+\p{Lu})/u;
/** The delområden together: "båda delområdena", "delområdena", "samtliga delområden". */
const ALL_AREAS = /(?<!\p{L})delområden(?:a|as)?(?!\p{L})/iu;
/** Another delområde named by its number or letter, in a party table's role column or a shared sentence. */
const AREA_REF = /(?<!\p{L})[Dd]elområde\s+(\d{1,2}|[A-ZÅÄÖ])(?![\p{L}\d])((?:\s*(?:,|och|samt|&)\s*(?:\d{1,2}|[A-ZÅÄÖ])(?![\p{L}\d]))*)/gu;

/**
 * An agreement that divides into delområden, each a partnership with its own counterpart, economy and name ("Varje
 * delområde är ett eget partnerskap"), with the shared terms (period, extension, indexation) stated once outside them.
 * Each delområde is read from its own view: the whole document less the other delområden's sections, less the lines
 * (party rows, sentences) that name only other delområden ("Part i delområde 2"), and less the paragraphs with amounts
 * about the delområden together ("samlade värde för båda delområdena … 506 000 kronor"): no one partnership's economy.
 * Null unless two or more delområde headings each head a section with an amount.
 * @example subAreaParts(agreementWithTwoAreas) // two parts: "Språkcafé A" with its own party row and table, "Språkcafé B" with its
 */
export function subAreaParts(doc: SourceDoc): AgreementPart[] | null {
  const heads = doc.lines.filter((l) => headingLike(l) && SUB_AREA.test(l.text)).map((l) => l.index);
  if (heads.length < 2) return null;
  const areas = heads.map((h, k) => {
    let to = h + 1;
    while (to < doc.lines.length && to !== heads[k + 1] && !(headingLike(doc.lines[to]) && !doc.lines[to].cells && NEXT_SECTION.test(doc.lines[to].text))) to++;
    const m = SUB_AREA.exec(doc.lines[h].text);
    return { from: h, to, id: (m?.[1] ?? '').toLowerCase(), title: squash(m?.[2] ?? '').replace(/[:.]$/, '') };
  });
  if (new Set(areas.map((a) => a.id)).size < areas.length || areas.some((a) => findAmounts(textOf(doc, a.from, a.to)).length === 0)) return null;
  /** The delområden a line names by number: "Part i delområde 1 och 2" names 1 and 2. */
  const named = (text: string): Set<string> => {
    const ids = new Set<string>();
    for (const m of text.matchAll(AREA_REF)) {
      ids.add(m[1].toLowerCase());
      for (const more of m[2].matchAll(/(\d{1,2}|[A-ZÅÄÖ])(?![\p{L}\d])/gu)) ids.add(more[1].toLowerCase());
    }
    return ids;
  };
  return areas.map((area) => {
    const blanked = new Set<number>();
    for (const other of areas) if (other !== area) for (let i = other.from; i < other.to; i++) blanked.add(i);
    for (const l of doc.lines) {
      if (blanked.has(l.index) || (l.index >= area.from && l.index < area.to && l.index === area.from)) continue;
      const ids = named(l.text);
      if (ids.size && !ids.has(area.id)) blanked.add(l.index);
    }
    for (const par of doc.paragraphs) {
      if (par.lines.some((l) => l.cells)) continue;
      if (ALL_AREAS.test(par.text) && findAmounts(par.text).length > 0) for (const l of par.lines) blanked.add(l.index);
    }
    const view = viewOf(doc, blanked);
    const at = area.title ? doc.text.indexOf(area.title, doc.lines[area.from].start) : -1;
    const name = area.title ? { value: area.title, start: at >= 0 ? at : doc.lines[area.from].start } : null;
    return { doc: view, own: { doc: view, name, civil: '' } };
  });
}
