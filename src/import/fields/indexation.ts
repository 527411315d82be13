import { Extracted, found, missing, provenance, warning } from './field';
import { decimal } from './numbers';
import { SourceDoc, sentences } from '../text/source';
import { labelledValues } from '../text/labelled';
import { squash } from '../text/normalize';
import { inEarlierAgreement } from '../text/amendment';

export interface Indexation {
  rate: number;
  baseYear: number | null;
  stepMonth?: number | null;
}

const MONTH_NUMBER: Record<string, number> = {
  januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6, juli: 7, augusti: 8, september: 9, oktober: 10, november: 11, december: 12,
};
const MONTH = Object.keys(MONTH_NUMBER).join('|');

/**
 * When the amounts step, as the index clause says it, most specific first:
 * - "första gången den 1 juli 2026", "från och med 1 juli 2026": that month, and the base year the year before
 *   that first step;
 * - "per verksamhetsår (juli–juni)", "verksamhetsåret 1 juli–30 juni": the month the year begins;
 * - "inför varje nytt läsår": August (the autumn term), or the agreement's start month when it starts July–September;
 * - "inför varje nytt avtalsår", "från och med det andra avtalsåret", "inför varje ny säsong": the agreement's start month;
 * - "för varje nytt kalenderår", "vid varje årsskifte", "per kalenderår": January;
 * - "årligen från och med 2026": January, the first step in that year.
 */
const FIRST_STEP = new RegExp(String.raw`(?:första\s+gången|fr(?:ån|\.o\.m\.?)\s+(?:och\s+med\s+)?)\s*(?:den\s+)?(?:1|första)\s+(${MONTH})\s+(\d{4})`, 'iu');
const OWN_YEAR = new RegExp(String.raw`verksamhetsår\p{L}*\s*\(?\s*(?:1\s+)?(${MONTH})\s*[–-]\s*(?:\d{1,2}\s+)?(?:${MONTH})`, 'iu');
const AGREEMENT_YEAR = /(?:inför|vid|från\s+och\s+med|fr\.o\.m\.?|för)\s+(?:varje|det\s+andra|nytt|ett\s+nytt|den\s+andra)\s+(?:(?:nya?|nytt)\s+)?(?:avtalsår|säsong)|per\s+(?:avtalsår|säsong)|avtalsårsvis/iu;
/** "inför varje nytt läsår", "från och med det andra läsåret", "per läsår": the school year's first month. */
const SCHOOL_YEAR = /(?:inför|vid|från\s+och\s+med|fr\.o\.m\.?|för)\s+(?:varje|det\s+andra|nytt|ett\s+nytt|den\s+andra)\s+(?:(?:nya?|nytt)\s+)?läsår|per\s+läsår/iu;
/** "årligen från och med 2026": the first step in January of that year. */
const FROM_YEAR = /(?:från\s+och\s+med|fr\.o\.m\.?|från)\s+(?:och\s+med\s+)?(?:år\s+)?(\d{4})(?![-\d])/iu;
const CALENDAR_YEAR = /kalenderår|årsskifte|1\s+januari\s+(?:varje|året)|per\s+år\s+från\s+januari/iu;

export interface StepRead {
  stepMonth: number;
  baseYear?: number;
  inferred: string | null;
  at: { start: number; end: number } | null;
}

/** The step month (and a base year the first step implies) from the sentences about indexation. */
export function stepOf(texts: { text: string; start: number; end: number }[], startDate: string | null): StepRead {
  for (const x of texts) {
    const first = FIRST_STEP.exec(x.text);
    if (first) return { stepMonth: MONTH_NUMBER[first[1].toLowerCase()], baseYear: Number(first[2]) - 1, inferred: null, at: x };
  }
  for (const x of texts) {
    const own = OWN_YEAR.exec(x.text);
    if (own) return { stepMonth: MONTH_NUMBER[own[1].toLowerCase()], inferred: null, at: x };
  }
  for (const x of texts) {
    if (!SCHOOL_YEAR.test(x.text)) continue;
    // A läsår begins with the autumn term: August, unless the agreement itself starts in another month of the summer or autumn.
    const month = startDate && Number(startDate.slice(5, 7)) >= 7 && Number(startDate.slice(5, 7)) <= 9 ? Number(startDate.slice(5, 7)) : 8;
    return { stepMonth: month, inferred: month === 8 && !(startDate && startDate.slice(5, 7) === '08') ? 'Uppräkningen sker per läsår; läsåret antogs börja i augusti.' : null, at: x };
  }
  for (const x of texts) {
    if (!AGREEMENT_YEAR.test(x.text)) continue;
    if (startDate) return { stepMonth: Number(startDate.slice(5, 7)), inferred: null, at: x };
    return { stepMonth: 1, inferred: 'Uppräkningen sker per avtalsår, men avtalets startdatum är okänt; januari antogs tills startdatumet anges.', at: x };
  }
  for (const x of texts) if (CALENDAR_YEAR.test(x.text)) return { stepMonth: 1, inferred: null, at: x };
  for (const x of texts) {
    const from = FROM_YEAR.exec(x.text);
    if (from) return { stepMonth: 1, baseYear: Number(from[1]) - 1, inferred: null, at: x };
  }
  return { stepMonth: 1, inferred: 'Dokumentet säger inte när beloppen räknas upp; uppräkning vid varje nytt kalenderår (januari) antogs.', at: null };
}

