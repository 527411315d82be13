import { findDates } from './dates';
import { Extracted, found, missing, provenance, warning } from './field';
import type { ImportWarning } from '../result';
import { DIGITS_AFTER, NUMBER_WORD, numberWord } from './numbers';
import { SourceDoc, sentences } from '../text/source';
import { inChangingDecision } from '../text/amendment';

export interface Extension {
  years: number;
  times: number | null;
}

/** A number as word or digits, also both: "två (2) år". */
const N = String.raw`${NUMBER_WORD}${DIGITS_AFTER}`;
/** A year of the agreement: also a school year or a season ("ett läsår i taget"). */
const YEAR = String.raw`(?:läs|verksamhets|kalender|avtals|budget)?år`;
/**
 * A period of the activity that may or may not be a year ("ett sommarlov i taget", "en säsong i sänder", "en termin"):
 * it is a year only where the document says so (`seasonIsYear`).
 */
const SEASON = String.raw`(?<season>sommarlov(?:et|en)?|säsong(?:en|er)?|sommar(?:en)?|termin(?:en|er)?|verksamhetsperiod(?:en|er)?)(?!\p{L})`;
/** The length of one extension: years, or a season of the activity. */
const UNIT = String.raw`(?:${YEAR}|${SEASON})`;
/** "i taget", "i sänder", "åt gången", "årsvis": the extension repeats without a stated limit. */
const EACH = String.raw`(?:i\s+taget|i\s+sänder|åt\s+gången|per\s+gång)`;
/** "två gånger", "vid ett tillfälle". */
const TIMES = String.raw`(?:gång(?:er)?|tillfällen?)`;
/** "högst", "maximalt", "som mest", "sammanlagt" before a count. */
const AT_MOST = String.raw`(?:(?:högst|maximalt|max|som\s+mest|sammanlagt|totalt)\s+)?`;
/** "två gånger per år", "en gång om året": a frequency, not a count of extensions. */
const NOT_RATE = String.raw`(?!\s+(?:per|om\s+året|i\s+året|årligen))`;
/** A term of "1+1 år": a digit or a small number word. */
const PLUS_N = String.raw`(?:\d|en|ett|två|tre)`;
/** A count of extensions anywhere in the clause: "vid högst två tillfällen", "högst två gånger". */
const COUNT = new RegExp(`(?<![\\p{L}\\d])(?:vid\\s+)?${AT_MOST}(?:vid\\s+)?(?<times>${N})\\s+${TIMES}(?!\\p{L})${NOT_RATE}`, 'giu');
/** A form's count field: "Högst antal förlängningar: 1", "Antal förlängningar (max): 2", "Max antal förlängningar 2". */
const COUNT_FIELD = new RegExp(`(?<!\\p{L})(?:(?:högsta|högst|max(?:imalt)?)\\s+)?antal(?:et)?\\s+förlängningar(?:\\s*\\((?:högst|max)\\))?\\s*:?\\s*(?<times>${N})(?![\\p{L}\\d])`, 'giu');

/**
 * The ways an extension clause is written, most specific first. Each rule names its groups: `years` and `times`
 * as numbers, `each` when the extension repeats without limit, `plus` for "1+1 år".
 */
