import { NUMBER_WORD } from '../fields/numbers';

/**
 * The words of economy sections, in one place: each entry is one phrasing family. Adding a way of writing
 * something is one entry here (and a test); the rules in this folder only combine these.
 */

const MONTH_NAME = String.raw`(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?`;
/**
 * The label of one payment in a payment schedule, not a cost item: a due date or a period of the year and nothing
 * else ("senast 31 januari", "Den 30 april 2027", "2027-01-31", "Kvartal 1", "Q3", "1:a kvartalet", "januari–mars",
 * "Utbetalning 2", "Första utbetalningen", "Vecka 5"). Four such lines of 112 500 kr are one yearly amount paid in
 * four parts, never four items.
 */
export const PAYMENT_DUE_LABEL = new RegExp(
  String.raw`^(?:(?:senast|före|den|per|t\.?\s?o\.?\s?m\.?|till\s+och\s+med|förfallo(?:dag|datum)|förfaller|utbetalning|betalning|delbetalning|rekvisition)\s+)*` +
    String.raw`(?:(?:den\s+)?\d{1,2}(?::[ae])?\s+${MONTH_NAME}(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\s+\d{4})?|${MONTH_NAME}(?:\s*[–-]\s*${MONTH_NAME})?(?:\s+\d{4})?` +
    String.raw`|(?:kvartal|q)\s*[1-4](?:\s+\d{4})?|[1-4](?::[ae])?\s+kvartalet(?:\s+\d{4})?|(?:första|andra|tredje|fjärde)\s+(?:kvartalet|utbetalningen|delbetalningen)|(?:utbetalning|delbetalning|betalning)\s+\d{1,2}|vecka\s+\d{1,2})$`,
  'iu',
);

/** A row or line that states a sum, not an item: "Summa", "Totalt", "Summa per part", "Totalt per år". */
export const TOTAL_LABEL = /^(totalt?|summa|delsumma|sammanlagt|totalsumma|total kostnad|totalbelopp|sammanställning)(?!\p{L})/iu;

/**
 * A label that names the whole partnership's value: "Partnerskapets totala värde per år", "Totalt värde för
 * partnerskapet", "Partnerskapets samlade värde", "Partnerskapets årliga värde", "Partnerskapets värde per år",
 * "Beräknat totalt värde per år" (an estimate's word before it: a budget with a variable part is an estimate).
 * A line with this label is the total, never an item.
 */
export const GRAND_LABEL =
  /^(?:partnerskapets|överenskommelsens|verksamhetens|insatsens)\s+(?:totala|samlade|sammanlagda|beräknade|årliga|uppskattade)\s+(?:värde|kostnad|omslutning|budget)|^(?:partnerskapets|överenskommelsens)\s+(?:värde|omslutning|budget)(?:\s+(?:per|\/)\s*år)?\s*:?$|^(?:(?:beräknat|uppskattat|förväntat)\s+)?(?:totalt|samlat|sammanlagt)\s+värde/iu;

/** A line that introduces one party's items: "Insats; Linköpings kommun", "Kommunen bidrar med:". */
export const HEADER_CUE = /^(insats|insatser|kostnad(er)?|resurser|bidrag|finansiering)\b|:$|\b(bidrar|bidrag|insats|insatser|står för|del|kostnader|ersätter|finansierar|betalar)\b/i;

/**
 * A column holding each row's party: "Part", "Finansiär", "Finansieras av", "Betalas av", "Kostnadsbärare", "Vem"; in
 * a bilingual table with its English gloss after a slash ("Part / Party", "Finansiär / Funder").
 */
export const PARTY_HEADER =
  /^(part|parter|part\/aktör|aktör|huvudman|finansiär|ansvarig(?: part)?|bidragsgivare|(?:finansieras|finansierad|betalas|bekostas|bärs)\s+av|betalande part|betalare|kostnadsbärare|vem(?: betalar| står för\s*(?:det|kostnaden)?)?)(?:\s*\/\s*(?:party|parties|partner|partners|funder|financed by|paid by|responsible(?: party)?))?$/i;

/** A column of kronor (without saying per what): "Belopp", "Kr", "Kostnad", "Värde". */
export const AMOUNT_HEADER = /^(kr|sek|kronor|belopp|kostnad|summa|tkr|mnkr|mkr|ksek|tsek|msek|värde)(?!\p{L})/iu;