/**
 * "räknas upp", "räknas kostnaderna upp", "räknas enligt § 6 upp", "räknas nämndens bidrag och lokalkostnaden upp med",
 * "räknas om … med", "årlig uppräkning om", "justeras
 * årligen med", "indexeras" (not the minutes' "paragrafen justeras omedelbart", "protokollet justeras", "Justerandes sign").
 */
const CUE = /(?<!(?:paragrafen|paragraferna|protokollet|beslutet)\s+)justera(?!nde)[sr]?|räknas\s+(?:enligt\s+(?:§\s*|punkt\s+|avsnitt\s+)[\d.]+\s+)?(?:\p{L}+\s+){0,2}?(?:upp|om)(?!\p{L})|räknas\s+(?:\p{L}+\s+){3,4}?upp\s+med(?!\p{L})|räkna upp|uppräkn\p{L}*|indexera\p{L}*|indexering|uppräknas|höjs årligen|höjs\s+(?:\p{L}+\s+){0,2}?med|årlig uppräkning/iu;
/** "Ingen uppräkning", "räknas inte upp", and a form's "Uppräkning: Beloppen är fasta (under hela avtalstiden)". */
const NONE = /\b(ingen|utan)\s+(?:årlig\s+)?(uppräkning|indexering|justering)|\b(räknas|justeras|indexeras)\s+(?:\p{L}+\s+)?inte\b|\binte\s+(räknas upp|justeras|indexeras)|\bbelopp(?:en|et)?\s+är\s+fasta?(?!\p{L})/iu;
const DIGIT_WORD = 'noll|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio';
/**
 * A rate in figures ("2,5 %", "1.5 procent") or in words, as a clause may write it out: "två procent", "två och en
 * halv procent", "en och en halv procent", "två komma fem procent", "en halv procent".
 */
const RATE = new RegExp(
  String.raw`(?<![\d,.])(?<figures>\d{1,2}(?:[,.]\d{1,2})?)\s*(?:%|procent)|(?<!\p{L})(?:(?<whole>${DIGIT_WORD}|tio)(?<half>\s+och\s+en\s+halv)?(?:\s+komma\s+(?<tenths>${DIGIT_WORD})(?:\s+(?<hundredths>${DIGIT_WORD}))?)?|(?<onlyHalf>en\s+halv))\s+procent(?!\p{L})`,
  'iu',
);
const RATE_WORDS: Record<string, number> = { noll: 0, en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10 };
/**
 * An index named without a fixed rate: the rate is the index's, which the document does not give. Also the
 * municipality's own yearly uplift ("samma procentsats som kommunens ramuppräkning", "kommunens budgetuppräkning",
 * "pris- och löneomräkningen", "PLO"): a rate decided each year, not one the agreement fixes.
 */
const NAMED_INDEX =
  /(?<!\p{L})(PKV|KPI|LPIK|AKI|KPIF|PLO|OPI|omräkningsfaktor\p{L}*|\p{L}*prisindex\p{L}*|löneindex\p{L}*|\p{L}*kostnadsindex|index\s+för\s+\p{L}+|enligt\s+SKR|SKR:s\s+\p{L}+|Sveriges\s+Kommuner\s+och\s+Regioner|\p{L}*ramuppräkning\p{L}*|budgetuppräkning\p{L}*|pris-\s*(?:och|&)\s*löne\p{L}+|(?:pris|löne)omräkning\p{L}*|(?:kommunens|regionens|nämndens)\s+(?:egen\s+|allmänna\s+|årliga\s+)?(?:uppräkning|budgetram\p{L}*|ram(?:ar|en)?))(?!\p{L})/iu;