const RULES: { name: string; re: RegExp }[] = [
  // "två gånger om vardera ett år", "högst två gånger två år", "två gånger med ett år i taget",
  // "två gånger, varje gång med ett år"
  { name: 'times-of-years', re: new RegExp(`(?<times>${N})\\s+${TIMES}(?:\\s*,)?\\s+(?:om\\s+|med\\s+|à\\s+|á\\s+|på\\s+)?(?:vardera\\s+|var(?:je)?\\s+(?:gång\\s+(?:med\\s+|om\\s+|på\\s+)?)?)?(?<years>${N})\\s+${UNIT}`, 'iu') },
  // "1+1 år", "1 + 1 + 1 år", "1 år + 1 år", "ett plus ett år"
  { name: 'plus', re: new RegExp(`(?<![\\p{L}\\d+])(?<plus>${PLUS_N}(?:\\s*${YEAR})?(?:\\s*(?:\\+|plus)\\s*${PLUS_N}(?:\\s*${YEAR})?){1,4})(?<=${YEAR})`, 'iu') },
  // "2 x 1 år", "2 × 1 år": the count times the length
  { name: 'times-x-years', re: new RegExp(`(?<![\\p{L}\\d,])(?<times>\\d)\\s*[x×]\\s*(?<years>\\d)\\s*${YEAR}`, 'iu') },
  // "två år i taget, högst 1 gång", "ett år i taget, dock högst tre gånger"
  { name: 'each-at-most', re: new RegExp(`(?<years>${N})\\s+${UNIT}\\s+${EACH}[^.]{0,40}?(?:högst|maximalt|max|som mest|upp till|sammanlagt)\\s+(?<times>${N})\\s+${TIMES}`, 'iu') },
  // "två år åt gången och högst två gånger", "ett år, högst tre gånger"
  // "med ytterligare ett år, vid högst två tillfällen", "ett år vid två tillfällen"
  { name: 'years-then-times', re: new RegExp(`(?<years>${N})\\s+${UNIT}(?:\\s+åt\\s+gången)?\\s*(?:,\\s*|och\\s+|i\\s+)?(?:dock\\s+)?(?:vid\\s+)?${AT_MOST}(?:vid\\s+)?(?<times>${N})\\s+${TIMES}${NOT_RATE}`, 'iu') },
  // "förlängas högst två gånger, varje förlängning avser ett år" (two sentences read as one)
  { name: 'times-then-length', re: new RegExp(`(?<times>${N})\\s+${TIMES}[^.]{0,60}?förlängning(?:en|arna)?\\s+(?:avser|omfattar|gäller|är\\s+på|löper|om)\\s+(?:\\p{L}+\\s+)?(?<years>${N})\\s+${UNIT}`, 'iu') },
  // "Förlängningen avser två år och kan ske en gång", "omfattar ett år och kan ske vid ett tillfälle"
  { name: 'length-then-times', re: new RegExp(`(?<years>${N})\\s+${UNIT}\\s+(?:och|men)\\s+(?:kan|får)\\s+(?:ske|göras|ske\\s+högst)\\s+(?:vid\\s+)?(?:högst\\s+|maximalt\\s+)?(?<times>${N})\\s+${TIMES}`, 'iu') },
  // "två förlängningar om ett år", "2 st förlängningsperioder om vardera ett år", "två perioder à ett år"
  { name: 'extensions-of', re: new RegExp(`(?<times>${N})\\s*(?:st\\s+)?(?:förlängning(?:ar|sperioder)?|(?:nya\\s+)?perioder)\\s+(?:om|med|på|à|á|av)\\s+(?:vardera\\s+)?(?<years>${N})\\s+${UNIT}`, 'iu') },
  // "med ett år i sänder", "ett år i taget", "ett läsår i taget"
  { name: 'each', re: new RegExp(`(?<years>${N})\\s+${UNIT}\\s+(?<each>${EACH})`, 'iu') },
  // "förlängas årsvis", "förlängs år för år"
  { name: 'yearly', re: /(?<each>(?<!\p{L})(?:årsvis|år\s+för\s+år)(?!\p{L}))/iu },
  // "En förlängning omfattar två år", "Förlängningen avser ett år": one extension's length; a count beside it
  // ("Förlängning kan ske en gång") is read by countOutside
  { name: 'length', re: new RegExp(`(?<!\\p{L})förlängning(?:en)?\\s+(?:avser|omfattar|är\\s+på)\\s+(?:(?:högst|maximalt|ytterligare)\\s+)?(?<years>${N})\\s+${UNIT}`, 'iu') },
  // "förlängas med ytterligare två år", "möjlighet till förlängning med ett år", "förlängs automatiskt med ett år"
  { name: 'once', re: new RegExp(`förläng\\p{L}{0,12}\\s+(?:\\p{L}+\\s+){0,3}?(?:med|i|på)\\s+(?:ytterligare\\s+)?(?:(?:högst|maximalt|max|upp\\s+till|som\\s+mest)\\s+)?(?<years>${N})\\s+${UNIT}`, 'iu') },
];

const MONTH_COUNT = String.raw`(?<months>\d{1,2}|sex|nio|tolv|arton|tjugofyra|trettiosex)`;
/** An extension whose length is stated in months: "förlänga avtalet med tolv månader", "förlängas med 18 månader". */
const MONTHS = new RegExp(`förläng\\p{L}{0,12}\\s+(?:\\p{L}+\\s+){0,3}?(?:med|i|på)\\s+(?:ytterligare\\s+)?(?:(?:högst|maximalt|upp\\s+till)\\s+)?${MONTH_COUNT}${DIGITS_AFTER}\\s+månader(?!\\p{L})`, 'iu');
/** Any number of months in the clause, to be read as years where it is whole years ("tolv månader" = "1 år"). */
const ANY_MONTHS = new RegExp(`(?<![\\p{L}\\d])${MONTH_COUNT}${DIGITS_AFTER}\\s+månader(?!\\p{L})`, 'giu');
const MONTH_WORDS: Record<string, number> = { sex: 6, nio: 9, tolv: 12, arton: 18, tjugofyra: 24, trettiosex: 36 };
const monthsOf = (word: string) => MONTH_WORDS[word.toLowerCase()] ?? Number(word);

