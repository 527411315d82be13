/**
 * An e-mail's quoted older message: lines that start with ">" (a reply's quotation of an earlier draft, "> I förra
 * versionen låg kommunens ledarlöner på 30 000 kr/mån …"). When the message itself says something with an amount,
 * the quotation is superseded material: it is blanked (same length, so every offset stays) and nothing is read from
 * it. A document that is nothing but quotation (a forwarded agreement) keeps it, and so does a block the document
 * cites as its own text (a line of its own that ends in a colon leads into it, and the document goes on after it: "Budgeten
 * nedan är kopierad från föreningens mejl:"): its ">" markers become spaces (offsets kept) and its lines read as the
 * document's.
 *
 * @example blankQuotedMessage('Totalt 804 000 kr.\n> Förra versionen: 96 000 kr') // 'Totalt 804 000 kr.\n                          '
 */
export function blankQuotedMessage(text: string): string {
  if (!/^[ \t]*>/m.test(text)) return text;
  const lines = text.split('\n');
  const quoted = (line: string) => /^[ \t]*>/.test(line);
  // A block the document cites as its own text keeps its words; only the markers go.
  const cited = citedLines(lines, quoted);
  const unmarked = lines.map((line, i) => (cited.has(i) ? line.replace(/^([ \t]*)>+/, (m, lead: string) => lead + ' '.repeat(m.length - lead.length)) : line));
  const ownAmount = unmarked.some((line, i) => (cited.has(i) || !quoted(line)) && /\d\s*(?:kr|kronor|sek|tkr)(?!\p{L})/iu.test(line));
  if (!ownAmount) return unmarked.join('\n');
  return unmarked.map((line, i) => (quoted(line) && !cited.has(i) ? ' '.repeat(line.length) : line)).join('\n');
}

/**
 * A line that leads the document's own text into a quotation it takes over: it ends in a colon ("Budgeten nedan är
 * kopierad från föreningens mejl …:", "Enligt sökandens beräkning:"). Not a reply's attribution ("Den 12 maj 2028
 * skrev Anna <a@b.se>:", "On … wrote:") and no e-mail header ("Från:", "Ämne: …").
 */
const CITING_LEAD = /:\s*$/u;
const ATTRIBUTION = /(?<!\p{L})(?:skrev|wrote|schrieb|kirjoitti)(?!\p{L})|@|^\s*(?:från|skickat|till|kopia|ämne|datum|from|sent|to|cc|subject|date)\s*:/iu;

/**
 * The quoted lines of blocks the document cites (a budget pasted from an e-mail, introduced by a line of its own
 * that ends in a colon, with the document's text going on after it): the document's words, not a superseded message.
 */
function citedLines(lines: string[], quoted: (line: string) => boolean): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    if (!quoted(lines[i])) {
      i++;
      continue;
    }
    const first = i;
    while (i < lines.length && quoted(lines[i])) i++;
    let lead = first - 1;
    while (lead >= 0 && !lines[lead].trim()) lead--;
    const goesOn = lines.slice(i).some((line) => line.trim() && !quoted(line));
    if (lead >= 0 && CITING_LEAD.test(lines[lead]) && !ATTRIBUTION.test(lines[lead]) && goesOn) for (let k = first; k < i; k++) out.add(k);
  }
  return out;
}
