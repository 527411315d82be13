import { findAmounts } from '../fields/amounts';
import type { SourceDoc } from '../text/source';
import { scaleOf } from './cells';
import { SCALE_NOTE } from './vocabulary';

/**
 * The one rule for where a table's scale comes from, for every kind of table (an agreement's cost table, an
 * overview, a decision memo's table of partnerships): the header's own unit first ("Belopp (tkr)"; "kr" or
 * "Kronor" there says kronor whatever a sentence says), else a sentence just above the table ("Beloppen i
 * tabellen anges i tusentals kronor (tkr) per år.", "Tabell 1. Belopp i mnkr"), else kronor.
 *
 * @example tableScale(doc, headerLine.index, 0, 'Regionens bidrag') // 1000 under "Beloppen anges i tkr."
 */
export function tableScale(doc: SourceDoc, at: number, from: number, headerText: string): number {
  return scaleOf(headerText) ?? (/(?<!\p{L})(?:kr|kronor|sek)(?!\p{L})/iu.test(headerText) ? 1 : noteScaleBefore(doc, at, from)) ?? 1;
}

/**
 * The up to four lines of text just above a table (blank lines skipped, stopping at another table), nearest first;
 * with `opening`, also the line that opened the table's range (its section's heading or caption, just above `from`).
 */
export function sentencesBefore(doc: SourceDoc, at: number, from: number, opening = false): string[] {
  const out: string[] = [];
  for (let i = at - 1; i >= (opening ? Math.max(0, from - 1) : from) && out.length < 4; i--) {
    const line = doc.lines[i];
    if (line.blank) continue;
    if (line.cells) break;
    out.push(line.text);
  }
  return out;
}

/**
 * The scale the sentences just before a table give its numbers ("Belopp i tusentals kronor (tkr)."), or the heading
 * of its section ("Finansiering (tkr per år)"). A line that states an amount of its own ("Nämndens kostnad blir 0,55
 * mnkr per år.") names that amount's unit, not the table's.
 */
export function noteScaleBefore(doc: SourceDoc, at: number, from: number): number | null {
  const note = sentencesBefore(doc, at, from, true).find((text) => SCALE_NOTE.test(text) && findAmounts(text).length === 0);
  return note === undefined ? null : scaleOf(note);
}

/** A money unit named in kronor ("(kronor per år)", "Belopp i kr", "SEK"). */
const KRONOR_WORD = /(?<!\p{L})(?:kr|kronor|sek)(?!\p{L})/iu;

/**
 * The unit the heading that opens an economy range names for the bare figures under it ("D. EKONOMI (kronor per
 * år)", "Ekonomi (tkr)"): kronor 1, tkr 1 000, mnkr 1 000 000; null when the heading names no unit or states an
 * amount of its own (then its unit is that amount's, not the figures').
 * @example headingScale(doc, 40) // 1 under "EKONOMI (kronor per år)"
 */
export function headingScale(doc: SourceDoc, from: number): number | null {
  const heading = from > 0 ? doc.lines[from - 1] : undefined;
  if (!heading || heading.cells || heading.blank || findAmounts(heading.text).length) return null;
  return scaleOf(heading.text) ?? (KRONOR_WORD.test(heading.text) ? 1 : null);
}