/**
 * Months that are whole years written as years, padded to the same length so that every offset stays: "med tolv
 * månader i taget" is read as "med 1 år i taget" by the same rules (12 → 1, 24 → 2); other months stay as written.
 * @example monthsAsYears('förlänga avtalet med tolv månader') // 'förlänga avtalet med 1 år        '
 */
export function monthsAsYears(text: string): string {
  return text.replace(ANY_MONTHS, (all: string, months: string) => {
    const n = monthsOf(months);
    if (n < 12 || n % 12 !== 0) return all;
    const years = `${n / 12} år`;
    return years.length <= all.length ? years.padEnd(all.length, ' ') : all;
  });
}

/** The document says there is no extension: "kan inte förlängas", "förlängs inte automatiskt", "förutsätter nya beslut". */
const NO_EXTENSION =
  /\b(?:kan|får|ska)\s+inte\s+förlängas|\bförlängs\s+inte\s+(?!automatiskt)|\butan\s+(?:möjlighet\s+till\s+)?förlängning|\bingen\s+(?:ytterligare\s+|fler\s+|ny\s+)?(?:möjlighet\s+till\s+)?(?:ytterligare\s+)?förlängning|förlängning\s+(?:förutsätter|kräver)\s+(?:ett\s+)?nya?\s+beslut|\bnytt\s+beslut\s+(?:krävs|om\s+förlängning)/iu;
/** "Förlängs inte automatiskt": says how it is not extended, not that it cannot be. */
const NOT_AUTOMATIC = /\bförlängs\s+inte\s+automatiskt\b/iu;
/** "Överenskommelsen gäller tills vidare": no end, so nothing to extend. */
const UNTIL_FURTHER = /\btills\s*vidare\b/iu;
/**
 * Renewal that runs by itself ("förlängs automatiskt med ett år") has no limit on the number of times. A denial ("Den
 * förlängs inte automatiskt, men parterna kan förlänga den med ytterligare två år") is not one: its extension is agreed.
 */
const AUTOMATIC = /(?<!\b(?:inte|ej|icke)\s+)automatiskt|om\s+(?:den\s+)?inte\s+sägs\s+upp|om\s+ingen\s+(?:av\s+)?part(?:erna)?\s+säger\s+upp/iu;
/** A date that caps the extensions: "dock längst till och med den 31 december 2029". */
const CAP = /(?:längst|senast|som\s+längst|dock\s+inte\s+längre\s+än)\s+(?:till\s+och\s+med|t\.?\s?o\.?\s?m\.?|till)\s+/iu;

/**
 * The extensions' total length, stated beside a length each time: "ett år i taget, sammanlagt högst två år",
 * "ytterligare två år, ett år i taget". Read only outside the clause's own match.
 */
const TOTAL = new RegExp(`(?<!\\p{L})(?<cue>sammanlagt|totalt|som\\s+mest|maximalt|högst|upp\\s+till|ytterligare)\\s+(?:(?:högst|maximalt|som\\s+mest|upp\\s+till)\\s+)?(?<total>${N})\\s+${YEAR}(?!\\s+${EACH})`, 'iu');
/** The agreement's own length in the same sentence ("gäller i tre år och kan förlängas …"): a total may include it. */
const BASE_LENGTH = new RegExp(`(?:gäller|löper)\\s+(?:i|under)\\s+${N}\\s+${YEAR}`, 'iu');
/** Words that limit the extensions: a clause holding one states a count, even when no rule could read it. */
const LIMIT = /(?<!\p{L})(?:sammanlagt|totalt|högst|maximalt|som\s+mest|gång(?:er)?|tillfällen?)(?!\p{L})/iu;

/** A sentence about extension: the word, an option, or an agreement period written "2+1+1 år", "ett plus ett år". */
const ABOUT = /förläng|option|förnyas|löper\s+(?:därefter\s+)?vidare|(?<![\d+])\d\s*(?:år\s*)?\+\s*\d(?!\s*(?:%|procent|kr))|(?<!\p{L})(?:\d|en|ett|två|tre)\s+(?:år\s+)?plus\s+(?:\d|en|ett|två|tre)\s+år(?!\p{L})/iu;

