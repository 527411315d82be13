import { numberWord } from '../fields/numbers';
import { HALF_YEAR_AFTER, MONTHLY_AFTER, MONTHS_FOR, OTHER_PERIOD_AFTER, QUARTERLY_AFTER, WEEK_WORDS, WEEKS_FOR, YEARLY_AFTER } from './vocabulary';

/**
 * Amounts a document writes per a period shorter than a year, made yearly when the text says how many periods a
 * year holds: per månad (12, or the months stated), per termin or halvår (2), per kvartal (4), per vecka under N
 * veckor (N). One home for the prose rule (prose.ts), the list rule (leaderList.ts) and a table cell that names its
 * own period (table.ts: "160 000 kr per kvartal" in a Belopp column); the words are vocabulary.ts's.
 *
 * A quarter's amount is a yearly amount only when it is the amount itself, not an instalment of a yearly one
 * ("300 000 kr per år, utbetalas med 75 000 kr per kvartal"): `instalment` says when the words around it make it one.
 */


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

const MONTH_COUNT: Record<string, number> = { elva: 11, tolv: 12 };

/** How the words after an amount make it yearly: a factor (1 for per år) and its note, or why it cannot be read. */
export type AmountPeriod = { factor: number; note: string | null } | { unread: string };

/**
 * The period the words right after an amount write it per, made yearly: per år (× 1), per månad (× 12, or × the
 * months stated: "per månad i fem månader"), per termin or halvår (× 2), per kvartal (× 4) and per vecka under N
 * veckor (× N) unless `text` (the amount's sentence, list entry or cell) makes it an instalment of a yearly amount;
 * another period ("per vecka", "per utbetalning") is unread. Null when the words name no period. `monthly` reads a
 * plain amount as monthly (a sentence saying "månadsvis" elsewhere).
 * @example amountPeriod(' kr per kvartal', '160 000 kr per kvartal', true) // { factor: 4, note: '… (× 4)' }
 */
export function amountPeriod(after: string, text: string, entry: boolean, monthly = false): AmountPeriod | null {
  if (YEARLY_AFTER.test(after)) return { factor: 1, note: null };
  if (MONTHLY_AFTER.test(after) || monthly) {
    const months = MONTHS_FOR.exec(after);
    if (!months) return { factor: 12, note: 'beloppet anges per månad och räknades om till år (× 12)' };
    const n = numberWord(months[1]) ?? MONTH_COUNT[months[1].toLowerCase()] ?? null;
    if (n === null || n < 1 || n > 12) return { unread: 'ett antal månader' };
    return { factor: n, note: `beloppet anges per månad i ${n} månader (× ${n})` };
  }
  if (HALF_YEAR_AFTER.test(after)) return { factor: 2, note: 'beloppet anges per termin eller halvår och räknades om till år (× 2)' };
  const periods = periodsPerYear(after);
  if (periods && !isInstalment(text, entry)) return { factor: periods.factor, note: periods.note };
  if (periods || OTHER_PERIOD_AFTER.test(after)) return { unread: 'en annan period än ett år' };
  return null;
}
