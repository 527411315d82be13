import { Extracted, found, provenance, warning } from './field';
import type { SourceDoc, Sentence } from '../text/source';
import type { ImportWarning } from '../result';

/**
 * A period written in years, not dates: the first day of the first year to the last day of the last.
 *
 * - "kalenderåren 2026–2028", "kalenderåret 2027": calendar years, as written (`read`).
 * - "verksamhetsåren 2027–2029", "verksamhetsåret 2026", "budgetåren 2026 och 2027", "under åren 2026–2028", "för
 *   perioden 2026–2028", "gäller 2026–2028", "från och med 2026 till och med 2028", "åren 2026, 2027 och 2028",
 *   "Avtalstid: 2026–2028" (a label with years alone): calendar years too, said as inferred (an organisation's own
 *   year may differ), unless the document says its
 *   verksamhetsår is the calendar year ("verksamhetsåret är kalenderår") or which months it runs ("verksamhetsåret
 *   löper från den 1 juli till den 30 juni": the period then starts and ends with those months, read).
 * - "verksamhetsåren 2026/27 och 2027/28": split years with no months stated are no calendar years: nothing is
 *   guessed (AMBIGUOUS on validity.start).
 * - "läsåret 2025/26", "läsåren 2025/26–2026/27": school years, 1 August to 30 June (inferred).
 *
 * @example yearPeriodOf('Överenskommelsen avser verksamhetsåren 2027–2029.', '') // { first: 2027, last: 2029, kind: 'own' }
 */
const YEAR = String.raw`((?:19|20)\d{2})(?![\d-]|\s*\/\s*\d)`;
const THROUGH = String.raw`\s*(?:[–-]|till\s+och\s+med|t\.?\s?o\.?\s?m\.?|till|och)\s*`;
/** Consecutive years listed: "2026, 2027 och 2028". */
const LISTED = String.raw`((?:19|20)\d{2})((?:\s*,\s*(?:19|20)\d{2})*\s+och\s+(?:19|20)\d{2})(?![\d-])`;
const KIND = String.raw`(verksamhets|kalender|budget|räkenskaps|avtals)?`;