/** "förlängning 1+1 år", "option på 1 år + 1 år", "Förlängningsoption: 1+1 år": the terms are all extensions. */
const EXTENSIONS_BEFORE = /(?:förläng\p{L}*|option\p{L}*)[\s:]+(?:med\s+|på\s+|om\s+|till\s+)?$/iu;
/** "1+1 års förlängning", "1+1 år option": the terms are all extensions. */
const EXTENSIONS_AFTER = /^s?\s+(?:förläng|option)/iu;

function fromMatch(g: Record<string, string | undefined>, before: string, after: string, periodYears: number | null): Extension | null {
  if (g.plus) {
    const parts = g.plus.split(/\+|plus/iu).map((p) => numberWord(p.replace(/\p{L}*år\s*$/iu, '')) ?? 0);
    // "förlängning 1+1 år" is two extensions of a year; "avtalstid 2+1+1 år" the first period and two extensions; and
    // "(tre år …) Sen kan vi köra ett plus ett år": terms after a period of another length are all extensions.
    const allExtensions = EXTENSIONS_BEFORE.test(before) || EXTENSIONS_AFTER.test(after) || (periodYears !== null && parts[0] !== periodYears);
    const ext = allExtensions ? parts : parts.slice(1);
    if (!ext.length || ext.some((p) => p !== ext[0]) || ext[0] < 1) return null;
    return { years: ext[0], times: ext.length };
  }
  const word = (w: string) => numberWord(w.replace(/\s*\(.*\)$/, ''));
  const years = g.years ? word(g.years) : g.each ? 1 : null;
  if (years === null || years < 1) return null;
  if (g.times) {
    const times = word(g.times);
    if (times === null || times < 1) return null;
    return { years, times };
  }
  return { years, times: g.each ? null : 1 };
}

/** The agreement's own length in whole years ("2028-03-01" – "2031-02-28" → 3); null when unknown or not whole years. */
function periodYearsOf(start: string | null, end: string | null): number | null {
  if (!start || !end) return null;
  const after = new Date(Date.UTC(Number(end.slice(0, 4)), Number(end.slice(5, 7)) - 1, Number(end.slice(8, 10)) + 1)).toISOString().slice(0, 10);
  const years = Number(after.slice(0, 4)) - Number(start.slice(0, 4));
  return after.slice(5) === start.slice(5) && years >= 1 ? years : null;
}

/** Whole months from the agreement's end to a cap date (2031-12-31 → 2033-12-31: 24). */
function monthsUntilCap(end: string, cap: string): number {
  const [ey, em, ed] = end.split('-').map(Number);
  const [cy, cm, cd] = cap.split('-').map(Number);
  return (cy - ey) * 12 + (cm - em) + (cd >= ed ? 0 : -1);
}

/** Whole extensions between the agreement's end and a cap date ("ett år i taget, dock längst till och med 2029-12-31"). */
function timesUntilCap(end: string | null, cap: string, years: number): number | null {
  if (!end) return null;
  const times = Math.floor(monthsUntilCap(end, cap) / (12 * years));
  return times >= 1 ? times : null;
}

/**
 * One extension and a cap but no length: "förlänga överenskommelsen vid ett tillfälle, dock längst till och med den 31
 * december 2033". The one extension runs from the end to the cap, so its length is the whole years between them
 * (inferred, with a warning). Several extensions to a cap, or a cap that is no whole number of years away, state no
 * length: null, and the clause's mention warns.
 */
function lengthUntilCap(doc: SourceDoc, text: string, offset: number, end: string | null): Extracted<Extension | null> | null {
  const field = 'validity.extension';
  const cap = CAP.exec(text);
  if (!end || !cap) return null;
  const counts = [...text.matchAll(COUNT)];
  if (counts.length !== 1 || numberWord(counts[0].groups!.times.replace(/\s*\(.*\)$/, '')) !== 1) return null;
  const from = cap.index + cap[0].length;
  const date = findDates(text.slice(from, from + 40), 0, { yearEnds: true })[0];
  const months = date ? monthsUntilCap(end, date.iso) : 0;
  if (!date || months < 12 || months % 12 !== 0) return null;
  const at = Math.min(counts[0].index, cap.index);
  const prov = [provenance(field, doc.text, offset + at, offset + Math.max(counts[0].index + counts[0][0].length, from + date.end))];
  return found<Extension | null>({ years: months / 12, times: 1 }, prov, [
    warning('INFERRED', field, `Förlängningens längd (${months / 12} år) räknades fram ur slutdatumet ${end} och att den enda förlängningen gäller längst till ${date.iso}.`),
  ]);
}

