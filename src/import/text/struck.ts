/**
 * A decision that strikes a numbered clause of what it approves: "Punkt 6.3 utgår", "§ 7 stryks", "avsnitt 4.2 utgår
 * ur förslaget", "6.3 utgår". The struck clause (the line that starts with that number, its sub-clauses "6.3.1" and the
 * lines that go on from it) says nothing about the agreement any more: it is blanked (spaces, line breaks kept, so
 * every offset stays the document's) before any field is read. Only a clause that stands before the striking words
 * is blanked: the decision's own list is never. "Utgår" must end its clause: "ersättning enligt punkt 5.2 utgår med
 * 75 000 kr per kvartal" is paid out, not struck.
 *
 * @example blankStruckClauses('6.3 Bidraget räknas upp med 2 %.\n\nBeslut: Punkt 6.3 utgår.')
 * // '                                \n\nBeslut: Punkt 6.3 utgår.'
 */
const STRUCK = /(?<!\p{L})(?:(?:punkt(?:en)?|avsnitt(?:et)?|§|paragraf(?:en)?|moment(?:et)?)\s*(\d{1,2}(?:\.\d{1,2}){0,2})|(?<![\d.,])(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?))(?![\d,])\.?\s+(?:(?:i|ur|av)\s+(?:förslaget|överenskommelsen|avtalet)\s+)?(?:utgår|stryks)(?!\p{L})(?=[ \t]*(?:(?:ur|i|från)\s+(?:förslaget|överenskommelsen|avtalet))?[ \t]*(?:[.;,)\n]|$|och\s))/giu;
/** A line that opens a numbered clause: "6.3 Vi föreslår …", "§ 6 Uppräkning", "7. Avtalstid", "6.3. Text". */
const CLAUSE_START = /^[ \t]*(?:§[ \t]*|punkt[ \t]+)?(\d{1,2}(?:\.\d{1,2}){0,2})\.?(?:[ \t]+|$)/iu;
/** A rule of dashes or underscores that separates two documents (a proposal and the decision on it). */
const SEPARATOR = /^[ \t]*[-_=–—*]{5,}[ \t]*$/u;
/** How far a struck clause may run: a clause is a few paragraphs, never a document. */
const MAX_LINES = 40;

export function blankStruckClauses(text: string): string {
  if (!/utgår|stryks/i.test(text)) return text;
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const blank = new Set<number>();
  for (const m of text.matchAll(STRUCK)) {
    const number = m[1] ?? m[2];
    let phraseLine = starts.findIndex((s, i) => s <= m.index && (i + 1 >= starts.length || starts[i + 1] > m.index));
    if (phraseLine < 0) phraseLine = lines.length;
    const first = lines.findIndex((line, i) => i < phraseLine && CLAUSE_START.exec(line)?.[1] === number);
    if (first < 0) continue;
    blank.add(first);
    for (let i = first + 1; i < Math.min(phraseLine, first + MAX_LINES); i++) {
      const line = lines[i];
      const marker = CLAUSE_START.exec(line)?.[1];
      if (SEPARATOR.test(line)) break;
      // The next clause of another number ends it; a sub-clause ("6.3.1") is part of it.
      if (marker !== undefined && marker !== number && !marker.startsWith(`${number}.`) && /\S/.test(line.slice(line.indexOf(marker) + marker.length))) break;
      // A blank line before a heading-like line (short, no sentence's end) ends it too.
      if (!line.trim()) {
        const next = lines.slice(i + 1).find((l) => l.trim());
        if (next !== undefined && next.trim().length <= 60 && !/[.,;:]$/.test(next.trim()) && !/^\p{Ll}/u.test(next.trim())) break;
        continue;
      }
      blank.add(i);
    }
  }
  if (!blank.size) return text;
  return lines.map((line, i) => (blank.has(i) ? ' '.repeat(line.length) : line)).join('\n');
}
