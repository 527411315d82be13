/**
 * Amounts a document writes per a period shorter than a year, made yearly when the text says how many periods a
 * year holds: per kvartal (four to a year), per vecka under N veckor (N). One home for the prose rule (prose.ts) and
 * the line rules (lineAmount.ts, leaderList.ts); per månad and per termin keep their older homes there.
 *
 * A quarter's amount is a yearly amount only when it is the amount itself, not an instalment of a yearly one
 * ("300 000 kr per år, utbetalas med 75 000 kr per kvartal"): `instalment` says when the words around it make it one.
 */

/** "per kvartal", "/kvartal", "i kvartalet", "varje kvartal". */
export const QUARTERLY_AFTER = /^\s*(?:kr(?:onor)?\.?\s*)?(?:per|\/|i|varje)\s*kvartal(?:et)?(?!\p{L})/iu;
/** "per vecka under 30 veckor", "i veckan i 34 veckor", "/vecka under trettio veckor" (the weeks of one year). */
const WEEKS_FOR =
  /^\s*(?:kr(?:onor)?\.?\s*)?(?:per|\/|i|varje)\s*veck(?:a|an)\s+(?:under|i|för)\s+(\d{1,2}|tio|tjugo|trettio|fyrtio|femtio)\s+veckor(?!\p{L})/iu;
const WEEK_WORDS: Record<string, number> = { tio: 10, tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50 };

/**
 * Words that make an amount one payment of a larger one, not an amount of its own: a passive of paying
 * ("utbetalas", "betalas ut", "faktureras", "rekvireras"), "per utbetalning", "delbetalning".
 */
const INSTALMENT = /(?<!\p{L})(?:utbetalas|betalas|faktureras|rekvireras|delbetalning\p{L}*|utbetalning\p{L}*)(?!\p{L})/iu;
/** A yearly amount named in the same text: the quarter's amount is then a part of it. */
const YEARLY_WORD = /(?<!\p{L})(?:per\s+år|årlig\p{L}*|årligen|om\s+året|i\s+året)(?!\p{L})/iu;

export interface PerYear {
  factor: number;
  note: string;
}

/**
 * How many of the period an amount is written per (the words right after it) a year holds: 4 per kvartal, N per
 * vecka under N veckor; null when the words name no such period.
 * @example periodsPerYear(' kronor per kvartal till föreningen') // { factor: 4, … }
 * @example periodsPerYear(' kr per vecka under 30 veckor') // { factor: 30, … }
 */
export function periodsPerYear(after: string): PerYear | null {
  if (QUARTERLY_AFTER.test(after)) return { factor: 4, note: 'beloppet anges per kvartal och räknades om till år (× 4)' };
  const weeks = WEEKS_FOR.exec(after);
  if (weeks) {
    const n = /^\d/.test(weeks[1]) ? Number(weeks[1]) : WEEK_WORDS[weeks[1].toLowerCase()];
    if (n >= 1 && n <= 53) return { factor: n, note: `beloppet anges per vecka under ${n} veckor (× ${n})` };
  }
  return null;
}

/**
 * Whether a quarter's amount in `text` (its sentence or list entry) is one payment of a yearly amount rather than
 * the amount: the text names a yearly amount too, or (in a sentence) pays it out ("Bidraget betalas ut med 105 000
 * kr per kvartal" restates a yearly grant). A list entry whose only amount is per kvartal ("40 000 kr per kvartal
 * (verksamhetsbidrag, utbetalas i förskott)") is the amount: `entry` says the text is one.
 * @example isInstalment('Kommunen betalar 112 500 kronor per kvartal till föreningen.', false) // false
 * @example isInstalment('Bidraget om 420 000 kr per år betalas ut med 105 000 kr per kvartal.', false) // true
 */
export function isInstalment(text: string, entry: boolean): boolean {
  if (YEARLY_WORD.test(text)) return true;
  return !entry && INSTALMENT.test(text);
}