/**
 * "Efter denna förlängning finns ingen ytterligare möjlighet till förlängning", "kan inte förlängas ytterligare", and
 * an option that lapses (an early end, an amendment): "Möjligheten till förlängning bortfaller", "förlängningsoptionen
 * upphör att gälla".
 */
const NO_FURTHER =
  /(?<!\p{L})(?:ingen|inga)\s+(?:ytterligare|fler|ny|nya)\s+(?:möjlighet\p{L}*\s+till\s+)?förlängning|(?:kan|får)\s+inte\s+förlängas\s+(?:ytterligare|igen|fler\s+gånger)|ytterligare\s+förlängning\s+(?:är|kan)\s+inte|(?<!\p{L})(?:möjlighet(?:en)?\s+(?:till|att)\s+förläng\p{L}*|förlängnings(?:möjlighet|option|klausul)\p{L}*|option(?:en)?\s+(?:om|på|till)\s+förlängning)\s+(?:\p{L}+\s+){0,3}?(?:bortfaller|faller\s+bort|upphör|utgår|försvinner|gäller\s+inte\s+längre)(?!\p{L})(?![^.;\n]{0,30}?(?<!\p{L})(?:om|ifall|när|såvida)(?!\p{L}))/iu;
/** A decision to extend the agreement now: "beslutar att förlänga överenskommelsen …", "föreslås besluta att förlänga". */
const DECIDES_EXTENSION = /(?:beslutar|besluta|beslutade|föreslår|föreslås)[^.;]{0,60}?(?<!\p{L})att\s+förlänga\s+(?:överenskommelsen|avtalet|partnerskapet)|^\s*att\s+förlänga\s+(?:överenskommelsen|avtalet|partnerskapet)/imu;

/**
 * What only may be decided is no decision: "Parterna kan gemensamt besluta att förlänga …", "Om nämnden beslutar att
 * förlänga …", "har rätt att besluta att förlänga", and the conditional "Beslutar parterna att förlänga …, ska …".
 * Read from the sentence's start to the verb.
 */
const MAY_DECIDE = /(?<!\p{L})(?:kan|får|kunna|kunde|möjlighet|rätt|skulle)(?!\p{L})|(?:^|,)\s*(?:om|ifall|när|innan|för\s+det\s+fall(?:\s+att)?)(?!\p{L})/iu;
const DECIDES_ALL = new RegExp(DECIDES_EXTENSION.source, 'gimu');

/** The first decision to extend the agreement now, not one the agreement only allows. */
function decidedExtension(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(DECIDES_ALL)) {
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
    if (MAY_DECIDE.test(sentence)) continue;
    // "Beslutar parterna att förlänga …": the verb first and its subject after it is a condition.
    if (!sentence.trim() && /^beslutar\s+(?!att\s)\p{L}/iu.test(m[0])) continue;
    return m as RegExpExecArray;
  }
  return null;
}

/**
 * Extension clauses: "ett år i taget", "högst två gånger två år", "1+1 år", a date cap, "kan inte förlängas" (null).
 * What remains is what the field holds: a memo that decides an extension now uses one of the clause's, so a clause
 * of one extension leaves none (null) and one of n leaves n − 1 (said as inferred); a sentence that no further
 * extension is possible gives null whatever the original clause said.
 */
export function extractExtension(doc: SourceDoc, end: string | null = null, start: string | null = null): Extracted<Extension | null> {
  const field = 'validity.extension';
  const further = sentences(doc).find((s) => NO_FURTHER.test(s.text));
  if (further) return found(null, [provenance(field, doc.text, further.start, further.end)]);
  const clause = extensionClause(doc, end, periodYearsOf(start, end));
  const decided = decidedExtension(doc.text);
  if (!decided || clause.value === null) return clause;
  const { years, times } = clause.value;
  const at = [provenance(field, doc.text, decided.index, decided.index + decided[0].length)];
  if (times === 1) {
    return found(null, at, [warning('INFERRED', field, 'Dokumentet beslutar den enda förlängning som avtalet tillåter; ingen förlängning återstår.')]);
  }
  if (times !== null) {
    return found({ years, times: times - 1 }, at, [warning('INFERRED', field, `Dokumentet beslutar en av avtalets ${times} förlängningar; ${times - 1} återstår.`)]);
  }
  return { ...clause, warnings: [...clause.warnings, warning('AMBIGUOUS', field, 'Dokumentet beslutar en förlängning; hur många förlängningar som återstår framgår inte.')] };
}