/** A column of kronor per year: "Kr per år", "Kr/år", "Belopp per år", "Kronor per läsår", "Kostnad/år". */
export const YEARLY_HEADER = /(?:per|\/)\s*(?:år|läsår|säsong|verksamhetsår)(?!\p{L})|årsbelopp|årskostnad|helår/iu;

/** A column of kronor per month: "Kr/mån", "Per månad". */
export const MONTHLY_HEADER = /(?:per|\/)\s*mån(?:ad)?(?!\p{L})|månadsbelopp/iu;

/** A column of kronor per term or half-year ("Kronor per termin", "Kr/halvår"): two to a year (läsår). */
export const HALF_YEAR_HEADER = /(?:per|\/)\s*(?:termin|halvår)(?!\p{L})|terminsbelopp/iu;

/**
 * The units an amount column can be priced in and a count column can count ("Kr per vecka" × "Antal veckor"): each
 * unit's singular (in a rate's header) and plural (in a count's header). A year is no such unit.
 */
const RATE_UNITS: { unit: string; one: string; many: string }[] = [
  { unit: 'vecka', one: 'veck(?:a|an)|v\\.?', many: 'veckor|v\\.?' },
  { unit: 'månad', one: 'mån(?:ad|aden)?\\.?', many: 'månader|mån\\.?' },
  { unit: 'tillfälle', one: 'tillfälle(?:t)?', many: 'tillfällen' },
  { unit: 'plats', one: 'plats(?:en)?', many: 'platser' },
  { unit: 'timme', one: 'timme(?:n)?|tim\\.?|h', many: 'timmar|tim\\.?|h' },
  { unit: 'dygn', one: 'dygn(?:et)?', many: 'dygn' },
  { unit: 'natt', one: 'natt(?:en)?', many: 'nätter' },
  { unit: 'dag', one: 'dag(?:en)?', many: 'dagar' },
  { unit: 'kvartal', one: 'kvartal(?:et)?', many: 'kvartal' },
  { unit: 'termin', one: 'termin(?:en)?', many: 'terminer' },
  { unit: 'deltagare', one: 'deltagare(?:n)?', many: 'deltagare' },
  { unit: 'gång', one: 'gång(?:en)?', many: 'gånger|ggr' },
  { unit: 'kurs', one: 'kurs(?:en)?', many: 'kurser' },
];

/**
 * An amount column priced per a unit ("Kr per vecka", "Kr/tillfälle", "Belopp per plats", "Kronor/mån"): the unit,
 * or null. A count column of the same unit turns its amounts into the year's (rateUnitOf / countUnitOf).
 * @example rateUnitOf('Kr per vecka') // 'vecka'
 */
export function rateUnitOf(header: string): string | null {
  for (const u of RATE_UNITS) if (new RegExp(`(?:per|\\/|à|för\\s+varje)\\s*(?:${u.one})(?!\\p{L})`, 'iu').test(header)) return u.unit;
  return null;
}

/**
 * A count column ("Antal veckor", "Veckor", "Antal tillfällen per år", "Timmar/år", or "Antal" alone, which counts the
 * rate's own unit): the unit it counts ('' for "Antal" alone), or null.
 * @example countUnitOf('Antal veckor') // 'vecka'
 */
export function countUnitOf(header: string): string | null {
  const h = header.trim().replace(/\s*\((?:st|antal)\)$/i, '');
  if (/^antal(?:\s+(?:st|per\s+år))?\.?$/i.test(h)) return '';
  for (const u of RATE_UNITS) if (new RegExp(`^(?:antal\\s+)?(?:${u.many})(?:\\s*(?:per|\\/)\\s*(?:år|säsong|läsår|avtalsår))?$`, 'iu').test(h)) return u.unit;
  return null;
}

/** A column of a quantity or a unit price, not an amount: "Antal", "À-pris", "Timmar/år", "Timpris", "Omfattning". */
export const QUANTITY_HEADER = /^(?:antal|à-?pris|a-?pris|á-?pris|styckpris|timpris|pris|timmar|tim|omfattning|tjänstgöringsgrad|årsarbetare)(?!\p{L})/iu;

/** A column or a sum over the parties: "Summa", "Totalt". */
export const SUM_HEADER = /^(summa|totalt?)(?!\p{L})/iu;

/**
 * A column holding each row's total beside the parts it adds up ("Lön | PO 31,42 % | Summa kr/år", "Kostnad totalt",
 * "Lönekostnad inkl. PO"): the row's amount is this column, never one of its parts.
 */
