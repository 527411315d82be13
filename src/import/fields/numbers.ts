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

/** The parts a Swedish number is written with in one word, longest first so that "trettio" wins over "tre". */
const COMPOUND_PARTS: [string, number][] = (
  [
    ['miljoner', -1e6], ['miljon', -1e6], ['sjuttio', 70], ['trettio', 30], ['fyrtio', 40], ['femtio', 50], ['sextio', 60],
    ['åttio', 80], ['nittio', 90], ['tjugo', 20], ['tretton', 13], ['fjorton', 14], ['femton', 15], ['sexton', 16],
    ['sjutton', 17], ['arton', 18], ['nitton', 19], ['hundra', -100], ['tusen', -1000], ['elva', 11], ['tolv', 12],
    ['fyra', 4], ['åtta', 8], ['två', 2], ['tre', 3], ['fem', 5], ['sex', 6], ['sju', 7], ['nio', 9], ['tio', 10], ['ett', 1], ['en', 1],
  ] as [string, number][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * A whole number written as one Swedish word, as a contract writes an amount out: "trettiotvåtusenfemhundra" (32 500),
 * "fyrahundrasextiotusen" (460 000), "en miljon" is two words and not read. Null unless the whole word is a number of
 * at least two parts (a bare "tusen" or "hundra" is a unit, not a number).
 * @example compoundNumber('trettiotvåtusenfemhundra') // 32500
 */
export function compoundNumber(word: string): number | null {
  const w = word.toLowerCase();
  let total = 0;
  let current = 0;
  let parts = 0;
  for (let at = 0; at < w.length; ) {
    const part = COMPOUND_PARTS.find(([p]) => w.startsWith(p, at));
    if (!part) return null;
    at += part[0].length;
    parts++;
    const [, n] = part;
    if (n === -100) current = (current || 1) * 100;
    else if (n === -1000 || n === -1e6) {
      total += (current || 1) * -n;
      current = 0;
    } else current += n;
  }
  return parts >= 2 ? total + current : null;
}