/**
 * Words before a rate that make it a bound of the uplift, not its rate: "enligt KPI, dock högst 3 %", "lägst 1,5
 * procent", "max 2 %", "ett tak på 3 %", "mellan 1 och 3 %".
 */
const BOUND_BEFORE =
  /(?<!\p{L})(?:högst|lägst|minst|max(?:imalt|imum)?|min(?:imalt|imum)?|som\s+(?:mest|minst|högst|lägst)|upp\s+till|inte\s+(?:mer|mindre|högre|lägre)\s+än|(?:tak|golv)(?:et)?\s+(?:på|om|vid)|mellan\s+\d{1,2}(?:[,.]\d{1,2})?\s*(?:%|procent)?\s+och)\s*$/iu;
/** Words before a rate that make it an example or a past outcome: "(för 2028 blev den 2,7 %)", "för närvarande 2 %", "t.ex. 2 %". */
const EXAMPLE_BEFORE =
  /(?<!\p{L})(?:blev|var|uppgick|innebar|motsvarade|exempelvis|t\.\s?ex\.?|till\s+exempel|för\s+närvarande|just\s+nu|i\s+fjol|förra\s+året|senast)(?!\p{L})[^,;()]{0,30}$/iu;
/** In a sentence naming an index, a rate it states as the uplift itself: "räknas upp med 2 % (motsvarande KPI)", "Uppräkning: 2 %". */
const STATED_BEFORE = /(?<!\p{L})(?:med|om|på)\s+$|[:=]\s*$/iu;
const RATE_ALL = new RegExp(RATE.source, 'giu');

type RateKind = 'fixed' | 'bound' | 'example';

/**
 * What a rate in a sentence about indexation is: the agreement's fixed rate, only a bound ("dock högst 3 %"), or an
 * example or last year's outcome of an index the uplift follows ("samma procentsats som kommunens ramuppräkning (för
 * 2028 blev den 2,7 %)"). In a sentence that names an index, a rate is fixed only where it is stated as the uplift
 * ("med 2 %", "Uppräkning: 2 %").
 */
function rateKind(sentence: string, at: number, indexed: boolean): RateKind {
  const before = sentence.slice(Math.max(0, at - 40), at);
  if (BOUND_BEFORE.test(before)) return 'bound';
  if (EXAMPLE_BEFORE.test(before)) return 'example';
  if (indexed && !STATED_BEFORE.test(before)) return 'example';
  return 'fixed';
}

/** The rate in percent a RATE match states: "2,5" → 2.5, "två och en halv" → 2.5, "två komma fem" → 2.5. */
function rateOf(m: RegExpExecArray): number {
  const g = m.groups ?? {};
  if (g.figures !== undefined) return decimal(g.figures);
  if (g.onlyHalf !== undefined) return 0.5;
  const word = (w: string) => RATE_WORDS[w.toLowerCase()];
  const whole = word(g.whole);
  if (g.half !== undefined) return whole + 0.5;
  if (g.tenths !== undefined) return whole + word(g.tenths) / 10 + (g.hundredths !== undefined ? word(g.hundredths) / 100 : 0);
  return whole;
}

/** Base year as the document states it ("basår 2023", "2023 års prisnivå", a "Resurser 2021" table header). */
function statedBaseYear(doc: SourceDoc): { year: number; start: number; end: number } | null {
  const patterns = [/basår\s*:?\s*(\d{4})/i, /(\d{4})\s+års\s+(?:pris|löne|kostnads)?\s*nivå/i, /(?:pris|kostnads)nivå\s+(?:för\s+)?(?:år\s+)?(\d{4})/i];
  for (const re of patterns) {
    const m = re.exec(doc.prose);
    if (m) return { year: Number(m[1]), start: m.index, end: m.index + m[0].length };
  }
  for (const line of doc.lines) {
    if (!line.cells) continue;
    const m = /^(?:resurser|budget|kostnader|kostnad|belopp|ekonomi)\s+(?:år\s+)?(\d{4})$/i.exec(line.cells[0]);
    if (m) return { year: Number(m[1]), start: line.start, end: line.start + line.cells[0].length };
  }
  return null;
}

/**
 * A form's or a table's row whose label names the uplift ("Uppräkning av kommunens bidrag | Fast procentsats: 2,5 %
 * per år", "Indexering | Ja, med 2 % per år"): the sentence reader splits the row at its tab, so the value alone
 * names no uplift. The row from its label to its value is one statement (an unchecked option is already blanked).
 */