export const ROW_TOTAL_HEADER = /^(?:summa|totalt?)(?!\p{L})|(?<!\p{L})(?:summa|totalt)(?=\s*(?:\(|kr\b|tkr\b|sek\b|kronor|per\s|\/|$))|(?<!\p{L})(?:inkl\.?|inklusive)\s/iu;

/** A calendar year (or school year "2025/26") heading a column. */
export const YEAR_HEADER = /(?<!\d)(20\d{2})(?:\s*[/–-]\s*(?:20)?\d{2})?(?!\d)/;

/** The scale of a table's numbers: in a header cell ("Belopp (tkr)") or the sentence before the table ("Belopp i mnkr"). */
export const SCALE_WORDS: [RegExp, number][] = [
  [/(?<!\p{L})(?:mnkr|mkr|msek|miljoner kronor|miljontals kronor)(?!\p{L})/iu, 1_000_000],
  [/(?<!\p{L})(?:tkr|ksek|tsek|tusental kronor|tusentals kronor|tusen kronor)(?!\p{L})/iu, 1000],
];

/** A sentence that says what scale the following table's numbers are in. */
export const SCALE_NOTE = /belopp\w*\s+(?:anges\s+|är\s+|redovisas\s+|uttrycks\s+)?i\s+|\((?:belopp\s+i\s+)?(?:tkr|mnkr|mkr|ksek|tsek|msek)\)|(?<!\p{L})(?:tkr|ksek|mnkr|msek)(?!\p{L})/iu;

/**
 * "2 000 h à 175 kr", "1 600 timmar à 150 kr", "250 tim x 400 kr", "900 timmar om året à 180 kr", "300 h × 200 kr":
 * hours times an hourly rate (à, x, × or * between them; the hours may say they are the year's).
 */
export const HOURS_TIMES_RATE =
  /(\d{1,3}(?:[ \u00a0.]\d{3})*|\d+)\s*(?:\p{Ll}+[ae]\s+)?(?:h|tim(?:mar)?|timmar)(?:\s*(?:(?:per\s|\/)\s*år|om\s+året|i\s+året|per\s+helår|årligen))?\s*(?:[àáa@×*]|x(?!\p{L}))\s*(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)\s*(?:kr|kronor)/iu;

/** A stated unit price before an amount: "3 st à", "151 nätter à". */
export const UNIT_PRICE = /(?<![\d,])(\d{1,4})\s*(?:st|stycken|platser|tjänster)?\.?\s*(?:[àáa@×*]|x(?!\p{L}))\s*$/iu;

/** "per månad i fem månader": the number of months a monthly amount is paid in a year. */
export const MONTHS_STATED = /(?:per|i|\/)\s*mån(?:ad(?:en)?)?\.?\s+(?:i|under)\s+(\d{1,2}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+månader/iu;

// Sentences about shares and totals (the prose rule, prose.ts).

/** Verbs that say who pays or contributes; "åtar sig (att …)" commits its subject to what the clause goes on to name. */
export const SHARE_VERB =
  /(?<!\p{L})(?:åtar\s+sig|bidrar|bidra|står\s+(?:\p{L}+\s+)?för|ersätter|finansierar|betalar|svarar\s+(?:\p{L}+\s+)?för|skjuter\s+till|tillskjuter|bekostar|avsätter|tillför|beviljar|lämnar|upplåter|tillhandahåller|ställ(?:er|t|de)(?=[^.;]{0,60}?\btill\s+förfogande)|delar\s+(?:\p{L}+\s+)?på)(?!\p{L})/iu;
/**
 * Money a party passes on to another out of an amount it receives ("vidareförmedlar 180 000 kronor av bidraget till
 * …", "betalar 120 000 kronor per år vidare till …", "betalar vidare 60 000 kronor till …", "vidarebetalas"): inside the amount it came from, never a share of
 * its own. Before the amount (the clause) or right after it.
 */
export const PASS_ON = /(?<!\p{L})vidare(?:förmedl|betal|fördel|utbetal|slussa)\p{L}*|(?<!\p{L})(?:betal|slussa|skicka)\p{L}{0,3}\s+vidare(?!\p{L})/iu;
export const PASS_ON_AFTER = /^[^.;]{0,60}?(?:(?<!\p{L})vidare\s+till(?!\p{L})|(?<!\p{L})vidare(?:förmedl|betal|fördel|utbetal|slussa)\p{L}*)/iu;
/** Nouns that make a sentence naming one party its share ("Kommunens del är …", "Föreningens insats uppgår till …"). */
export const SHARE_NOUN = /(?<!\p{L})(?:del(?:en)?|andel(?:en)?|bidrag(?:et)?|(?:egen|arbets|volontär|natura)?insats(?:en|er|erna)?|kostnad(?:en|er|erna)?|upplåtelse(?:n)?)(?!\p{L})/iu;
/** Words of a whole partnership's yearly amount. */
export const GRAND_CUE =
  /(?<!\p{L})(?:total\p{L}*|summa(?:n)?|sammanlagd\p{L}*|sammanlagt|sammantaget|samlade|årlig\p{L}* kostnad|hela partnerskapet|värde|omslutning\p{L}*|budget\p{L}*)(?!\p{L})/iu;
/** "engångsbelopp", "startbidrag", "en gång" (but not "en gång per år"). */
export const ONE_TIME = /engångs\p{L}*|(?<!\p{L})(?:en|1)\s+gång(?!\p{L})(?!\s+(?:per|om|i|varje)\s)|(?:upp)?startbidrag\p{L}*|vid ett tillfälle/iu;
// Also a price per event: "per genomfört bokprat", "per träff", "per föreställning", "per enkelresa".
export const PER_UNIT = /^\s*(?:kr\.?\s*)?(?:per|\/|för varje|i)\s*(?:person|deltagare|plats|platsen|timme|tim\b|h\b|elev|barn|besök|kvadratmeter|kvm|m2|m²|natt|dygn|genomför(?:t|d|da)\s+\p{L}+|bokprat|träff|evenemang|föreställning|arrangemang|kurstillfälle|vakpass|enkelresa)/iu;
/** Per year, also per läsår, helår (a full year, beside a part year) or säsong: one year of the activity (the corpus's convention). */
export const YEARLY_AFTER = /^\s*(?:(?:per|\/|om|i|varje)\s*(?:kalender|verksamhets|läs|hel)?år(?:et)?(?!\p{L})|(?:per|\/|varje)\s*säsong(?:en)?(?!\p{L})|årligen)/iu;
export const YEARLY_IN = /årlig\p{L}*|per\s+(?:hel)?år(?!\p{L})|varje\s+år(?!\p{L})|om\s+året/iu;
export const MONTHLY_AFTER = /^\s*(?:(?:per|\/|i|varje)\s*mån(?:ad(?:en)?)?\.?(?!\p{L})|månadsvis)/iu;
/**
 * A part of a year stated beside (or instead of) the full year's level: "187 500 kr för 2028 (5/12 av helår)", "för
 * första året, som bara är aug–dec, betalas …", "för del av år 2028", "för resterande del av 2028", "delårsbelopp",
 * "brutet första år", "för den inledande perioden 1/3–31/5 2028", the months or quarters it covers in parentheses
 * ("60 000 kr (tre månader)", "(två kvartal)"), one half-year ("för det första halvåret 2029 betalas …", "halva
 * årsbeloppet"). An amount for a part year is not the yearly amount (the
 * corpus: amounts per year, at the first year's full level); the helår amount, when stated, is.
 */
export const PART_YEAR =
  /(?<!\p{L})(?:inledande\s+period(?:en)?|inledningsperiod(?:en)?|uppstartsperiod(?:en)?)(?!\p{L})|\(\s*(?:(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|[2-9]|1[01])\s+månader|en\s+månad|(?:ett|två|tre|[1-3])\s+kvartal)(?!\p{L})|(?<![\d/])(?:[1-9]|1[01])\s*\/\s*12(?:-?del\p{L}*)?(?![\d/])|(?<!\p{L})(?:del|delar)\s+av\s+(?:det\s+)?(?:första\s+|sista\s+)?(?:år(?:et)?|(?:19|20)\d{2}|helår(?:et)?)(?!\p{L})|(?<!\p{L})(?:första|sista)\s+(?:avtals|verksamhets)?året\s+(?:\p{L}+\s+){0,2}?(?:bara|endast|enbart)(?!\p{L})|(?<!\p{L})(?:resten|resterande\s+del(?:en)?)\s+av\s+(?:år(?:et)?|(?:19|20)\d{2})|(?<!\p{L})(?:(?:första|andra|sista|senare|resterande)\s+halvåret|halva\s+års\p{L}+)(?!\p{L})|(?<!\p{L})(?:delår\p{L}*|brutet\s+(?:första\s+)?(?:avtals)?år|inte\s+(?:ett\s+)?helt\s+år)(?!\p{L})/iu;

/** A period other than a year, or one instalment of the year's amount ("306,25 tkr per utbetalning", "per tillfälle"). */
export const OTHER_PERIOD_AFTER = /^\s*(?:per|\/|i|varje)\s*(?:kvartal(?:et)?|vecka|veckan|dag(?:en)?|utbetalning(?:en|stillfälle)?|delbetalning|tillfälle|faktura)(?!\p{L})/iu;
/** "per kvartal", "/kvartal", "i kvartalet", "varje kvartal". */
export const QUARTERLY_AFTER = /^\s*(?:kr(?:onor)?\.?\s*)?(?:per|\/|i|varje)\s*kvartal(?:et)?(?!\p{L})/iu;
/** "per vecka under 30 veckor", "i veckan i 34 veckor", "/vecka under trettio veckor" (the weeks of one year). */
export const WEEKS_FOR =
  /^\s*(?:kr(?:onor)?\.?\s*)?(?:per|\/|i|varje)\s*veck(?:a|an)\s+(?:under|i|för)\s+(\d{1,2}|tio|tjugo|trettio|fyrtio|femtio)\s+veckor(?!\p{L})/iu;
export const WEEK_WORDS: Record<string, number> = { tio: 10, tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50 };
/** Twice a year: "per termin", "per halvår" (two terms, two half-years). */
export const HALF_YEAR_AFTER = /^\s*(?:per|\/|i|varje)\s*(?:termin(?:en)?|halvår(?:et)?)(?!\p{L})/iu;
/** "per månad under tio månader", "i månaden i fem månader": the months stated. */
export const MONTHS_FOR = /^[^.;]{0,40}?(?:under|i|för)\s+(\d{1,2}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+månader/iu;
export const MONTHLY_IN = /(?:per|varje|i)\s+månad(?:en)?(?!\p{L})|månadsvis|månatlig\p{L}*/iu;
/** "för två år", "under tre år", "för en period om två år", "för perioden 2023–2024". */
export const SPAN_YEARS = new RegExp(String.raw`(?:för|under)\s+(?:en\s+(?:period|tid)\s+(?:om|på)\s+)?(${NUMBER_WORD})\s+år(?!\p{L})`, 'iu');
export const SPAN_RANGE = /(?:för|under)\s+(?:perioden|åren|tiden)\s+(\d{4})\s*[–-]\s*(\d{4})/i;
/** A span the sentence names without its length in years. */
export const SPAN_OTHER = /(?:för|under)\s+(?:hela\s+)?(?:avtals)?(?:perioden|avtalstiden|löptiden|avtalsperioden)|(?:för|under)\s+överenskommelsens\s+(?:löptid|giltighetstid)|för\s+(?:hela\s+)?projekt(?:et|tiden)/i;
/** Verbs of receiving or applying for money: the party named is paid, not paying ("Föreningen får ett bidrag på …", "föreningen söker LONA-bidrag, ca 140 000 kr"). */
export const RECEIVE_VERB = /(?<!\p{L})(?:får|erhåller|tilldelas|beviljas|mottar|tar emot|ersätts|(?:an)?söker|(?:har|hade)\s+(?:även\s+|också\s+)?(?:an)?sökt)(?!\p{L})/iu;
/**
 * A preposition before a party's name: the party is then no subject ("till föreningen"); nor is the party whose rent or
 * budget a value follows ("Upplåtelsens värde beräknas enligt kommunens internhyra till 84 000 kr").
 */
export const PREPOSITION = /(?:^|\s)(?:till|åt|för|från|hos|av|med|om|genom|via|mot|än|enligt)\s+(?:\p{L}+\s+)?$/iu;

/**
 * Words a document uses for a party by its role instead of its name ("Nämnden", "Föreningen", "Jouren"): they
 * name that party when it is the only one of its sector.
 */
export const ROLE_WORDS: { word: RegExp; sector: 'public' | 'civil'; fits: RegExp }[] = [
  { word: /^(?:kommunen|staden)s?$/iu, sector: 'public', fits: /kommun|stad/iu },
  { word: /^(?:regionen|landstinget)s?$/iu, sector: 'public', fits: /region|landsting/iu },
  { word: /^(?:nämnden|nämnderna|stadsdelsnämnden|förvaltningen|stadsdelsförvaltningen)s?$/iu, sector: 'public', fits: /./u },
  { word: /^(?:föreningen|organisationen|stiftelsen|jouren|förbundet|den idéburna parten|idéburen part)s?$/iu, sector: 'civil', fits: /./u },
];

/** Hours before a rate in running text ("3 200 timmar per år, som värderas till 180 kronor per timme"; "3.100 timmar" with a point between thousands). */
export const HOURS_BEFORE_RATE = /(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)\s*(?:\p{Ll}+[ae]\s+)?(?:timmar|tim|h)(?!\p{L})/giu;
/** A rate per hour after an amount ("180 kronor per timme") or a price after "à" ("à 220 kronor"). */
export const PER_HOUR_AFTER = /^\s*(?:kr\.?\s*)?(?:per|\/|i)\s*(?:timme|tim|h)(?!\p{L})/iu;
export const UNIT_PRICE_BEFORE = /(?:[àá@×*]|(?<=\d\s*\p{L}*\s*)x)\s*$/u;
/** An area before a rate per square metre in running text ("lokal om 160 m², som värderats till 1 250 kronor per m²"). */
export const AREA_BEFORE_RATE = /(?<![\d,.])(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)\s*(?:m²|m2|kvm|kvadratmeter)(?![\p{L}\d])/giu;
/**
 * A yearly rate per square metre after an amount: "1 250 kronor per m² och år", "1 100 kr/kvm", "900 kr per
 * kvadratmeter" (not per month or week).
 */
export const PER_AREA_AFTER =
  /^\s*(?:kr\.?|kronor|sek)?\s*(?:per|\/|för\s+varje)\s*(?:m²|m2|kvm|kvadratmeter)(?![\p{L}\d])(?!\s*(?:och|per|\/)\s*(?:månad|mån|vecka|dag|termin|kvartal))/iu;
/** Words that make an amount the partnership's total even beside a paying party ("vars värde" is an item's value). */
export const GRAND_STRONG = /(?<!\p{L})(?:total\p{L}*|sammanlagd\p{L}*|sammanlagt|sammantaget|samlade|samlat|hela partnerskapet|partnerskapets|omslutning\p{L}*|budget\p{L}*)(?!\p{L})/iu;
/** A clause with a subject of its own after "och"/"samt" ("och församlingen med …"): the sentence's payer does not carry on. */
export const NEW_SUBJECT = /(?:^|\s)(?:och|samt|medan)\s+(?!med(?!\p{L}))(?:den\s+|det\s+)?\p{L}+(?:\s+(?!(?:och|samt)(?!\p{L}))\p{L}+)?\s+med(?!\p{L})/iu;
/**
 * A decision to enter the partnership for an amount: "(Nämnden beslutar) att ingå idéburet offentligt partnerskap
 * (IOP) med Föreningen X om 1,2 mnkr per år", "att teckna överenskommelse med X till ett värde av …". The amount
 * after "om" is what the deciding side commits; the words before it must name the partnership and, after "med",
 * its counterpart (checked by the prose rule). ENTER_CUE is its start, which makes a line a sentence, not an item.
 */
export const ENTER_CUE = /(?<!\p{L})(?:ingå|ingår|ingås|teckna|tecknar|tecknas)(?!\p{L})[^.;]{0,60}?(?<!\p{L})(?:partnerskap\p{L}*|överenskommelse\p{L}*|IOP(?:-\p{L}+)?)(?!\p{L})/iu;
export const ENTER_PARTNERSHIP =
  /(?<!\p{L})(?:ingå|ingår|ingås|teckna|tecknar|tecknas)(?!\p{L})[^.;]{0,60}?(?<!\p{L})(?:partnerskap\p{L}*|överenskommelse\p{L}*|IOP(?:-\p{L}+)?)(?!\p{L})[^.;]{0,40}?(?<!\p{L})med\s+([^.;]{2,90}?)\s+(?:om|till\s+ett\s+(?:årligt\s+)?värde\s+av|(?:med|om)\s+ett\s+(?:årligt\s+)?bidrag(?:\s+från\s+(?:\p{L}+-,?\s+(?:och\s+)?)?\p{L}+)?\s+(?:om|på))\s*$/iu;

/**
 * An income line of a budget that is the non-profit's own resources, whoever it is named by: "Medlemsavgifter och
 * egna medel", "Ideellt arbete, 1 400 timmar à 250 kr", "Insamlade medel", "Gåvor". A grant from someone else
 * ("Bidrag från Allmänna arvsfonden") is not.
 */
export const OWN_RESOURCES =
  /(?<!\p{L})(?:egna?\s+medel|egen\s+(?:insats|finansiering)|eget\s+(?:kapital|arbete)|medlemsavgift\p{L}*|ideell[ta]?\s+(?:arbete|tid|insats\p{L}*|timmar|krafter|ledare)|frivillig\p{L}*|volontär\p{L}*|insamlade\s+medel|insamling\p{L}*|gåvor)(?!\p{L})/iu;

/** The heading of a budget's cost side, after its income side: "Kostnader", "Utgifter". */
export const COST_SIDE = /^(?:kostnader|utgifter)(?!\p{L})/iu;

/**
 * A heading within a budget table over rows of money that is not the parties' ("Övriga intäkter (inte insatser från
 * parterna)", "Extern finansiering", "Andra finansiärer (ej part)", "Intäkter utanför partnerskapet"): its rows,
 * and a sum row among them (the gross budget with them), are no party's items.
 */
export const OUTSIDE_MONEY =
  /^(?:övriga|andra|externa?)\s+(?:intäkter|finansiärer|finansiering|bidrag|medel)(?!\p{L})|(?<!\p{L})(?:inte|ej|icke)\s+(?:insatser\s+från\s+|från\s+)?(?:någon\s+)?part(?:er|erna)?(?!\p{L})|(?<!\p{L})utanför\s+partnerskapet(?!\p{L})/iu;

/** A heading over the parties' own rows, after rows of others' money: "Parternas insatser", "Parternas finansiering". */
export const PARTIES_MONEY = /^parternas\s+(?:insatser|finansiering|bidrag|medel)(?!\p{L})/iu;

/** A table or heading of who pays: "Finansiär", "Finansiering per år", "Finansieras av". */
export const FINANCING = /^(?:finansiär\p{L}*|finansiering\p{L}*|finansieras\s+av|intäkter)(?!\p{L})/iu;

/**
 * A sentence that goes on about the previous one's contribution: "Omfattningen beräknas till 1 800 timmar …", and the
 * premises the previous sentence lent ("Kommunen upplåter … förskolan. Lokalen har värderats till 156 000 kronor per år.").
 */
export const ANAPHORIC_SUBJECT =
  /^(?:omfattningen|värdet|insatsen|tiden|kostnaden|beloppet|den|det|detta|denna|dessa|arbetet|bidraget|lokalen|lokalerna|lokalens|lokalernas|upplåtelsen|hyran|hyresvärdet|marknadshyran|lokalhyran)(?!\p{L})/iu;
/**
 * The variable part of a payment, named again after the sentence that priced it ("Därtill betalar nämnden en rörlig del
 * om 350 kr per deltagare och lovdag. Beräknat antal deltagardagar är 600 per år och den rörliga delen är högst 210 tkr
 * per år."): the sentence that values it goes on about the payer of the one before, as "Lokalen värderas …" does.
 */
export const VARIABLE_PART = /(?<!\p{L})(?:den\s+)?rörlig(?:a)?\s+(?:del(?:en)?|ersättning(?:en)?|delen\s+av\s+ersättningen)(?!\p{L})/iu;
/** A verb that states what the variable part comes to: "den rörliga delen är högst …", "beräknas till", "uppgår till". */
export const VARIABLE_PART_VALUED = new RegExp(String.raw`${VARIABLE_PART.source}[^.;\d]{0,40}?(?<!\p{L})(?:är|blir|uppgår|beräknas|motsvarar|utgör)(?!\p{L})`, 'iu');
/**
 * A thing the previous sentence lent or made available, valued in this one by its own name in the genitive: "Kommunen
 * ställer en minibuss till förfogande. Fordonets värde beräknas till …", "Bussens marknadsvärde är …". The
 * partnership's, the project's or the activity's value is the whole, never the lent thing's.
 */
export const VALUED_THING =
  /^(?!(?:partnerskap|projekt|verksamhet|avtal|överenskommels|samarbet|satsning|uppdrag|insats)\p{L}*\s)\p{L}{3,}s\s+(?:\p{L}+\s+)?(?:värde|hyresvärde|marknadsvärde)(?!\p{L})/iu;
/**
 * The lead-in of a party's commitments written as a list of infinitives: "Föreningen åtar sig att" / "- planera …,"
 * / "- bidra med ideellt arbete … 713 000 kr,". Each list item is a clause of the lead's sentence: its subject is the
 * lead's.
 */
export const COMMITMENT_LEAD = /(?<!\p{L})åtar\s+sig\s+(?:\p{L}+\s+){0,2}?att\s*:?\s*$/iu;
/** A list item's marker at the start of a line or sentence: "- ", "• ", "1. ", "a) ". */
export const LIST_MARK = /^\s*(?:[-–•▪◦●*]|\d{1,2}[.)]|\(?[a-h]\))\s+\S/u;

/**
 * The size of a change, right before its amount: "höjs med", "ökar med", "sänks med", "en höjning om", "höjningen på".
 * That amount is a difference, never an amount of the agreement.
 */
export const CHANGE_BY =
  /(?<!\p{L})(?:(?:höjs|sänks|ökas|ökar|minskas|minskar|utökas|räknas\s+upp)\s+(?:\p{L}+\s+){0,2}?(?:med|om)|(?:höjning|ökning|sänkning|minskning|utökning)(?:en)?\s+(?:\p{L}+\s+){0,2}?(?:med|om|på))\s*$/iu;

/**
 * The words that lead from an item's label to its amount: "lokal, vars värde beräknas till", "värderad till",
 * "till ett värde av", "det vill säga", "bidrag om", "material för". Not part of the label.
 */
export const VALUATION_TAIL =
  /[,(]?\s*(?:som\s+)?(?:vars\s+\p{L}+\s+)?(?:värdera[dt]\p{L}*|värderas|beräkna\p{L}*|motsvarande|uppgår)(?:\s+till)?\s*$|\s+till ett värde av\s*$|,\s*(?:det\s+vill\s+säga|d\.?v\.?s\.?|värde|sammanlagt|totalt)\s*$|(?:\s+(?:om|för|till|på))?\s+(?:cirka|ca\.?|omkring|ungefär)\s*$|\s+(?:om|för|till|på)\s*$/iu;

/**
 * A text that is one committee's name: "Socialnämnden", "Kultur- och fritidsnämnden", "Barn-, utbildnings- och
 * fritidsnämnden", "Nämnden för arbete och välfärd", "Stadsdelsnämnden Norr", "Kommunstyrelsen", "Regionstyrelsen".
 * A bare "Nämnden" is a role word (ROLE_WORDS); a bare "Styrelsen" is as likely the non-profit's board.
 */
export const COMMITTEE_NAME =
  /^(?:(?:\p{L}+-,?\s+)*(?:\p{L}+-\s+(?:och|&)\s+)?\p{L}+nämnd(?:en|ens)?(?:\s+\p{Lu}\p{Ll}+)?|nämnden\s+för\s+\p{L}+(?:(?:,\s*|\s+och\s+|\s+)\p{L}+){0,5}|(?:kommun|region|landstings)styrelsen?s?)$/iu;
/** Committees only a region has (health care, regional development, public transport). */
export const REGION_COMMITTEE = /hälso-?\s*(?:och|&)\s*sjukvård|sjukvårds|regional\p{L}*\s+utveckling|regionstyrels|landstingsstyrels|kollektivtrafik|tandvård|primärvård|patientnämnd/iu;
/** Committees only a municipality has (social services, schools, leisure, elderly care, city districts). */
export const MUNICIPAL_COMMITTEE = /social|utbildning|skol|förskol|barn|fritid|idrott|äldre|omsorg|arbetsmarknad|stadsdel|kommunstyrels|individ|familj|funktions|gymnasie|bildning|vuxen|fastighet|teknisk|miljö|bygg|kultur-?\s*(?:och|&)\s*fritid/iu;
/** Public parties by kind: a municipality (kommun, stad), a region (landsting), either. */
export const MUNICIPALITY_NAME = /kommun|(?<!\p{L})stad(?!\p{L})|staden/iu;
export const REGION_NAME = /(?<!\p{L})(?:region|landsting)/iu;
export const PUBLIC_BODY_NAME = /kommun|(?<!\p{L})stad(?!\p{L})|staden|(?<!\p{L})(?:region|landsting)/iu;