function extensionClause(doc: SourceDoc, end: string | null, periodYears: number | null): Extracted<Extension | null> {
  const field = 'validity.extension';
  const all = sentences(doc);
  const about = all.filter((s) => ABOUT.test(s.text) || UNTIL_FURTHER.test(s.text));
  let stated: Extracted<Extension | null> | null = null;
  let next = 0;
  for (const s of about) {
    while (next < all.length && all[next].start <= s.start) next++;
    const text = withCountAfter(doc, s, all[next]);
    if (NO_EXTENSION.test(text) || NOT_AUTOMATIC.test(text) || (UNTIL_FURTHER.test(text) && !ABOUT.test(text))) {
      // The document states that there is none (or that it runs until further notice): null, and no guess.
      stated ??= found(null, [provenance(field, doc.text, s.start, s.end)]);
      if (!NOT_AUTOMATIC.test(text)) continue;
    }
    if (!ABOUT.test(text)) continue;
    const read = readClause(doc, text, s.start, end, periodYears, true);
    if (read) return againstDenial(doc, about, read);
  }
  // The count and the length in separate sentences ("Den kan förlängas högst två gånger. Varje förlängning avser ett år."):
  // each sentence about extension read together with the next one.
  // The next sentence may carry on without the word ("Förlängning kan ske. Den sker i så fall med två år, dock högst en gång.").
  let at = 0;
  for (let i = 0; i < about.length; i++) {
    while (at < all.length && all[at].start < about[i].start) at++;
    for (const next of [about[i + 1], all[at + 1], all[at + 2]]) {
      if (!next || next.start <= about[i].start || next.start - about[i].end > 200) continue;
      const text = doc.prose.slice(about[i].start, next.end);
      if (NO_EXTENSION.test(text)) continue;
      const read = readClause(doc, text.replace(/[.;]\s+/g, ', '), about[i].start, end, periodYears);
      if (read) return againstDenial(doc, about, read);
    }
  }
  if (stated) return stated;
  const mention = about.find((s) => ABOUT.test(s.text));
  if (mention) {
    return {
      value: null,
      provenance: [provenance(field, doc.text, mention.start, mention.end)],
      warnings: [warning('AMBIGUOUS', field, `Förlängning nämns men längd och antal gånger kunde inte läsas: "${mention.text.slice(0, 120)}".`)],
    };
  }
  return missing(null, field, 'Dokumentet anger ingen möjlighet till förlängning.');
}

/**
 * An extension clause and a sentence that says there is no (further) extension in the same document ("kan enligt
 * punkt 8 förlängas en gång med två år" … "Efter denna förlängning finns ingen ytterligare möjlighet till
 * förlängning": a memo deciding the one extension): which one holds cannot be told, so none is given, with a warning.
 * Unless one of them is the decision that changes the proposal before it (text/amendment.ts changingDecision): the
 * decided word holds ("… med möjlighet till förlängning två gånger" decided over a proposed "utan möjlighet till förlängning").
 */
function againstDenial(doc: SourceDoc, about: { text: string; start: number; end: number }[], read: Extracted<Extension | null>): Extracted<Extension | null> {
  const denial = about.find((s) => NO_EXTENSION.test(doc.prose.slice(s.start, s.end)));
  if (!denial || read.value === null) return read;
  const field = 'validity.extension';
  // A decision that changes the proposal before it: what it says of extension holds, the proposal's other word does not.
  const readAt = read.provenance[0]?.start ?? -1;
  if (inChangingDecision(doc, readAt) && !inChangingDecision(doc, denial.start)) {
    return { ...read, warnings: [...read.warnings, warning('INFERRED', field, `Beslutet anger förlängningen; förslagets "${denial.text.slice(0, 80)}" gäller inte.`)] };
  }
  if (inChangingDecision(doc, denial.start) && !inChangingDecision(doc, readAt)) {
    return found(null, [provenance(field, doc.text, denial.start, denial.end)], [warning('INFERRED', field, 'Beslutet anger att ingen förlängning finns; förslagets förlängning gäller inte.')]);
  }
  return {
    value: null,
    provenance: [...read.provenance, provenance(field, doc.text, denial.start, denial.end)],
    warnings: [
      warning('AMBIGUOUS', field, `Dokumentet anger både en förlängning (${read.value.years} år, ${read.value.times ?? 'obegränsat antal'} gånger) och att ingen (ytterligare) förlängning finns: "${denial.text.slice(0, 120)}". Ange förlängningen för hand.`),
    ],
  };
}