const SPAN = new RegExp(String.raw`(?<!\p{L})${KIND}år(?:en)?,?\s+(?:från\s+)?${YEAR}${THROUGH}(?:år\s+)?${YEAR}`, 'iu');
const LIST = new RegExp(String.raw`(?<!\p{L})${KIND}år(?:en)?\s+${LISTED}`, 'iu');
const ONE = new RegExp(String.raw`(?<!\p{L})(?:${KIND}året|(verksamhets|kalender|budget)år|(?:under|för)\s+(år))\s+${YEAR}`, 'iu');
/** "för perioden 2026–2028", "gäller 2026–2028", "från och med 2026 till och med 2028", "fr.o.m. 2026 t.o.m. 2028". */
const BARE = new RegExp(
  String.raw`(?:perioden\s+|(?:gäller|löper|avser|omfattar)\s+(?:för\s+|under\s+)?|(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?)\s+(?:år\s+)?)(?<![\d-])${YEAR}${THROUGH}(?:år\s+)?${YEAR}`,
  'iu',
);
/** A period label followed by years alone: "Avtalstid: 2026", "Avtalsperiod: 2026–2028" (a template's label/value row). */
const LABEL_YEARS = new RegExp(
  String.raw`^(?:avtalstid(?:en)?|avtalsperiod(?:en)?|giltighet(?:stid)?|löptid|period|tidsperiod|tid)\s*:\s*(?:år(?:en)?\s+)?${YEAR}(?:${THROUGH}${YEAR})?\.?$`,
  'iu',
);
const SPLIT = /(?<!\p{L})verksamhetsår(?:et|en)?\s+((?:19|20)\d{2})\s*\/\s*(\d{2}|\d{4})(?:\s*(?:[–-]|till|och)\s*((?:19|20)\d{2})\s*\/\s*(\d{2}|\d{4}))?(?!\d)/iu;
const SCHOOL_YEARS = /(?<!\p{L})läsår(?:et|en)\s+(\d{4})\s*\/\s*(\d{2}|\d{4})(?:\s*(?:[–-]|till|och)\s*(\d{4})\s*\/\s*(\d{2}|\d{4}))?(?!\d)/iu;

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTH = MONTHS.join('|');
/** "Verksamhetsåret löper från den 1 juli till den 30 juni", "verksamhetsår (juli–juni)": the month it starts. */
export const OWN_MONTHS = new RegExp(
  String.raw`verksamhetsår\p{L}*[^.;]{0,40}?(?:den\s+)?(?:1\s+|första\s+)?(${MONTH})\s*(?:[–-]|till(?:\s+och\s+med)?)\s*(?:den\s+)?(?:\d{1,2}\s+|sista\s+)?(${MONTH})`,
  'iu',
);
/** "verksamhetsåret är kalenderår", "verksamhetsår (kalenderår)", "verksamhetsåret följer kalenderåret". */
export const OWN_IS_CALENDAR = /verksamhetsår\p{L}*[^.;]{0,30}?(?:är|=|\(|följer|motsvarar|sammanfaller\s+med)\s*(?:ett\s+|detsamma\s+som\s+)?kalenderår/iu;

export interface YearPeriod {
  start: Extracted<string | null>;
  end: Extracted<string | null>;
}

const fullYear = (y: string, base: string) => (y.length === 2 ? Number(base.slice(0, 2) + y) : Number(y));
const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of the month before `month` (1–12) in `year`: the day a year starting with that month ends. */
function dayBefore(year: number, month: number): string {
  const t = new Date(Date.UTC(year, month - 1, 0));
  return t.toISOString().slice(0, 10);
}

export interface Read {
  first: number;
  last: number;
  /** own: a verksamhetsår/budgetår/år not defined by the document; calendar: kalenderår; school: läsår; split: 2026/27. */
  kind: 'own' | 'calendar' | 'school' | 'split';
}

/** The years a sentence states as the period, and what kind of year it names. */
export function yearPeriodOf(text: string): Read | null {
  const school = SCHOOL_YEARS.exec(text);
  if (school) return { first: Number(school[1]), last: fullYear(school[4] ?? school[2], school[3] ?? school[1]), kind: 'school' };
  const split = SPLIT.exec(text);
  if (split) return { first: Number(split[1]), last: fullYear(split[4] ?? split[2], split[3] ?? split[1]), kind: 'split' };
  const kindOf = (word: string | undefined): Read['kind'] => (word && /^kalender/i.test(word) ? 'calendar' : 'own');
  const span = SPAN.exec(text);
  if (span) return { first: Number(span[2]), last: Number(span[3]), kind: kindOf(span[1]) };
  const list = LIST.exec(text);
  if (list) {
    const years = [list[2], ...(list[3].match(/\d{4}/g) ?? [])].map(Number);
    if (years.every((y, i) => i === 0 || y === years[i - 1] + 1)) return { first: years[0], last: years[years.length - 1], kind: kindOf(list[1]) };
  }
  const labelled = LABEL_YEARS.exec(text);
  if (labelled) return { first: Number(labelled[1]), last: Number(labelled[2] ?? labelled[1]), kind: 'own' };
  const bare = BARE.exec(text);
  if (bare) return { first: Number(bare[1]), last: Number(bare[2]), kind: 'own' };
  const one = ONE.exec(text);
  if (one) return { first: Number(one[4]), last: Number(one[4]), kind: kindOf(one[1] ?? one[2]) };
  return null;
}

/** A period read in years as dates, with what was assumed of them; start and end null where nothing may be assumed. */
export interface YearDates {
  start: string | null;
  end: string | null;
  startWarnings: ImportWarning[];
  endWarnings: ImportWarning[];
}

/** What a document says of its own verksamhetsår: the month it starts (OWN_MONTHS), or that it is the calendar year. */
export interface OwnYear {
  month: number | null;
  calendar: boolean;
}

/** Read once per document (a table's rows share it). */
export function ownYearOf(prose: string): OwnYear {
  const own = OWN_MONTHS.exec(prose);
  return { month: own ? MONTHS.indexOf(own[1].toLowerCase()) + 1 : null, calendar: !own && OWN_IS_CALENDAR.test(prose) };
}

/**
 * The dates of years read by yearPeriodOf, `quoted` being the words they were read from: läsår from 1 August to 30
 * June; the document's own verksamhetsår by the months it gives them (`own`, from ownYearOf); split years with no
 * months stated are no dates (AMBIGUOUS); other years are calendar years (INFERRED unless they are kalenderår or the
 * document says its verksamhetsår is one).
 */
export function datesOfYears(read: Read, own: OwnYear, quoted: string): YearDates {
  const calendar = read.kind === 'calendar' || (read.kind === 'own' && own.calendar);
  let start: string;
  let end: string;
  const startWarnings: ImportWarning[] = [];
  const endWarnings: ImportWarning[] = [];
  if (read.kind === 'school') {
    start = `${read.first}-08-01`;
    end = `${read.last}-06-30`;
    startWarnings.push(warning('INFERRED', 'validity.start', `Perioden anges i läsår (${quoted}); läsåret antogs gå från 1 augusti till 30 juni.`));
    endWarnings.push(warning('INFERRED', 'validity.end', `Perioden anges i läsår; slutdatumet antogs vara den 30 juni (${end}).`));
  } else if (own.month !== null && (read.kind === 'own' || read.kind === 'split')) {
    // The document's own verksamhetsår: from its first month in the first year to the day before that month a
    // year after the last one starts ("2026/27 och 2027/28" names the year it ends in already).
    const month = own.month;
    start = `${read.first}-${pad(month)}-01`;
    end = dayBefore(read.kind === 'split' || month === 1 ? read.last : read.last + 1, month);
    if (month === 1) end = `${read.last}-12-31`;
  } else if (read.kind === 'split') {
    const message = `Perioden anges i brutna verksamhetsår (${quoted}) utan att dokumentet säger vilka månader de omfattar; inget datum antogs.`;
    return { start: null, end: null, startWarnings: [warning('AMBIGUOUS', 'validity.start', message)], endWarnings: [warning('AMBIGUOUS', 'validity.end', message)] };
  } else {
    start = `${read.first}-01-01`;
    end = `${read.last}-12-31`;
    if (!calendar) {
      startWarnings.push(warning('INFERRED', 'validity.start', `Perioden anges i år (${quoted}); åren antogs vara kalenderår.`));
      endWarnings.push(warning('INFERRED', 'validity.end', `Perioden anges i år; slutdatumet antogs vara slutet av det sista året (${end}).`));
    }
  }
  return { start, end, startWarnings, endWarnings };
}

/** The years a text states as a period (yearPeriodOf), when they are a plausible one: in order, at most 20. */
export function plausibleYears(text: string): Read | null {
  const read = yearPeriodOf(text);
  return read && read.last >= read.first && read.last - read.first <= 20 ? read : null;
}

/** The first period in years among the sentences about the agreement's period, as start and end dates. */
export function periodInYears(doc: SourceDoc, candidates: Sentence[]): YearPeriod | null {
  for (const x of candidates) {
    const read = plausibleYears(x.text);
    if (!read) continue;
    const at = (field: string) => [provenance(field, doc.text, x.start, x.end)];
    const quoted = `”${x.text.length > 80 ? `${x.text.slice(0, 77)}…` : x.text}”`;
    const d = datesOfYears(read, ownYearOf(doc.prose), quoted);
    return { start: found<string | null>(d.start, at('validity.start'), d.startWarnings), end: found<string | null>(d.end, at('validity.end'), d.endWarnings) };
  }
  return null;
}
