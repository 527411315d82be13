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
  const lines = text.split('\n').map((line) => {
    let out = line.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
    for (const m of [...out.matchAll(EXAMPLE)]) {
      const at = m.index;
      const before = out.slice(0, at);
      // A table row opening with the example is the template's example row: blank the row, keep its cells.
      if (out.includes('\t') && !before.replace(/[-*•\s]/g, '')) return blankKeepTabs(out);
      const tab = out.indexOf('\t', at);
      const end = tab < 0 ? out.length : tab;
      out = out.slice(0, at) + ' '.repeat(end - at) + out.slice(end);
    }
    return out;
  });
  return lines.join('\n');
}