function labelledRows(doc: SourceDoc): { text: string; start: number; end: number }[] {
  return labelledValues(doc, CUE)
    .filter((v) => v.text)
    .map((v) => ({ text: squash(doc.prose.slice(v.labelStart, v.end)), start: v.labelStart, end: v.end }));
}

export function extractIndexation(doc: SourceDoc, startDate: string | null): Extracted<Indexation | null> {
  const field = 'indexation';
  // A sentence about an earlier agreement this one replaces ("… och en uppräkning med 3 procent per år") is history.
  const about = [...sentences(doc).filter((s) => CUE.test(s.text) && !inEarlierAgreement(doc, s.start)), ...labelledRows(doc)].sort((a, b) => a.start - b.start);
  const loose: { s: (typeof about)[number]; m: RegExpExecArray; kind: RateKind }[] = [];
  const rated: { s: (typeof about)[number]; m: RegExpExecArray }[] = [];
  for (const s of about) {
    const text = doc.prose.slice(s.start, s.end);
    const indexed = NAMED_INDEX.test(text);
    for (const m of text.matchAll(RATE_ALL)) {
      const kind = rateKind(text, m.index, indexed);
      if (kind !== 'fixed') {
        loose.push({ s, m, kind });
        continue;
      }
      rated.push({ s, m });
      break;
    }
  }
  if (!rated.length) {
    // "Ingen uppräkning sker", "Beloppen indexeras inte": the document states that there is none.
    const none = about.find((x) => NONE.test(x.text));
    if (none) return found(null, [provenance(field, doc.text, none.start, none.end)]);
    if (loose.length) {
      // "enligt KPI, dock högst 3 %", "som kommunens ramuppräkning (för 2028 blev den 2,7 %)": no fixed rate, none guessed.
      const { s, m, kind } = loose[0];
      const index = NAMED_INDEX.exec(s.text);
      const what = kind === 'bound' ? `${m[0].trim()} är bara en gräns för uppräkningen` : `${m[0].trim()} är ett exempel eller ett tidigare utfall`;
      const message = `${index ? `Uppräkningen följer ${index[1]}; ` : ''}${what}, ingen fast procentsats. Ingen sats antas; ange den för hand när den är känd.`;
      return { value: null, provenance: [provenance(field, doc.text, s.start, s.end)], warnings: [warning('AMBIGUOUS', field, message)] };
    }
    if (about.length) {
      const indexed = about.map((x) => ({ x, m: NAMED_INDEX.exec(x.text) })).find((r) => r.m);
      const s = indexed?.x ?? about[0];
      const message = indexed?.m
        ? `Uppräkningen följer ${indexed.m[1]} utan en fast procentsats i dokumentet; ingen sats antas. Ange satsen för hand när den är känd.`
        : `Uppräkning nämns men ingen procentsats kunde läsas: "${s.text.slice(0, 120)}".`;
      return { value: null, provenance: [provenance(field, doc.text, s.start, s.end)], warnings: [warning('AMBIGUOUS', field, message)] };
    }
    return missing(null, field, 'Dokumentet anger ingen uppräkning (indexering).');
  }
  const { s, m } = rated[0];
  const rate = Math.round(rateOf(m) * 1000) / 100000;
  const warnings = [];
  const rates = new Set(rated.map((r) => rateOf(r.m)));
  if (rates.size > 1) warnings.push(warning('AMBIGUOUS', field, `Flera uppräkningssatser nämns (${[...rates].join(' %, ')} %); den första valdes.`));
  const prov = [provenance(field, doc.text, s.start, s.end)];
  const stated = statedBaseYear(doc);
  let baseYear: number | null = null;
  const step = stepOf(about, startDate);
  if (step.at && step.at !== s) prov.push(provenance('indexation.stepMonth', doc.text, step.at.start, step.at.end));
  if (step.inferred) warnings.push(warning('INFERRED', 'indexation.stepMonth', step.inferred));
  if (stated) {
    baseYear = stated.year;
    prov.push(provenance('indexation.baseYear', doc.text, stated.start, stated.end));
  } else if (step.baseYear !== undefined) {
    // "första gången den 1 juli 2026": the level stated is the one before that first step.
    baseYear = step.baseYear;
  } else if (startDate) {
    baseYear = Number(startDate.slice(0, 4));
    warnings.push(warning('INFERRED', 'indexation.baseYear', `Basåret anges inte; det första avtalsåret ${baseYear} antogs.`));
  } else {
    warnings.push(warning('MISSING_FIELD', 'indexation.baseYear', 'Dokumentet anger inget basår för uppräkningen.'));
  }
  return found({ rate, baseYear, stepMonth: step.stepMonth }, prov, warnings);
}
