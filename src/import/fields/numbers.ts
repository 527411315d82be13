/** Swedish number words as they appear in extension clauses ("två gånger två år"). */
const WORDS: Record<string, number> = {
  en: 1, ett: 1, ettår: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
};

export const NUMBER_WORD = '(?:\\d{1,2}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)';

/**
 * The digits a legal text repeats after a number word, in parentheses: "ett (1) år", "tre (3) månader", "tolv (12)
 * månader". Put after a number word in a pattern; the word is the number.
 */
export const DIGITS_AFTER = String.raw`(?:\s*\(\d{1,4}\))?`;

export function numberWord(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return WORDS[t] ?? null;
}

/** "1,5" or "2" → 1.5 or 2 (Swedish decimal comma, also a point). */
export function decimal(text: string): number {
  return Number(text.replace(/\s/g, '').replace(',', '.'));
}
