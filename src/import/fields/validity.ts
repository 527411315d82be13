import { findDates, DateMatch } from './dates';
import { Extracted, found, missing, provenance, warning } from './field';
import { SourceDoc, findSection, sentences, Sentence } from '../text/source';

export interface ValidityDates {
  start: Extracted<string | null>;
  end: Extracted<string | null>;
  /** Months of notice when the agreement runs until further notice ("tills vidare … sex månaders uppsägningstid"). */
  noticeMonths: number | null;
}

const UNTIL_FURTHER = /\btills\s*vidare\b/iu;
const MONTH_WORDS: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, tolv: 12, arton: 18, tjugofyra: 24 };
/** "sex månaders uppsägningstid", "uppsägningstiden är tre månader", "sägas upp med 3 månaders varsel". */
const NOTICE = /(?<![\p{L}\d])(\d{1,2}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|arton|tjugofyra)\s+månaders\s+(?:\p{L}+\s+)?(?:uppsägningstid|uppsägning|varsel)|uppsägningstid(?:en)?\s+(?:är|om|på)\s+(\d{1,2}|en|ett|två|tre|fyra|fem|sex|nio|tolv|arton|tjugofyra)\s+månad/iu;

function noticeMonthsOf(doc: SourceDoc): number | null {
  for (const s of sentences(doc)) {
    const m = NOTICE.exec(s.text);
    if (!m) continue;
    const word = (m[1] ?? m[2]).toLowerCase();
    return /^\d/.test(word) ? Number(word) : MONTH_WORDS[word] ?? null;
  }
  return null;
}

const CUE = /gäller|giltig|avtalsperiod|perioden|från och med|fr\.?\s?o\.?\s?m|till och med|t\.?\s?o\.?\s?m|löper|startar|upphör/i;
const START_CUE = /(från och med|fr\.?\s?o\.?\s?m\.?|från|startar|börjar|start)\s*(den\s*)?$/i;
const END_CUE = /(till och med|t\.?\s?o\.?\s?m\.?|till|–|-|slutar|upphör|löper ut)\s*(den\s*)?$/i;

interface Candidate {
  date: DateMatch;
  role: 'start' | 'end';
  rank: number;
}

function candidatesIn(doc: SourceDoc, s: Sentence, rank: number): Candidate[] {
  const dates = findDates(doc.prose.slice(s.start, s.end), s.start);
  const out: Candidate[] = [];
  dates.forEach((date, i) => {
    const before = doc.prose.slice(Math.max(s.start, date.start - 30), date.start);
    if (START_CUE.test(before)) out.push({ date, role: 'start', rank });
    else if (END_CUE.test(before)) out.push({ date, role: 'end', rank });
    else if (dates.length === 2) out.push({ date, role: i === 0 ? 'start' : 'end', rank: rank + 1 });
  });
  return out;
}

function pick(doc: SourceDoc, all: Candidate[], role: 'start' | 'end', field: string, label: string): Extracted<string | null> {
  const mine = all.filter((c) => c.role === role);
  if (!mine.length) return missing(null, field, `Dokumentet anger inget ${label}.`);
  const best = Math.min(...mine.map((c) => c.rank));
  const top = mine.filter((c) => c.rank === best);
  const exact = top.filter((c) => !c.date.dayAssumed);
  const chosen = (exact.length ? exact : top)[0];
  const values = new Set((exact.length ? exact : top).map((c) => c.date.iso));
  const warnings = [];
  if (values.size > 1) {
    warnings.push(warning('AMBIGUOUS', field, `Flera möjliga ${label}: ${[...values].join(', ')}. ${chosen.date.iso} valdes; kontrollera.`));
  }
  if (!exact.length) {
    warnings.push(warning('INFERRED', field, `Dagen anges inte; ${label} antogs vara den första i månaden (${chosen.date.iso}).`));
  }
  return found(chosen.date.iso, [provenance(field, doc.text, chosen.date.start, chosen.date.end)], warnings);
}

export function extractValidity(doc: SourceDoc): ValidityDates {
  const section = findSection(doc, /^(giltighet|avtalstid|avtalsperiod|period|giltighetstid)/i);
  const candidates: Candidate[] = [];
  if (section) {
    const from = section.heading.end;
    const to = section.to < doc.lines.length ? doc.lines[section.to].start : doc.text.length;
    for (const s of sentences(doc, from, to)) candidates.push(...candidatesIn(doc, s, 0));
  }
  for (const s of sentences(doc)) {
    if (CUE.test(s.text)) candidates.push(...candidatesIn(doc, s, 10));
  }
  const start = pick(doc, candidates, 'start', 'validity.start', 'startdatum');
  // "Överenskommelsen gäller från och med den 1 februari 2025 och tills vidare": no end date, a notice period instead.
  const validitySentences = sentences(doc).filter((x) => CUE.test(x.text) || (section && x.start >= section.heading.end && x.start < (section.to < doc.lines.length ? doc.lines[section.to].start : doc.text.length)));
  const open = validitySentences.find((x) => UNTIL_FURTHER.test(x.text) && /gäller|löper|giltig/i.test(x.text));
  if (open) {
    const until = found<string | null>(null, [provenance('validity.end', doc.text, open.start, open.end)]);
    return { start, end: until, noticeMonths: noticeMonthsOf(doc) };
  }
  const end = pick(doc, candidates, 'end', 'validity.end', 'slutdatum');
  if (start.value && end.value && end.value < start.value) {
    end.warnings.push(warning('AMBIGUOUS', 'validity.end', `Slutdatumet ${end.value} ligger före startdatumet ${start.value}; slutdatumet lämnas tomt.`));
    end.value = null;
  }
  return { start, end, noticeMonths: null };
}