/** A sentence that only says how often the extension may be made: "Förlängning kan ske vid högst två tillfällen", "Detta kan ske högst två gånger". */
const COUNT_AFTER = /^(?:\S+\s+){0,2}?(?:förlängning(?:en|ar)?|förlängas|detta|det|den|dessa|en\s+sådan|sådan)\s+(?:\p{L}+\s+){0,2}?(?:kan|får|ska)\s+(?:\p{L}+\s+)?(?:ske|göras|förlängas|äga\s+rum)(?!\p{L})/iu;

/**
 * The sentence about extension, and the next sentence with it when that one states the count the first leaves out
 * ("… förlänga avtalet med tolv månader. Förlängning kan ske vid högst två tillfällen."): the rules then read the
 * count as stated in the same clause. A sentence that states its own count is read alone.
 */
function withCountAfter(doc: SourceDoc, s: { start: number; end: number }, after: { text: string; start: number; end: number } | undefined): string {
  const text = doc.prose.slice(s.start, s.end);
  const counted = (t: string) => [...t.matchAll(COUNT)].length > 0;
  if (!after || after.start - s.end > 20 || counted(text) || !counted(after.text) || !COUNT_AFTER.test(after.text) || NO_EXTENSION.test(after.text)) return text;
  return doc.prose.slice(s.start, after.end);
}

/**
 * One sentence about extension read by the first rule that gives whole years; null when none does. `alone`: the
 * sentence is read without its neighbours, so a length stated on its own ("En förlängning omfattar två år") waits for
 * the reading with the sentences around it, which may hold its count.
 */
function readClause(doc: SourceDoc, text: string, offset: number, end: string | null, periodYears: number | null, alone = false): Extracted<Extension | null> | null {
  const field = 'validity.extension';
  const months = MONTHS.exec(text);
  if (months?.groups?.months) {
    const n = monthsOf(months.groups.months);
    if (n < 12 || n % 12 !== 0) {
      const prov = [provenance(field, doc.text, offset + months.index, offset + months.index + months[0].length)];
      return { value: null, provenance: prov, warnings: [warning('AMBIGUOUS', field, `Förlängning med ${n} månader kan inte anges i hela år; ange förlängningen för hand.`)] };
    }
  }
  // Whole years written in months are read by the rules for years, with the clause's count ("vid högst två tillfällen").
  text = monthsAsYears(text);
  for (const rule of RULES) {
    const m = rule.re.exec(text);
    if (!m?.groups) continue;
    let value = fromMatch(m.groups, text.slice(Math.max(0, m.index - 30), m.index), text.slice(m.index + m[0].length), periodYears);
    if (!value) continue;
    const prov = [provenance(field, doc.text, offset + m.index, offset + m.index + m[0].length)];
    const count = UNCOUNTED_RULES.has(rule.name) ? countOutside(text, m.index, m.index + m[0].length) : null;
    // "Varje förlängning avser ett år." read alone: its count may stand in the sentence before, read with it below.
    if (rule.name === 'length' && alone && count === null) continue;
    if (count !== null) value = { ...value, times: count };
    else if (value.times === 1 && rule.name === 'once' && AUTOMATIC.test(text)) value = { ...value, times: null };
    const warnings = [];
    const season = m.groups.season;
    if (season) {
      // "med ett sommarlov i taget": as many years as seasons only where the document says a season is a year.
      const stated = seasonIsYear(doc, season);
      if (!stated) {
        return { value: null, provenance: prov, warnings: [warning('AMBIGUOUS', field, `Förlängning sker med "${m[0].trim()}", men dokumentet säger inte hur många år "${season.toLowerCase()}" motsvarar; ange förlängningen för hand.`)] };
      }
      // The word as written ("säsong", "sommarlovet"): quoted, so that no article has to agree with it.
      warnings.push(warning('INFERRED', field, `"${season.toLowerCase()}" räknades som ett år: "${stated}".`));
    }
    if (value.times === null && !AUTOMATIC.test(text)) {
      const total = totalTimes(text, m.index, m.index + m[0].length, value.years);
      if (typeof total === 'number') value = { ...value, times: total };
      else if (total) warnings.push(total);
    }
    const cap = CAP.exec(text);
    if (cap && value.times === null) {
      const date = findDates(text.slice(cap.index + cap[0].length, cap.index + cap[0].length + 40), 0, { yearEnds: true })[0];
      const times = date ? timesUntilCap(end, date.iso, value.years) : null;
      if (date && times !== null) {
        value = { ...value, times };
        warnings.push(warning('INFERRED', field, `Antalet förlängningar (${times}) räknades fram ur slutdatumet ${end} och att förlängning kan ske längst till ${date.iso}.`));
      }
    }
    if (value.times === null && !warnings.length && !AUTOMATIC.test(text) && (LIMIT.test(text) || cap)) {
      // A limit is stated but no rule read its count: never a silent "no limit".
      warnings.push(warning('AMBIGUOUS', field, `Förlängningen har en gräns som inte kunde läsas; ange antalet förlängningar för hand: "${text.trim().slice(0, 120)}".`));
    }
    return found<Extension | null>(value, prov, warnings);
  }
  return lengthUntilCap(doc, text, offset, end);
}

