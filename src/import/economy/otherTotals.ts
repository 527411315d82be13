/**
 * Sums a document states that are not the partnership's yearly total: the whole budget of a department, a committee
 * or one of the organisations ("avdelningens budget för förebyggande insatser, som för 2027 uppgår till 4,2 miljoner
 * kronor", "Föreningens omsättning är 3,1 mnkr"), money the document itself says is outside the partnership ("… 2 480
 * tkr till föreningen; de medlen ingår inte i partnerskapet"), and money of the past ("Under projektåren betalade
 * Arvsfonden sammanlagt …", "kostade 310 tkr"). Such a sentence gives no total; its amount is left out.
 *
 * @example wholeOfAnother('Kostnaden ryms inom förvaltningens budget, som uppgår till 12 mnkr.') // true
 * @example outsideOrPast('Under projektåren betalade Arvsfonden sammanlagt 2 480 tkr.') // 'past'
 */

/** An organisation's or a unit's whole budget or turnover: "avdelningens budget", "föreningens omsättning", "budgetramen". */
const WHOLE_OF_ANOTHER = new RegExp(
  String.raw`(?<!\p{L})(?:\p{L}*(?:avdelning|förvaltning|enhet|nämnd|kommun|stad|region|sektor|förening|organisation|stiftelse|församling|kår|jour|förbund)(?:en|ens|s|ns|ets|arnas)\s+(?:\p{L}+\s+){0,2}(?:total[ae]?\s+|samlade\s+|årliga\s+)?(?:\p{L}*budget(?:en|ar|arna|ram|ramen)?|omsättning(?:en)?|omslutning(?:en)?)|budgetram(?:en)?|ryms\s+inom)(?!\p{L})`,
  'iu',
);
/** "… budget för partnerskapet": the partnership's own, whoever's budget it is in. */
const FOR_THE_PARTNERSHIP = /(?:budget|omsättning|omslutning)\p{L}*\s+för\s+(?:partnerskapet|överenskommelsen|samarbetet|IOP(?::n)?)(?!\p{L})/iu;

/** "de medlen ingår inte i partnerskapet", "omfattas inte av överenskommelsen", "ligger utanför partnerskapet". */
const OUTSIDE =
  /(?:ingår|räknas|omfattas|inräknas)\s+inte\s+(?:in\s+)?(?:i|av)\s+(?:partnerskapet|överenskommelsen|avtalet|samarbetet|IOP(?::n)?|partnerskapets\s+\p{L}+|(?:denna|detta)\s+(?:överenskommelse|avtal|partnerskap))|utanför\s+(?:partnerskapet|överenskommelsen|avtalet|samarbetet)|inte\s+(?:en\s+)?del\s+av\s+(?:partnerskapet|överenskommelsen|avtalet)/iu;

/** A verb in the past tense of paying or costing: money already spent, not the partnership's yearly total. */
const PAST_MONEY =
  /(?<!\p{L})(?:betalade|bidrog|finansierade|beviljade|beviljades|ersatte|bekostade|kostade|uppgick|omsatte|köpte|erhöll|fick|tilldelades|sköt\s+till|avsatte|stod\s+för|utbetalades|betalades\s+ut)(?!\p{L})/iu;

/**
 * Whether a text speaks of a unit's or an organisation's whole budget or turnover ("avdelningens budget …",
 * "Föreningens omsättning är …"), not the partnership's: no amount it states is the partnership's.
 */
export function wholeOfAnother(text: string): boolean {
  return WHOLE_OF_ANOTHER.test(text) && !FOR_THE_PARTNERSHIP.test(text);
}

/**
 * Whether the words after an amount, up to the end of its clause, put it outside the partnership: "Föreningens
 * ansökan om bidrag från Arvsfonden om 640 000 kronor … omfattas inte av denna överenskommelse" is no party's share.
 * @example outsideAfter(' för ombyggnad omfattas inte av denna överenskommelse.') // true
 */
export function outsideAfter(after: string): boolean {
  return OUTSIDE.test(after.split(/[;]|,\s*(?:men|medan)\s/u)[0]);
}

/** Why a sentence's sum is not the partnership's yearly total (outside it, or of the past), or null when it may be. */
export function outsideOrPast(sentence: string): 'outside' | 'past' | null {
  if (OUTSIDE.test(sentence)) return 'outside';
  if (PAST_MONEY.test(sentence)) return 'past';
  return null;
}

/**
 * An amount at a later period's indexed level, not the first year's: "För förlängningsåret 2029-04-01 – 2030-03-31
 * uppgår nämndens bidrag därmed till 811 512 kronor", "för det tredje avtalsåret", "efter uppräkning", "uppräknat
 * belopp". A decision that restates the original terms also states the first year's level ("780 000 kronor per
 * avtalsår räknat i 2027 års nivå"); the later one must not replace it.
 */
const LATER_LEVEL =
  /(?<!\p{L})(?:(?:för|under|inför)\s+(?:förlängnings(?:året|perioden|åren)|det\s+(?:andra|tredje|fjärde|femte|sista)\s+avtalsåret|avtalsår\s+[2-9])|efter\s+(?:årets\s+)?uppräkning(?:en)?|uppräknat|uppräknade|indexerat|indexerade)(?!\p{L})/iu;

/** Whether the words before an amount put it at a later period's indexed level (LATER_LEVEL). */
export function laterLevel(clause: string): boolean {
  return LATER_LEVEL.test(clause);
}

/** A year written on its own (not in a date "2026-03-01", a dnr "2026/0457" or an org number). */
const BARE_YEAR = /(?<![\d/-])((?:19|20)\d{2})(?![\d/]|-\d)/g;

/**
 * Whether a sentence is about years before the agreement's first one, and no other: "Under 2023–2026 hade projektet
 * en total budget om 2 480 tkr" in an agreement from 2027. Its sum belongs to that time, not to the partnership.
 *
 * @example beforePeriod('Projektet hade 2023–2026 en total budget om 2 480 tkr.', 2027) // true
 */
export function beforePeriod(sentence: string, firstYear: number | null): boolean {
  if (firstYear === null) return false;
  const years = [...sentence.matchAll(BARE_YEAR)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < firstYear);
}
