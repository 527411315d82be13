import type { FollowUp } from '../../domain/agreement';
import type { ImportWarning, Provenance } from '../result';
import { Extracted, found, provenance, warning } from './field';
import { DIGITS_AFTER, numberWord } from './numbers';
import { SourceDoc, Sentence, findSection, sentences } from '../text/source';

/**
 * The follow-up an agreement requires, as agreements and decision memos write it: how often the parties meet
 * ("träffas minst 2 gånger per år", "dialogmöten två gånger per termin", "varje kvartal"), how often and by
 * when the non-profit reports ("en gång per år skriftligen rapportera", "årsrapport … senast den 15 februari
 * året efter"), by when an extension must be decided ("Fråga om förlängning ska tas upp senast sex månader
 * före avtalstidens slut") and the notice period ("sex månaders uppsägningstid").
 */

const COUNT = '(?:\\d{1,2}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)';
const EXTRA_WORDS: Record<string, number> = { elva: 11, tolv: 12 };
const count = (t: string): number | null => numberWord(t) ?? EXTRA_WORDS[t.trim().toLowerCase()] ?? null;

/** Frequencies as times per year; the first (leftmost) in a clause is the one it states. */
interface Frequency {
  re: RegExp;
  perYear: (m: RegExpExecArray) => number | null;
}
const per = (unit: number) => (m: RegExpExecArray) => {
  const n = count(m.groups!.n);
  return n === null ? null : n * unit;
};
/** Word edges that know Swedish letters (`\b` is ASCII-only even with the u flag: it fails before "å"). */
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
/** A pattern in which `\\b<` and `\\b>` stand for the start and end of a word. */
const rx = (source: string, flags = 'giu') => new RegExp(source.replace(/\\b</g, B).replace(/\\b>/g, E), flags);
const FREQUENCIES: Frequency[] = [
  { re: rx(`\\b<(?<n>${COUNT})${DIGITS_AFTER}\\s+gång(?:er)?\\s+(?:per|om|i|varje)\\s+(?:kalender|verksamhets)?år(?:et)?\\b>`), perYear: per(1) },
  { re: rx(`\\b<(?<n>${COUNT})${DIGITS_AFTER}\\s+gång(?:er)?\\s+(?:per|i|varje)\\s+(?:halvår|termin)(?:en|et)?\\b>`), perYear: per(2) },
  { re: rx(`\\b<(?<n>${COUNT})${DIGITS_AFTER}\\s+gång(?:er)?\\s+(?:per|i|varje)\\s+kvartal(?:et)?\\b>`), perYear: per(4) },
  { re: rx(`\\b<(?<n>${COUNT})${DIGITS_AFTER}\\s+gång(?:er)?\\s+(?:per|i|varje)\\s+månad(?:en)?\\b>`), perYear: per(12) },
  { re: rx('\\b<(?:varje|per|en\\s+gång\\s+per|en\\s+gång\\s+i)\\s+kvartal(?:et)?\\b>|\\b<kvartalsvis\\b>'), perYear: () => 4 },
  { re: rx('\\b<varannan\\s+månad\\b>'), perYear: () => 6 },
  { re: rx('\\b<(?:varje|per)\\s+månad\\b>|\\b<månadsvis\\b>|\\b<månatlig\\p{L}*'), perYear: () => 12 },
  { re: rx('\\b<(?:varje|per)\\s+(?:termin|halvår)\\b>|\\b<(?:i\\s+slutet\\s+av|efter)\\s+varje\\s+termin\\b>|\\b<(?:termins|halvårs)vis\\b>'), perYear: () => 2 },
  { re: rx('\\b<(?:varje|per)\\s+vecka\\b>|\\b<veckovis\\b>'), perYear: () => 52 },
  {
    re: rx('\\b<årlig(?:en|t|a)?\\b>|\\b<(?:varje|per)\\s+(?:kalender|verksamhets)?år\\b>|\\b<om\\s+året\\b>|\\b<efter\\s+varje\\s+(?:kalender|verksamhets)?år\\b>'),
    perYear: () => 1,
  },
];