/** Rules that read a length but no count: a count elsewhere in the clause ("…, vid högst två tillfällen") is theirs. */
const UNCOUNTED_RULES = new Set(['once', 'length', 'each', 'yearly']);

/**
 * The one count of extensions in the clause outside the rule's match; null when there is none or several differ.
 * @example countOutside('förlänga med ytterligare ett år, vid högst två tillfällen', 0, 30) // 2
 */
function countOutside(text: string, from: number, to: number): number | null {
  const rest = `${text.slice(0, from)}${' '.repeat(to - from)}${text.slice(to)}`;
  const counts = new Set([...rest.matchAll(COUNT), ...rest.matchAll(COUNT_FIELD)].map((m) => numberWord(m.groups!.times.replace(/\s*\(.*\)$/, ''))));
  const [only] = [...counts];
  return counts.size === 1 && only !== null && only >= 1 ? only : null;
}

/**
 * Where the document says that a season of its activity is one year: "Beloppen avser ett sommarlov (ett år)", "en
 * säsong per år", "omfattar sommarloven 2026, 2027 och 2028" (one a year, in consecutive years). A term (termin) is
 * half a year, never one. The words that say so, or null.
 * @example seasonIsYear(doc, 'sommarlov') // "ett sommarlov (ett år)"
 */
export function seasonIsYear(doc: SourceDoc, season: string): string | null {
  const stem = /^(sommarlov|säsong|termin|verksamhetsperiod|sommar)/iu.exec(season)?.[1].toLowerCase();
  if (!stem || stem === 'termin') return null;
  const word = String.raw`(?<!\p{L})${stem}\p{L}*`;
  const one = String.raw`(?<!\p{L})(?:ett|en|1)\s+${word}`;
  const stated = [
    // "en säsong (ett år)", "en säsong motsvarar ett avtalsår", "en säsong är ett verksamhetsår".
    new RegExp(String.raw`${one}\s*(?:\(|,|–|-)?\s*(?:det\s+vill\s+säga\s+|dvs\.?\s+|motsvarande\s+|motsvarar\s+|är\s+|utgör\s+|räknas\s+som\s+|=\s*)?(?:ett|1)\s+(?:kalender|verksamhets|avtals|läs)?år(?!\p{L})\)?`, 'iu'),
    new RegExp(String.raw`${one}\s+(?:per|varje|om|i)\s+år(?:et)?(?!\p{L})`, 'iu'),
  ];
  for (const re of stated) {
    const m = re.exec(doc.prose);
    if (m) return m[0];
  }
  for (const m of doc.prose.matchAll(new RegExp(String.raw`${word}\s+((?:(?:19|20)\d{2}(?:\s*,\s*|\s+och\s+)){1,9}(?:19|20)\d{2})(?!\d)`, 'giu'))) {
    const years = m[1].match(/\d{4}/g)!.map(Number);
    if (years.every((y, i) => i === 0 || y === years[i - 1] + 1)) return m[0];
  }
  return null;
}

/**
 * The count from a total length outside the clause's match ("ett år i taget, sammanlagt högst två år" → 2): a
 * number, or a warning when the total is no whole number of extensions or may include the agreement's own period.
 * @example totalTimes('förlängas ett år i taget, sammanlagt högst två år', 15, 30, 1) // 2
 */
function totalTimes(text: string, from: number, to: number, years: number): number | ImportWarning | null {
  const field = 'validity.extension';
  const rest = `${text.slice(0, from)}${' '.repeat(to - from)}${text.slice(to)}`;
  const m = TOTAL.exec(rest);
  if (!m?.groups) return null;
  const total = numberWord(m.groups.total.replace(/\s*\(.*\)$/, ''));
  if (total === null) return null;
  const cue = m.groups.cue.toLowerCase();
  if (total % years !== 0 || (/sammanlagt|totalt/.test(cue) && BASE_LENGTH.test(text))) {
    return warning('AMBIGUOUS', field, `Förlängning med ${years} år i taget och ${m[0].trim()}: antalet förlängningar kunde inte räknas fram; ange det för hand.`);
  }
  return total / years;
}
