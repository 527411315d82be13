import type { SourceDoc } from './source';
import { squash } from './normalize';

/** The value of one label/value table row, with its offsets in `doc.text` (one home for such rows). */
export interface LabelledValue {
  /** The label cell as written, without a closing colon or Markdown emphasis. */
  label: string;
  /** The value cells, squashed and joined by a space. */
  text: string;
  start: number;
  end: number;
  /** Where the label cell starts. */
  labelStart: number;
}

/** A label cell is short: a longer first cell is a sentence of a table, not a label. */
const MAX_LABEL = 60;
/** A row's number in a numbered checklist or form: "1", "2.", "3)", "4.2", "a)", "§ 5", "Punkt 6". */
const ROW_NUMBER = /^(?:(?:punkt|nr\.?)\s*)?(?:\d{1,3}(?:\.\d{1,2})*[.)]?|[a-z][.)]|§\s*\d{1,3})$/iu;
/**
 * A status cell after the value: a tick or a cross ("✔", "✓", "☑", "☒", "[x]", "X") or a done/OK word ("Klart",
 * "Ja", "OK", "Uppfyllt", "Godkänd"). Only trailing, and only with a value before it (a lone "Ja" is the value).
 */
const STATUS_MARK = /^(?:[✔✓☑☒✅✗✘xX]|\[[ ]?[xX✓✔]?[ ]?\]|klart?|ja|ok|okej|uppfyllt?|godkänd|godkänt|kontrollerad|kontrollerat|ifylld|ifyllt)$/iu;

/**
 * A small template lays the agreement out as a two-column table of labels and values ("Benämning | Träffpunkt X",
 * "Avtalstid | Verksamhetsåret 2026", "Giltighetstid: | 2026-01-01 – 2026-12-31"). The sentence reader splits a row
 * at its tabs, so the label and its value are never one sentence; this gives the value of every row whose label
 * matches `label` (tested on the label without a closing colon or `**`). One pass over the lines.
 *
 * @example labelledValues(buildSource('Benämning\tTräffpunkt X'), /^benämning$/i) // [{ label: 'Benämning', text: 'Träffpunkt X', start: 10, end: 22, labelStart: 0 }]
 */
export function labelledValues(doc: SourceDoc, label: RegExp, below = false): LabelledValue[] {
  const out: LabelledValue[] = [];
  for (const line of doc.lines) {
    if (below && !line.cells && !line.blank) {
      const value = valueBelow(doc, line, label);
      if (value) out.push(value);
      continue;
    }
    if (!line.cells || line.blank) continue;
    doc.budget?.tick();
    const pieces: { text: string; start: number; end: number }[] = [];
    let at = 0;
    for (const raw of line.text.split('\t')) {
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim()) pieces.push({ text: raw, start: line.start + at + lead, end: line.start + at + raw.trimEnd().length });
      at += raw.length + 1;
    }
    // A checklist numbers its rows and ticks them off ("1 | Partnerskapets namn | X | ✔"): the row's number before
    // the label and the status marks after the value are neither label nor value.
    if (pieces.length >= 3 && ROW_NUMBER.test(squash(pieces[0].text))) pieces.shift();
    while (pieces.length >= 3 && STATUS_MARK.test(squash(pieces[pieces.length - 1].text))) pieces.pop();
    if (pieces.length < 2) continue;
    const name = squash(pieces[0].text).replace(/^[*_]+|[*_]+$/g, '').replace(/\s*:$/, '').trim();
    if (!name || name.length > MAX_LABEL || !label.test(name)) continue;
    const rest = pieces.slice(1);
    out.push({ label: name, text: squash(rest.map((p) => p.text).join(' ')), start: rest[0].start, end: rest[rest.length - 1].end, labelStart: pieces[0].start });
  }
  return out;
}

/**
 * A label alone on its line with its value as the next paragraph, as a text box, a form field or a cover sheet
 * sets them ("Partnerskapets namn" / "Träffpunkt X"): only where the caller asks (`below`), since a heading such
 * as "Avtalstid" is also a label alone on its line, with a section under it rather than a value.
 */
function valueBelow(doc: SourceDoc, line: SourceDoc['lines'][number], label: RegExp): LabelledValue | null {
  const name = squash(line.text).replace(/^[*_#\s]+|[*_]+$/g, '').replace(/\s*:$/, '').trim();
  if (!name || name.length > MAX_LABEL || !label.test(name)) return null;
  let k = line.index + 1;
  while (k < doc.lines.length && doc.lines[k].blank) k++;
  const next = doc.lines[k];
  if (!next || next.cells) return null;
  const lead = next.text.length - next.text.trimStart().length;
  const labelLead = line.text.length - line.text.trimStart().length;
  return { label: name, text: squash(next.text), start: next.start + lead, end: next.start + next.text.trimEnd().length, labelStart: line.start + labelLead };
}