/** A meeting of the parties, as opposed to the activity itself ("deltagarna träffas två gånger i veckan"). */
const MEETING = rx('\\b<träffa(?:s|r)?\\b>|\\b<ses\\b>|\\b<sammanträd\\p{L}*|\\p{L}*möt(?:e|en|et)\\b>');
const FOLLOW_UP_CUE = /följ\p{L}*\s+upp|uppföljning|dialog|styrgrupp|ledningsgrupp|samverkansgrupp|partnerskapsgrupp|arbetsgrupp|referensgrupp|parterna|representant|företrädare/iu;
/** A written report to the committee; "redovisas i bilaga 1" and "i 2025 års nivå" are not. */
const REPORT = rx('\\p{L}*rapport\\p{L}*|\\p{L}*redovisning\\p{L}*|\\b<redovisar\\b>|\\b<redovisas\\s+(?:för|till)\\b>|\\p{L}*berättelse\\p{L}*');
const YEARLY_REPORT = rx('\\b<(?:årsrapport|årsredovisning|årsberättelse)', 'iu');

const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6, juli: 7, augusti: 8, september: 9, oktober: 10, november: 11, december: 12,
};
const MONTH = Object.keys(MONTHS).join('|');
const DUE_DAY = new RegExp(`senast\\s+(?:den\\s+)?(?<day>\\d{1,2})(?:\\s*:?\\s*(?:e|a))?\\s+(?<month>${MONTH})(?!\\s+\\d{4})`, 'iu');
const DUE_MONTH = new RegExp(`senast\\s+(?:i|under)\\s+(?<month>${MONTH})(?!\\s+\\d{4})`, 'iu');
/** The report covers the year before its due day ("senast den 31 mars året efter verksamhetsåret"). */
const FOR_LAST_YEAR = /året\s+efter|föregående\s+(?:kalender|verksamhets)?år|efter\s+(?:verksamhets|kalender)?året/iu;

const BEFORE_END = new RegExp(`senast\\s+(?<n>${COUNT})${DIGITS_AFTER}\\s+månader\\s+(?:före|innan)`, 'iu');
const TERMINATION = /säg\p{L}*\s+upp|uppsäg/iu;
const NOTICE = [
  new RegExp(`(?<n>${COUNT})${DIGITS_AFTER}\\s+månaders\\s+(?:\\p{L}+\\s+){0,2}?(?:uppsägningstid|uppsägning|varsel)`, 'iu'),
  new RegExp(`uppsägningstid(?:en)?\\s+(?:är|om|på|av)\\s+(?<n>${COUNT})${DIGITS_AFTER}\\s+månader`, 'iu'),
];

interface Hit {
  value: number;
  sentence: Sentence;
  /** The value was not written but follows from what was ("verksamhetsberättelse" is yearly). */
  inferred?: string;
}

const lastDay = (month: number) => [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
const pad = (n: number) => String(n).padStart(2, '0');

function spans(re: RegExp, text: string): { start: number; end: number }[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/**
 * Each frequency of a sentence belongs to the nearest meeting or report phrase, so "dialogmöten två gånger per
 * termin och en årlig skriftlig redovisning" gives meetings 4 and reports 1.
 */
function frequenciesOf(text: string): { meetings: number | null; reports: number | null } {
  const meetings = spans(MEETING, text);
  const reports = spans(REPORT, text);
  const out: { meetings: number | null; reports: number | null } = { meetings: null, reports: null };
  const all = FREQUENCIES.flatMap((f) => {
    f.re.lastIndex = 0;
    return [...text.matchAll(f.re)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: f.perYear(m as RegExpExecArray) }));
  })
    .filter((f) => f.value !== null && f.value > 0)
    .sort((a, b) => a.start - b.start)
    // "minst två gånger per år" also holds "per år": the longer, earlier phrase wins.
    .filter((f, i, list) => !list.slice(0, i).some((g) => g.start <= f.start && f.end <= g.end));
  for (const f of all) {
    const toMeeting = Math.min(Infinity, ...meetings.map((s) => distance(s, f)));
    const toReport = Math.min(Infinity, ...reports.map((s) => distance(s, f)));
    if (toMeeting === Infinity && toReport === Infinity) continue;
    const key = toMeeting <= toReport ? 'meetings' : 'reports';
    out[key] ??= f.value;
  }
  return out;
}

