import { findDates, monthEnd, DateMatch } from './dates';
import { Extracted, found, missing, provenance, warning } from './field';
import { SourceDoc, findSection, sentences, Sentence } from '../text/source';
import { DIGITS_AFTER, numberWord } from './numbers';
import { periodInYears, OWN_MONTHS, OWN_IS_CALENDAR } from './yearPeriod';
import type { ImportWarning } from '../result';
import { decisionItem } from '../text/decisionItem';
import { labelledValues } from '../text/labelled';
import { inChangingDecision, isAmendment, REPLACES, REPLACED_VALUE } from '../text/amendment';

export interface ValidityDates {
  start: Extracted<string | null>;
  end: Extracted<string | null>;
  /** Months of notice when the agreement runs until further notice ("tills vidare … sex månaders uppsägningstid"). */
  noticeMonths: number | null;
}

/** The agreement as the subject of its period: "Överenskommelsen avser …", "Partnerskapet omfattar …", "IOP:n gäller …". */
const AGREEMENT_SPAN = /(?<!\p{L})(?:överenskommelsen|avtalet|partnerskapet|samarbetet|IOP:n|IOP-avtalet|uppdraget|satsningen)\s+(?:\p{L}+\s+)?(?:gäller|löper|avser|omfattar|sträcker\s+sig|pågår)(?!\p{L})/iu;
const UNTIL_FURTHER = /\btills\s*vidare\b/iu;
const MONTH_WORDS: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, tolv: 12, arton: 18, tjugofyra: 24 };
/** "sex månaders uppsägningstid", "uppsägningstiden är tre månader", "sägas upp med 3 månaders varsel". */
const NOTICE = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|arton|tjugofyra)${DIGITS_AFTER}\s+månaders\s+(?:\p{L}+\s+)?(?:uppsägningstid|uppsägning|varsel)|uppsägningstid(?:en)?\s+(?:är|om|på)\s+(\d{1,2}|en|ett|två|tre|fyra|fem|sex|nio|tolv|arton|tjugofyra)${DIGITS_AFTER}\s+månad`,
  'iu',
);

function noticeMonthsOf(doc: SourceDoc): number | null {
  for (const s of sentences(doc)) {
    const m = NOTICE.exec(s.text);
    if (!m) continue;
    const word = (m[1] ?? m[2]).toLowerCase();
    return /^\d/.test(word) ? Number(word) : MONTH_WORDS[word] ?? null;
  }
  return null;
}

/**
 * Words of a sentence that states the period, also as a proposal in a case description ("Enligt förslaget ska
 * överenskommelsen gälla 2026-03-01 – 2028-02-29", "föreslås löpa …", "Avtalstiden blir …"), and a decision's "att ingå
 * överenskommelse … för tiden 2028-10-01 – 2030-09-30" (a date right after "tiden": never "under tiden som …").
 */
const CUE = /gäller|gälla|giltig|avtalsperiod|avtalstid|perioden|perioderna|^\W*period\W*:|(?<![a-zåäö])period\s+(?:19|20)\d{2}-\d{2}-\d{2}|från och med|fr\.?\s?o\.?\s?m|till och med|t\.?\s?o\.?\s?m|löper|löpa|startar|upphör|(?:för|avser|omfattar)\s+tiden\s+(?:den\s+)?\d/i;
const START_CUE = /(från och med|fr\.?\s?o\.?\s?m\.?|från|startar|börjar|start|börjar\s+gälla|träder\s+i\s+kraft)\s*(den\s*)?$/i;
const END_CUE = /(till och med|t\.?\s?o\.?\s?m\.?|till|–|-|slutar|upphör|löper ut)\s*(den\s*|vid\s+|med\s+)?$/i;
/**
 * A date that caps the extensions, not the period: "kan förlängas ett år i taget, dock längst till utgången av 2031",
 * "som längst till och med 2031-12-31" (read by the extension's own rule).
 */
const EXTENSION_CAP = /(?<!\p{L})(?:längst|senast|inte\s+längre\s+än)\s+(?:till\s+och\s+med|t\.?\s?o\.?\s?m\.?|till|fram\s+till)?\s*(?:den\s*|vid\s+|med\s+)?$/iu;

interface Candidate {
  date: DateMatch;
  role: 'start' | 'end';
  rank: number;
  /** Said on the field when this candidate is chosen (an end of a verksamhetsår read as the calendar year's). */
  note?: ImportWarning;
  /** Where the sentence it was read in starts: a start and an end of one sentence are one range. */
  sentence?: number;
}

/**
 * "till och med verksamhetsårets slut 2030": the last of December where the document says its verksamhetsår is the
 * calendar year, the same said as inferred where it says nothing, and no date where its verksamhetsår runs other
 * months (which year's June is meant cannot be told).
 */
function ownYearEnd(doc: SourceDoc, date: DateMatch): { note?: ImportWarning } | null {
  if (!date.ownYear) return {};
  const own = OWN_MONTHS.exec(doc.prose);
  if (own && !/^januari$/i.test(own[1])) return null;
  if (own || OWN_IS_CALENDAR.test(doc.prose)) return {};
  return { note: warning('INFERRED', 'validity.end', `Slutet anges som verksamhetsårets slut; verksamhetsåret antogs vara kalenderår (${date.iso}).`) };
}

/**
 * A date from which amounts change ("Från och med den 1 januari 2026 gäller följande belopp i stället för …", an
 * amendment's new amounts): the change's effective date, not the agreement's period, unless the same sentence says
 * the agreement itself runs from it.
 */
const AMOUNT_CHANGE = /(?<!\p{L})(?:belopp(?:en|et)?|ersättning(?:en)?|bidrag(?:et)?|i stället för|höjs|sänks|ändras)(?!\p{L})/iu;
/**
 * An amount set for a period the clause names: "att nämndens bidrag ska uppgå till 1250 tkr per år under perioden 1
 * jan. 2028 - 31 dec. 2030" states the partnership's period, unless the clause changes an amount (CHANGED).
 */
const PERIOD_RANGE = /(?<!\p{L})(?:under|för)\s+(?:hela\s+)?period(?:en|erna)\s+(?:den\s+|från\s+(?:och\s+med\s+)?|fr\.?\s?o\.?\s?m\.?\s+)?\d/iu;
const CHANGED = /(?<!\p{L})(?:i stället för|höj\p{L}*|sänk\p{L}*|ändr\p{L}*|utök\p{L}*|minsk\p{L}*|ök(?:a|as|ar|ade|at)|ytterligare|tillägg\p{L}*)(?!\p{L})/iu;
const PERIOD_SUBJECT =
  /(?<!\p{L})(?:(?:huvud)?(?:överenskommelsen|avtalet)|partnerskapet|samarbetet|perioden)\s+(?:\p{L}+\s+)?(?:gäller|löper|börjar|startar|avser|förlängs)|\bavtals(?:perioden|tiden)\b|\bgäller\s+(?:(?:för|under)\s+)?perioden\b/iu;

/**
 * In an amendment (tilläggsavtal, ändringsavtal) the amendment's own start is not the agreement's validity: "Detta
 * tilläggsavtal träder i kraft …", "Ändringarna gäller från och med …", "tillämpas från och med den 1 januari 2029",
 * "Parternas insatser per år från och med …". Only a sentence that states the agreement's own period gives it: the
 * agreement (or "Huvudöverenskommelsen", "huvudavtalet") as the subject of its period, or "för/under perioden X – Y"
 * (also in a definitions list: "Huvudöverenskommelsen: den överenskommelse … som gäller under perioden …"). The date
 * the agreement was signed or dated is no period (no cue before it), and no other date of the amendment counts.
 */
const AMENDMENT_ITSELF =
  /(?<!\p{L})(?:(?:(?:detta|denna)\s+(?:tilläggsavtal|tillägg|ändringsavtal|ändring)|tilläggsavtalet|ändringsavtalet|tillägget|ändring(?:en|arna))\s+(?:\p{L}+\s+){0,2}?(?:gäller|gälla|träder|tillämpas|börjar|löper)|träder\s+i\s+kraft|tillämpas\s+(?:från|fr\.?\s?o\.?\s?m))(?!\p{L})/iu;
const NAMES_PERIOD = /\b(?:för|under)\s+period(?:en|erna)\b|\bför\s+tiden\s+(?:den\s+)?\d/iu;

function statesAgreementPeriod(text: string): boolean {
  return !AMENDMENT_ITSELF.test(text) && (PERIOD_SUBJECT.test(text) || NAMES_PERIOD.test(text));
}
function inReplacedValue(text: string, at: number): boolean {
  for (const m of text.matchAll(REPLACED_VALUE)) if (at >= m.index && at < m.index + m[0].length) return true;
  return false;
}

/** "2028-01-01 – 2030-12-31": a date followed by a dash and another date starts a range. */
const RANGE_DASH = /^\s*[–—-]\s*$/u;

/**
 * The period in which decisions were taken, as a list of delegated decisions reports it ("Beslut fattade med stöd av
 * nämndens delegationsordning under perioden 2028-01-01 – 2028-02-29"): the report's span, never a partnership's.
 */
const DECISIONS_TAKEN_IN = /(?<!\p{L})beslut\p{L}*\s+(?:som\s+(?:har\s+)?)?(?:fattade|fattats|fattat|tagna|tagits|tagit)(?!\p{L})[^.;]{0,120}?(?:under|för|mellan)\s+(?:perioden|tiden)(?!\p{L})/iu;

function candidatesIn(doc: SourceDoc, s: Sentence, rank: number): Candidate[] {
  const text = doc.prose.slice(s.start, s.end);
  if (DECISIONS_TAKEN_IN.test(text)) return [];
  // In a decision's list of "att"-clauses, only the clause holding the date says what the date is.
  const changes = (at: number) => {
    const item = decisionItem(text, at);
    return AMOUNT_CHANGE.test(item) && !PERIOD_SUBJECT.test(item) && !(PERIOD_RANGE.test(item) && !CHANGED.test(item));
  };
  const beforeOf = (date: DateMatch) => doc.prose.slice(Math.max(s.start, date.start - 30), date.start);
  const dates = findDates(text, s.start, { yearEnds: true }).filter(
    (d) => !changes(d.start - s.start) && !EXTENSION_CAP.test(beforeOf(d)) && !inReplacedValue(text, d.start - s.start),
  );
  // A decided period replaces a proposed one: "i stället för", or any period the decision changing the proposal states.
  if (dates.some((d) => REPLACES.test(decisionItem(text, d.start - s.start)) || inChangingDecision(doc, d.start))) rank = Math.min(rank, -1);
  const out: Candidate[] = [];
  const push = (c: Candidate) => out.push({ ...c, sentence: s.start });
  dates.forEach((date, i) => {
    const before = beforeOf(date);
    if (date.periodEnd) {
      // "löper ut vid 2030 års utgång", "t.o.m. årsskiftet 2029/2030": an end after an end's cue or after the start;
      // never a start, and nothing alone ("ett projektbidrag, som upphörde vid utgången av 2026").
      const own = ownYearEnd(doc, date);
      if (own && (END_CUE.test(before) || (dates.length === 2 && i === 1))) push({ date, role: 'end', rank, ...own });
      return;
    }
    if (START_CUE.test(before)) push({ date, role: 'start', rank });
    else if (END_CUE.test(before)) push({ date, role: 'end', rank });
    else if (dates.length === 2) push({ date, role: i === 0 ? 'start' : 'end', rank: rank + 1 });
    // A range among other dates ("undertecknade den 22 november 2027 … gäller under perioden 2028-01-01 – 2030-12-31").
    else if (i + 1 < dates.length && RANGE_DASH.test(doc.prose.slice(date.end, dates[i + 1].start))) push({ date, role: 'start', rank: rank + 1 });
  });
  return out;
}

/**
 * The best candidate for one end of the period. `notBefore` (the start, when picking the end) drops ends that cannot
 * be this period's: a background sentence's "projektmedel … som upphör vid utgången av 2026" before a 2027 start.
 */
function pick(doc: SourceDoc, all: Candidate[], role: 'start' | 'end', field: string, label: string, notBefore?: string | null): Extracted<string | null> {
  const ofRole = all.filter((c) => c.role === role);
  const possible = notBefore ? ofRole.filter((c) => c.date.iso >= notBefore) : ofRole;
  const mine = possible.length ? possible : ofRole;
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
  let iso = chosen.date.iso;
  if (!exact.length) {
    // "till och med juni 2028": an end in a month is its last day, a start its first.
    if (role === 'end') iso = monthEnd(iso);
    const which = role === 'end' ? 'den sista' : 'den första';
    warnings.push(warning('INFERRED', field, `Dagen anges inte; ${label} antogs vara ${which} i månaden (${iso}).`));
  }
  if (chosen.note) warnings.push(chosen.note);
  return found(iso, [provenance(field, doc.text, chosen.date.start, chosen.date.end)], warnings);
}

/**
 * "löper under tre år från 2026-03-01", "gäller i två år från och med …", "gäller i 24 månader från och med den 1
 * februari 2027", "avtalstiden är 18 månader räknat från …", "löper under tre (3) år från …", and without a verb where
 * the sentence is about the period: "Under tre år från och med 1 mars 2028", "i tre år räknat från …", "under en
 * period om 36 månader från …", "Avtalstid: två år från …", "under en treårsperiod från …": the end is the start
 * plus the years or months, less a day. The start is the date the phrase names, else the period's start.
 */
const DURATION_COUNT = String.raw`(\d{1,2}|ett|en|två|tre|fyra|fem|sex|tolv|arton|tjugofyra|trettiosex)${DIGITS_AFTER}\s+(år|månader)`;
const DURATION = new RegExp(
  String.raw`(?:(?:löper|gäller|pågår|avser|omfattar|sträcker\s+sig\s+över|(?:avtals|löp)tiden\s+är|(?:avtals|löp)tid(?:en)?\s*:)\s+(?:under\s+|i\s+|på\s+|för\s+)?|(?:^|(?<!\p{L}))(?:under|i)\s+)(?:en\s+(?:period|tid)\s+(?:om|på|av)\s+)?(?:${DURATION_COUNT}|en\s+(två|tre|fyra|fem)års(?:period|tid))\s+(?:räknat\s+|framåt\s+)?(?:från|fr\.?\s?o\.?\s?m)`,
  'iu',
);
const YEARS_WORD: Record<string, number> = { två: 2, tre: 3, fyra: 4, fem: 5 };

function endFromDuration(doc: SourceDoc, candidates: Sentence[], start: string): Extracted<string | null> | null {
  for (const x of candidates) {
    const m = DURATION.exec(x.text);
    if (!m) continue;
    let months: number;
    if (m[3]) months = YEARS_WORD[m[3].toLowerCase()] * 12;
    else {
      const count = m[1].toLowerCase() === 'trettiosex' ? 36 : (MONTH_WORDS[m[1].toLowerCase()] ?? numberWord(m[1]));
      if (count === null || count < 1) continue;
      months = /^år$/i.test(m[2]) ? count * 12 : count;
    }
    // The date the phrase counts from ("under tre år från och med 1 mars 2028"), when it names one.
    const from = findDates(x.text.slice(m.index + m[0].length, m.index + m[0].length + 40))[0];
    const base = from && !from.dayAssumed && from.start < 12 ? from.iso : start;
    const [y, mo, d] = base.split('-').map(Number);
    const end = addDays({ year: y + Math.floor((mo - 1 + months) / 12), month: ((mo - 1 + months) % 12) + 1, day: d }, -1);
    const prov = { ...provenance('validity.end', doc.text, x.start, x.end), how: 'computed' as const };
    return found(end, [prov]);
  }
  return null;
}

/**
 * An amendment's validity: the agreement's own period where the amendment restates it, else unknown with a warning
 * (the amendment's effective date is not the agreement's start; see AMENDMENT_ITSELF).
 */
function amendmentValidity(doc: SourceDoc, all: Candidate[], labelled: Candidate[]): ValidityDates {
  const inDoc = sentences(doc);
  const kept = all.filter((c) => {
    // A label/value row of the period ("Avtalstid | 2024-01-01 – 2026-12-31") states it.
    if (labelled.includes(c)) return true;
    const s = inDoc.find((x) => c.date.start >= x.start && c.date.start < x.end);
    return s !== undefined && statesAgreementPeriod(doc.prose.slice(s.start, s.end));
  });
  const dropped = [...new Set(all.filter((c) => !kept.includes(c)).map((c) => c.date.iso))];
  const why = dropped.length ? ` Tilläggsavtalets egna datum (${dropped.join(', ')}) anger när ändringen gäller, inte överenskommelsens avtalstid.` : '';
  const read = (role: 'start' | 'end', field: string, label: string) => {
    const got = pick(doc, kept, role, field, label);
    if (got.value === null) return missing<string | null>(null, field, `Tilläggsavtalet anger inte överenskommelsens ${label}.${why}`);
    return got;
  };
  const start = read('start', 'validity.start', 'startdatum');
  const end = read('end', 'validity.end', 'slutdatum');
  if (start.value && end.value && end.value < start.value) {
    end.warnings.push(warning('AMBIGUOUS', 'validity.end', `Slutdatumet ${end.value} ligger före startdatumet ${start.value}; slutdatumet lämnas tomt.`));
    end.value = null;
  }
  return { start, end, noticeMonths: null };
}

/** The day before a calendar date (`2029-03-01` → `2029-02-28`), by the calendar's own month lengths. */
function addDays(date: { year: number; month: number; day: number }, days: number): string {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return t.toISOString().slice(0, 10);
}

/**
 * A label/value row of the period ("Avtalstid | Verksamhetsåret 2026", "Giltighetstid | 2026-01-01 – 2026-12-31",
 * "Startdatum | 2026-01-01"): the value is a sentence about the period even though it names no cue itself.
 */
const PERIOD_LABEL =
  /^(?:avtalstid(?:en)?|avtalsperiod(?:en)?|(?:avtalets|överenskommelsens|partnerskapets)\s+(?:löp)?tid|löptid|giltighet(?:stid)?|period|tidsperiod|tid|(?:avtalet|överenskommelsen)\s+gäller|gäller|varaktighet|start(?:datum)?|avtalsstart|slut(?:datum)?|avtalsslut|gäller\s+(?:från|till)|fr\.?\s?o\.?\s?m\.?|t\.?\s?o\.?\s?m\.?|från\s+och\s+med|till\s+och\s+med)$/iu;
const START_LABEL = /^(?:start(?:datum)?|avtalsstart|gäller\s+från|fr\.?\s?o\.?\s?m\.?|från\s+och\s+med)$/iu;
const END_LABEL = /^(?:slut(?:datum)?|avtalsslut|gäller\s+till|t\.?\s?o\.?\s?m\.?|till\s+och\s+med)$/iu;

/** The period's label/value rows as sentences ("Avtalstid: …", offsets on the value), with the dates they give. */
function labelledPeriod(doc: SourceDoc): { rows: Sentence[]; candidates: Candidate[] } {
  const rows: Sentence[] = [];
  const candidates: Candidate[] = [];
  for (const v of labelledValues(doc, PERIOD_LABEL)) {
    const row = { text: `${v.label}: ${v.text}`, start: v.start, end: v.end };
    rows.push(row);
    const role = START_LABEL.test(v.label) ? 'start' : END_LABEL.test(v.label) ? 'end' : null;
    if (!role) {
      candidates.push(...candidatesIn(doc, row, 0));
      continue;
    }
    // "Startdatum | 2026-01-01": the label says which end of the period the one date is.
    const dates = findDates(doc.prose.slice(v.start, v.end), v.start);
    if (dates.length === 1) candidates.push({ date: dates[0], role, rank: 0 });
  }
  return { rows, candidates };
}

/**
 * A period that starts on the day of the decision: "gäller från och med beslutsdagen", "fr.o.m. dagen för nämndens
 * beslut", "från beslutsdatum".
 */
const FROM_DECISION_DAY =
  /(?<!\p{L})(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från)\s+(?:den\s+)?(?:beslutsdag(?:en)?|beslutsdatum(?:et)?|dagen\s+för\s+(?:\p{L}+\s+)?beslut(?:et)?)(?!\p{L})/iu;
/** The decision's date as minutes or a decision label it: "Sammanträdesdatum 2028-05-14" (also on the line below), "Beslutsdatum: …". */
const DECISION_DATE_LABEL = /(?<!\p{L})(?:sammanträdesdatum|sammanträdesdag(?:en)?|beslutsdatum|beslutsdag|datum\s+för\s+beslut(?:et)?)(?!\p{L})/giu;

/**
 * The start of a period that runs from the decision day ("gäller från och med beslutsdagen till och med …"): the date
 * the document labels the decision's (the meeting's date in minutes: "Sammanträdesdatum" with its date beside or
 * below it). Null when the sentence is not there; unknown with a warning when no one decision date is labelled.
 */
function startFromDecisionDay(doc: SourceDoc, said: Sentence[]): Extracted<string | null> | null {
  const s = said.find((x) => FROM_DECISION_DAY.test(x.text));
  if (!s) return null;
  const dates: DateMatch[] = [];
  for (const m of doc.prose.matchAll(DECISION_DATE_LABEL)) {
    // The label's own line and the next line with text (a two-column letterhead puts the date under its label).
    const from = m.index + m[0].length;
    const lineEnd = doc.prose.indexOf('\n', from);
    const nextText = lineEnd < 0 ? -1 : doc.prose.slice(lineEnd).search(/\S/u);
    const nextEnd = nextText < 0 ? -1 : doc.prose.indexOf('\n', lineEnd + nextText);
    const to = lineEnd < 0 ? doc.prose.length : nextEnd < 0 ? doc.prose.length : nextEnd;
    const date = findDates(doc.prose.slice(from, Math.min(to, from + 200)), from).find((d) => !d.dayAssumed);
    if (date) dates.push(date);
  }
  const values = [...new Set(dates.map((d) => d.iso))];
  if (values.length !== 1) {
    const why = values.length ? `flera datum anges för beslutet (${values.join(', ')})` : 'beslutets datum anges inte';
    return missing(null, 'validity.start', `Perioden gäller från beslutsdagen, men ${why}.`);
  }
  const note = warning('INFERRED', 'validity.start', `Perioden gäller från beslutsdagen; beslutets datum ${values[0]} antogs vara startdatumet.`);
  return found<string | null>(values[0], [provenance('validity.start', doc.text, s.start, s.end), provenance('validity.start', doc.text, dates[0].start, dates[0].end)], [note]);
}

/**
 * Of several possible ends, the one written with the chosen start in one sentence ("Period 2028-02-01 – 2029-01-31")
 * outweighs one read alone in a sentence with no start ("Registrering av lotteri t.o.m. 2030-12-31"), unless that one
 * stands in the validity section or a label (rank 0). The warning that several ends were possible stays.
 */
function withStartsRange(doc: SourceDoc, candidates: Candidate[], start: string | null, end: Extracted<string | null>): Extracted<string | null> {
  if (start === null || end.value === null || !end.warnings.some((w) => w.code === 'AMBIGUOUS')) return end;
  const starts = candidates.filter((c) => c.role === 'start' && c.date.iso === start && c.sentence !== undefined);
  const paired = candidates.filter((c) => c.role === 'end' && c.date.iso >= start && starts.some((st) => st.sentence === c.sentence));
  const chosen = candidates.filter((c) => c.role === 'end' && c.date.iso === end.value);
  const alone = chosen.every((c) => c.rank > 0 && !candidates.some((o) => o.role === 'start' && o.sentence !== undefined && o.sentence === c.sentence));
  const isos = new Set(paired.map((c) => c.date.iso));
  if (!alone || isos.size !== 1 || isos.has(end.value)) return end;
  const [c] = paired;
  const others = [...new Set(candidates.filter((o) => o.role === 'end' && o.date.iso !== c.date.iso).map((o) => o.date.iso))].join(', ');
  const note = warning('AMBIGUOUS', 'validity.end', `Flera möjliga slutdatum (${others}); ${c.date.iso}, som anges tillsammans med startdatumet, valdes; kontrollera.`);
  return found<string | null>(c.date.iso, [provenance('validity.end', doc.text, c.date.start, c.date.end)], [...end.warnings.filter((w) => w.code !== 'AMBIGUOUS'), note]);
}

export function extractValidity(doc: SourceDoc): ValidityDates {
  const section = findSection(doc, /^(giltighet|avtalstid|avtalsperiod|period|giltighetstid|(?:avtals)?tid$|avtalets (?:löp)?tid)/i);
  const labelled = labelledPeriod(doc);
  const candidates: Candidate[] = [...labelled.candidates];
  if (section) {
    const from = section.heading.end;
    const to = section.to < doc.lines.length ? doc.lines[section.to].start : doc.text.length;
    for (const s of sentences(doc, from, to)) candidates.push(...candidatesIn(doc, s, 0));
  }
  for (const s of sentences(doc)) {
    if (CUE.test(s.text)) candidates.push(...candidatesIn(doc, s, 10));
  }
  if (isAmendment(doc)) return amendmentValidity(doc, candidates, labelled.candidates);
  let start = pick(doc, candidates, 'start', 'validity.start', 'startdatum');
  // "Överenskommelsen gäller från och med den 1 februari 2025 och tills vidare": no end date, a notice period instead.
  const validitySentences = [
    ...labelled.rows,
    ...sentences(doc).filter((x) => CUE.test(x.text) || (section && x.start >= section.heading.end && x.start < (section.to < doc.lines.length ? doc.lines[section.to].start : doc.text.length))),
  ];
  // "gäller från och med beslutsdagen till och med den 31 december 2030": the decision's date is the start.
  if (start.value === null) start = startFromDecisionDay(doc, validitySentences) ?? start;
  const open = validitySentences.find((x) => UNTIL_FURTHER.test(x.text) && (/gäller|löper|giltig/i.test(x.text) || labelled.rows.includes(x)));
  if (open) {
    const until = found<string | null>(null, [provenance('validity.end', doc.text, open.start, open.end)]);
    return { start, end: until, noticeMonths: noticeMonthsOf(doc) };
  }
  let end = withStartsRange(doc, candidates, start.value, pick(doc, candidates, 'end', 'validity.end', 'slutdatum', start.value));
  if (end.value === null && start.value !== null) end = endFromDuration(doc, validitySentences, start.value) ?? end;
  if (start.value === null) {
    // A period in years may also be stated where the agreement is the subject ("Partnerskapet omfattar verksamhetsåren …"),
    // also beside an end in words that agrees with it ("kalenderåren 2026–2028, till och med 2028 års utgång").
    const years = periodInYears(doc, [...validitySentences, ...sentences(doc).filter((x) => AGREEMENT_SPAN.test(x.text) && !validitySentences.includes(x))]);
    if (years && (end.value === null || end.value === years.end.value)) return { ...years, noticeMonths: null };
  }
  if (start.value && end.value && end.value < start.value) {
    end.warnings.push(warning('AMBIGUOUS', 'validity.end', `Slutdatumet ${end.value} ligger före startdatumet ${start.value}; slutdatumet lämnas tomt.`));
    end.value = null;
  }
  return { start, end, noticeMonths: null };
}
