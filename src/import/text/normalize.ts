import { groupApostrophes } from '../../domain/swedishNumbers';

/**
 * One canonical text for every reader: spaces of all widths become plain spaces (amounts are written with
 * non-breaking or thin spaces), apostrophes that group thousands too ("1'516'000", swedishNumbers.ts), soft hyphens and zero-width characters disappear, markdown/HTML emphasis
 * that the seeds carry (`<b>`, `**`) is dropped, and line ends are `\n`. Tabs survive: they separate cells.
 */
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/** Bullets drawn in a symbol font come out of a PDF as private-use characters. */
const PRIVATE_BULLETS = /[\uf0a7\uf0b7\uf076\uf0d8\uf0fc]/g;
/**
 * Any other private-use character that opens a line before a space is a bullet too: a symbol font's own code for its
 * list marker (a word processor's sub-list "▪" or "–" drawn in OpenSymbol or Wingdings comes out as U+E009, U+F0A7 …).
 */
const PRIVATE_MARK_AT_LINE_START = /^([ \t]*)[\ue000-\uf8ff](?=[ \t])/gm;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const EMPHASIS = /<\/?(?:b|strong|i|em|u)>|\*\*|__/gi;
/**
 * A Markdown export's backslash escapes (`\#`, `\-`, `\*`, `\(`, `2028\-08\-15`): the ASCII punctuation itself, as the
 * rendered page shows it. An escaped pipe stays escaped: it is a cell's text, not a cell border (source.ts fromMarkdown).
 */
const MD_ESCAPE = /\\([!-/:-@[-`{}~])/g;
/** A Markdown hard break: a backslash ending a line. */
const MD_HARD_BREAK = /\\$/gm;
/** A rule drawn with underscores or asterisks ("____", "***", an e-mail's separator) stays a rule, in dashes, not emphasis. */
const RULE_LINE = /^[ \t]*(?:_{3,}|\*{3,})[ \t]*$/gm;
// Control characters other than tab and newline are debris of broken extraction.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Trailing spaces off a line; a loop, because `/ +$/` retries at every space of a long run (quadratic). */
function trimSpacesEnd(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  return end === line.length ? line : line.slice(0, end);
}

export function normalizeText(input: string): string {
  const text = input
    .replace(/\r\n?/g, '\n')
    .replace(SPACES, ' ')
    // A soft hyphen where a line breaks is the word's visible break: joined again like any hyphenated word (source.ts).
    .replace(/\u00ad(?=[ \t]*\n)/g, '-')
    .replace(PRIVATE_BULLETS, '•')
    .replace(PRIVATE_MARK_AT_LINE_START, '$1•')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(RULE_LINE, (rule) => '-'.repeat(rule.trim().length))
    .replace(MD_ESCAPE, '$1')
    .replace(MD_HARD_BREAK, '')
    .replace(EMPHASIS, '')
    .split('\n')
    .map(trimSpacesEnd)
    .join('\n');
  return groupApostrophes(text);
}

/** Collapses runs of white space to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A word broken by a hyphen and a space ("verksam- heten"), not a compound left open before "och", "eller", "samt". */
export const BROKEN_WORD = /(\p{L})- (?!(?:och|eller|samt|resp)(?!\p{L}))(\p{Ll})/gu;

/**
 * A cell's or a line's text with its wrapped rest: a word broken by a hyphen at a line's end is joined again
 * ("verksam-" + "heten" → "verksamheten"), also where a cell already holds such a break ("språk- träning"), but a
 * compound left open before "och", "eller" or "samt" keeps its hyphen ("Kultur- och" + "fritidsnämnden").
 * @example
 * joinWrapped('Kultur- och', 'utbildningsnämnden') // → 'Kultur- och utbildningsnämnden'
 * joinWrapped('Hälso- och sjukvårds-', 'nämnden') // → 'Hälso- och sjukvårdsnämnden'
 * joinWrapped('2025-03-01 – 2027-02-', '28') // → '2025-03-01 – 2027-02-28'
 */
export function joinWrapped(first: string, rest: string): string {
  // A date or a number broken after its hyphen ("2027-02-" / "28") is joined without a space too.
  return squash(`${first} ${rest}`).replace(BROKEN_WORD, '$1$2').replace(/(\d-) (?=\d)/g, '$1');
}

/** Words that stay in lower case inside a name: "kommun" after the place, and the small words of a phrase. */
const LOWER_IN_NAME = /^(?:kommun|stad|län|landsting|kommunalförbund|samordningsförbund|och|i|för|med|på|av|om|till|vid|mot|från|efter|under|alla)$/;

/**
 * A name written in capitals to the way it is written in running text; a name in mixed case stays as written.
 * @example fromCapitals('SUNDSVALLS KOMMUN') // 'Sundsvalls kommun'
 * @example fromCapitals('NATTCAFÉ FÖR ALLA I NORRBY') // 'Nattcafé för alla i Norrby'
 */
export function fromCapitals(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLocaleLowerCase('sv-SE')
    .split(' ')
    .map((w, i) => (i > 0 && LOWER_IN_NAME.test(w) ? w : w.charAt(0).toLocaleUpperCase('sv-SE') + w.slice(1)))
    .join(' ');
}