/** A cheap first test: only sentences with one of these words can state follow-up (long documents have many sentences). */
const CUE = /träffa|möt|ses\b|sammanträd|rapport|redovis|berättelse|förläng/iu;

/** The follow-up section's sentences first, then those elsewhere that speak of following up. */
function scopes(doc: SourceDoc, all: readonly Sentence[]): { sentence: Sentence; rank: number }[] {
  const section = findSection(doc, /uppföljning|återrapport|redovisning/i);
  const inSection = (s: Sentence) =>
    !!section && s.start >= section.heading.end && s.end <= (section.to < doc.lines.length ? doc.lines[section.to].start : doc.text.length);
  const underlag = findSection(doc, /^beslutsunderlag/i);
  const inUnderlag = (s: Sentence) =>
    !!underlag && s.start >= underlag.heading.end && s.end <= (underlag.to < doc.lines.length ? doc.lines[underlag.to].start : doc.text.length);
  return all
    .filter((s) => s.text.length < 600 && CUE.test(s.text) && !inUnderlag(s))
    .map((s) => ({ sentence: s, rank: inSection(s) ? 0 : 1 }));
}

function pickHits(hits: { hit: Hit; rank: number }[]): { chosen: Hit; others: number[] } | null {
  if (!hits.length) return null;
  const best = Math.min(...hits.map((h) => h.rank));
  const top = hits.filter((h) => h.rank === best).map((h) => h.hit);
  return { chosen: top[0], others: [...new Set(top.map((h) => h.value))] };
}

function record(
  field: string,
  picked: { chosen: Hit; others: number[] } | null,
  doc: SourceDoc,
  prov: Provenance[],
  warnings: ImportWarning[],
  describe: (n: number) => string,
): number | null {
  if (!picked) return null;
  const { chosen, others } = picked;
  prov.push(provenance(field, doc.text, chosen.sentence.start, chosen.sentence.end));
  if (others.length > 1) {
    warnings.push(warning('AMBIGUOUS', field, `Dokumentet nämner flera: ${others.map(describe).join(', ')}. ${describe(chosen.value)} valdes; kontrollera.`));
  }
  if (chosen.inferred) warnings.push(warning('INFERRED', field, chosen.inferred));
  return chosen.value;
}

