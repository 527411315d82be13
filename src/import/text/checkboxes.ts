/**
 * A filled-in form ("Blankett") offers its choices as options with a box before each: "[X] Ingen uppräkning",
 * "[ ] Uppräkning med 2 % per år", "☒ Förlängning med ett år i taget", "☐ Ingen förlängning", "(x) Halvårsvis".
 * Only a checked option is a statement of the agreement; an empty box's option is a choice the parties did not
 * make, and its figures ("2 % per år", "ett år i taget") must never be read as the agreement's. So an unchecked
 * option is blanked with its wrapped lines, and a checked option loses only its box: what remains reads as the
 * label's value ("Uppräkning:   Ingen uppräkning, beloppen är fasta"). Same length, so every offset stays.
 */

/** A checked box: "[X]", "[x]", "[✓]", "☒", "☑", "(x)". */
const CHECKED = String.raw`\[[ ]?[xX✓✔][ ]?\]|[☒☑]|\([xX]\)`;
/** An empty box: "[ ]", "[  ]", "[]", "☐", "( )". */
const EMPTY = String.raw`\[[ ]{0,2}\]|☐|\([ ]\)`;
/**
 * A box that opens an option: at a line's or a cell's start, after a label's colon, or after a run of spaces that
 * separates options on one line; followed by the option's words (a box inside a sentence, as in "kryssa i med [X].",
 * opens nothing).
 */
const BOX = new RegExp(String.raw`(?<=^[ \t]*(?:[-*•][ ]+)?|\t[ ]*|:[ ]*|[ ]{2})(?:(?<checked>${CHECKED})|(?<empty>${EMPTY}))(?=[ \t]*\p{L})`, 'gmu');
/**
 * A box after a single space: the next option of a run of options on one line, as a PDF's text layer joins a form's
 * column of options ("[ ] Nej, kan inte förlängas [X] Ja, med 1 år åt gången"). Only after a box that opens an
 * option on the same line (`BOX`): a lone box after one space in a sentence still opens nothing.
 */
const NEXT_BOX = new RegExp(String.raw`(?<=[ ])(?:(?<checked>${CHECKED})|(?<empty>${EMPTY}))(?=[ \t]*\p{L})`, 'gu');

const blank = (s: string) => s.replace(/[^\n\t]/g, ' ');

interface Box {
  line: number;
  /** Offsets in the line: the box, and where its option's words start and end. */
  at: number;
  length: number;
  textStart: number;
  textEnd: number;
  checked: boolean;
}

function boxesOf(lines: string[]): Box[] {
  const boxes: Box[] = [];
  lines.forEach((line, i) => {
    const opening = [...line.matchAll(BOX)];
    // Further boxes of the run after the first (sorted, each once).
    const first = opening.length ? opening[0].index : line.length;
    const more = [...line.matchAll(NEXT_BOX)].filter((m) => m.index > first && !opening.some((o) => o.index === m.index));
    const found = [...opening, ...more].sort((a, b) => a.index - b.index);
    found.forEach((m, k) => {
      const after = line.slice(m.index + m[0].length);
      const lead = after.length - after.replace(/^[ \t]+/, '').length;
      // The option runs to the next box on its line, or to the line's end.
      const next = k + 1 < found.length ? found[k + 1].index : line.length;
      boxes.push({
        line: i,
        at: m.index,
        length: m[0].length,
        textStart: m.index + m[0].length + lead,
        textEnd: next,
        checked: m.groups?.checked !== undefined,
      });
    });
  });
  return boxes;
}

/**
 * The lines an option wraps onto in a plain-text form: indented to the option's words or further, with no box and
 * no label of their own ("[ ] Uppräkning med 2 % per år (kommunens" / "      standardnivå)").
 */
function wrappedLines(lines: string[], box: Box, boxed: Set<number>): number[] {
  const out: number[] = [];
  for (let i = box.line + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || boxed.has(i) || line.includes('\t')) break;
    const indent = line.length - line.trimStart().length;
    if (indent < box.textStart || /^[^:]{1,40}:\s/.test(line.trim())) break;
    out.push(i);
  }
  return out;
}

/**
 * The text with every unchecked option of a form blanked (with the lines it wraps onto) and every box removed.
 * @example blankUncheckedOptions('Uppräkning:  [ ] 2 % per år\n             [X] Ingen uppräkning')
 *   // 'Uppräkning:                 \n                 Ingen uppräkning'
 */
export function blankUncheckedOptions(text: string): string {
  if (!/[[☐☒☑(]/.test(text)) return text;
  const lines = text.split('\n');
  const boxes = boxesOf(lines);
  if (!boxes.length) return text;
  const boxed = new Set(boxes.map((b) => b.line));
  const out = lines.map((l) => l.split(''));
  const put = (line: number, from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[line][k] !== '\t') out[line][k] = ' ';
  };
  for (const box of boxes) {
    if (box.checked) {
      put(box.line, box.at, box.at + box.length);
      continue;
    }
    put(box.line, box.at, box.textEnd);
    for (const i of wrappedLines(lines, box, boxed)) out[i] = blank(lines[i]).split('');
  }
  return out.map((l) => l.join('')).join('\n');
}
