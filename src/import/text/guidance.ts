/**
 * An agreement filled into a template often keeps the template's guidance: its example values ("Exempel: 100 000
 * kr", "Exempel: 20 platser", "Exempel: Överenskommelsen gäller 2025-01-01–2026-12-31 och kan förlängas med ett år i
 * taget") and its unfilled placeholders ("[Ange belopp]", "[ange procentsats]", "<fyll i>", "<datum>"). None of it
 * is a statement of the agreement, so it is blanked like an unchecked form option: an example runs from "Exempel:"
 * to its line's (or its table cell's) end, and a table row that opens with one is the template's example row as a
 * whole; a placeholder is its brackets and words. Same length, so every offset stays.
 */

/** "Exempel:" / "Exempelvis:" opening a line, a cell or a sentence (not "exempel på …" inside a sentence). */
const EXAMPLE = /(?<=^[ \t]*(?:[-*•][ ]+)?|\t[ ]*|[.:!?)][ ]+)(?:exempel(?:vis)?|ex\.)[ ]*:/gimu;
/** A placeholder: "[Ange belopp]", "[ange procentsats]", "<fyll i antal>", "<datum>", "[XXXX]", "[…]". */
const PLACEHOLDER = /\[(?:ange|fyll i|skriv|infoga|namn|datum|belopp|x{2,}|…|\.{3})[^\]\n]{0,60}\]|<(?:ange|fyll i|skriv|infoga|namn|datum|belopp)[^>\n]{0,60}>/giu;

const blankKeepTabs = (s: string) => s.replace(/[^\n\t]/g, ' ');

/**
 * The text with every template example and placeholder blanked.
 * @example blankTemplateGuidance('Antal platser: 12. Exempel: 20 platser.') // 'Antal platser: 12.                   '
 */
export function blankTemplateGuidance(text: string): string {
  if (!/exempel|ex\.\s*:|[[<]/i.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let out = lines[i].replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
    for (const m of [...out.matchAll(EXAMPLE)]) {
      const at = m.index;
      const before = out.slice(0, at);
      // A table row opening with the example is the template's example row: blank the row, keep its cells.
      if (out.includes('\t') && !before.replace(/[-*•\s]/g, '')) {
        out = blankKeepTabs(out);
        break;
      }
      const tab = out.indexOf('\t', at);
      const end = tab < 0 ? out.length : tab;
      // An example row whose label a PDF wrapped around the row's cells ("Exempel: Lokalhyra (exempelrad –" / "Kommunen
      // ⇥ 100 000 kr" / "ska tas bort)"): the example goes on until its parenthesis closes, its row's cells with it.
      const open = tab < 0 && !before.replace(/[-*•\s]/g, '') ? unclosed(out.slice(at)) : 0;
      if (open > 0) blankUntilClosed(lines, i, open);
      out = out.slice(0, at) + ' '.repeat(end - at) + out.slice(end);
    }
    lines[i] = out;
  }
  return lines.join('\n');
}

/** How many parentheses a text leaves open. */
function unclosed(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth;
}

/**
 * Blanks the lines after `at` up to the one that closes `open` parentheses (at most three lines: a wrapped cell, not a
 * paragraph); none when no such line follows, or a blank line comes first.
 */
function blankUntilClosed(lines: string[], at: number, open: number): void {
  let depth = open;
  for (let k = at + 1; k < lines.length && k <= at + 3; k++) {
    if (!lines[k].trim()) return;
    depth += (lines[k].match(/\(/g)?.length ?? 0) - (lines[k].match(/\)/g)?.length ?? 0);
    if (depth <= 0) {
      for (let j = at + 1; j <= k; j++) lines[j] = blankKeepTabs(lines[j]);
      return;
    }
  }
}