/** Meetings, reports, the report's due day and the extension decision, each with where it was read. */
export function extractFollowUp(doc: SourceDoc, all: readonly Sentence[] = sentences(doc)): Extracted<FollowUp | null> {
  const prov: Provenance[] = [];
  const warnings: ImportWarning[] = [];
  const meetingHits: { hit: Hit; rank: number }[] = [];
  const reportHits: { hit: Hit; rank: number }[] = [];
  const dueHits: { due: string; sentence: Sentence; rank: number; inferred?: string }[] = [];
  const decisionHits: { hit: Hit; rank: number }[] = [];
  let unclearReport: Sentence | null = null;

  for (const { sentence, rank } of scopes(doc, all)) {
    const text = doc.prose.slice(sentence.start, sentence.end);
    const isMeeting = spans(MEETING, text).length > 0 && (rank === 0 || FOLLOW_UP_CUE.test(text));
    const isReport = spans(REPORT, text).length > 0;
    if (isMeeting || isReport) {
      const f = frequenciesOf(text);
      if (isMeeting && f.meetings !== null) meetingHits.push({ hit: { value: f.meetings, sentence }, rank });
      if (isReport) {
        const dueDay = DUE_DAY.exec(text);
        const dueMonth = dueDay ? null : DUE_MONTH.exec(text);
        if (dueDay) {
          const month = MONTHS[dueDay.groups!.month.toLowerCase()];
          const day = Number(dueDay.groups!.day);
          if (day >= 1 && day <= lastDay(month)) {
            const sameYear = !FOR_LAST_YEAR.test(text) && month > 6;
            dueHits.push({
              due: `${pad(month)}-${pad(day)}`,
              sentence,
              rank,
              ...(sameYear ? { inferred: `Rapporten antogs gälla året före ${day} ${dueDay.groups!.month}; kontrollera.` } : {}),
            });
          }
        } else if (dueMonth) {
          const month = MONTHS[dueMonth.groups!.month.toLowerCase()];
          dueHits.push({ due: `${pad(month)}-${pad(lastDay(month))}`, sentence, rank, inferred: `Bara månaden anges; sista dagen i ${dueMonth.groups!.month} antogs.` });
        }
        const due = dueDay || dueMonth;
        if (f.reports !== null) reportHits.push({ hit: { value: f.reports, sentence }, rank });
        else if (YEARLY_REPORT.test(text)) reportHits.push({ hit: { value: 1, sentence }, rank });
        else if (due && FOR_LAST_YEAR.test(text)) reportHits.push({ hit: { value: 1, sentence }, rank });
        else if (due) reportHits.push({ hit: { value: 1, sentence, inferred: 'Rapporten har ett sista datum men inte hur ofta den lämnas; en gång per år antogs.' }, rank });
        else if (/verksamhetsberättelse/iu.test(text)) {
          reportHits.push({ hit: { value: 1, sentence, inferred: 'En verksamhetsberättelse antogs lämnas en gång per år.' }, rank });
        } else if (rank === 0 || FOLLOW_UP_CUE.test(text) || /skriftlig|lämna|nämnd/iu.test(text)) unclearReport ??= sentence;
      }
    }
    if (/förläng/iu.test(text) && !TERMINATION.test(text)) {
      const m = BEFORE_END.exec(text);
      const n = m ? count(m.groups!.n) : null;
      if (n !== null) decisionHits.push({ hit: { value: n, sentence }, rank });
    }
  }

  const months = (n: number) => `${n} ${n === 1 ? 'månad' : 'månader'}`;
  const times = (n: number) => `${n} ${n === 1 ? 'gång' : 'gånger'} per år`;
  const meetingsPerYear = record('followUp.meetingsPerYear', pickHits(meetingHits), doc, prov, warnings, times);
  const reportsPerYear = record('followUp.reportsPerYear', pickHits(reportHits), doc, prov, warnings, times);
  let reportDue: string | null = null;
  if (dueHits.length) {
    const best = Math.min(...dueHits.map((d) => d.rank));
    const top = dueHits.filter((d) => d.rank === best);
    reportDue = top[0].due;
    prov.push(provenance('followUp.reportDue', doc.text, top[0].sentence.start, top[0].sentence.end));
    const values = [...new Set(top.map((d) => d.due))];
    if (values.length > 1) warnings.push(warning('AMBIGUOUS', 'followUp.reportDue', `Flera sista datum för rapporten nämns (${values.join(', ')}); ${reportDue} valdes.`));
    if (top[0].inferred) warnings.push(warning('INFERRED', 'followUp.reportDue', top[0].inferred));
  }
  const extensionDecisionMonths = record('followUp.extensionDecisionMonths', pickHits(decisionHits), doc, prov, warnings, months);
  if (reportsPerYear === null && unclearReport) {
    const s: Sentence = unclearReport;
    prov.push(provenance('followUp.reportsPerYear', doc.text, s.start, s.end));
    warnings.push(warning('AMBIGUOUS', 'followUp.reportsPerYear', `En redovisning nämns men inte hur ofta den lämnas: "${s.text.slice(0, 120)}". Ange antal rapporter per år.`));
  }
  const value: FollowUp = { meetingsPerYear, reportsPerYear, reportDue, extensionDecisionMonths };
  const any = Object.values(value).some((v) => v !== null);
  return found(any ? value : null, prov, warnings);
}

/**
 * The notice period: "sex månaders uppsägningstid", "uppsägningstiden är tre månader", or a renewal that
 * must be "sagd upp senast sex månader före avtalstidens utgång".
 */
export function extractNoticeMonths(doc: SourceDoc, all: readonly Sentence[] = sentences(doc)): Extracted<number | null> {
  for (const s of all) {
    if (s.text.length >= 600) continue;
    const text = doc.prose.slice(s.start, s.end);
    if (!TERMINATION.test(text) && !/varsel/iu.test(text)) continue;
    for (const re of [...NOTICE, BEFORE_END]) {
      const m = re.exec(text);
      const n = m ? count(m.groups!.n) : null;
      if (m && n !== null) {
        const start = s.start + m.index;
        return found(n, [provenance('validity.noticeMonths', doc.text, start, start + m[0].length)]);
      }
    }
  }
  return found(null);
}
