/**
 * An e-mail's quoted older message: lines that start with ">" (a reply's quotation of an earlier draft, "> I förra
 * versionen låg kommunens ledarlöner på 30 000 kr/mån …"). When the message itself says something with an amount,
 * the quotation is superseded material: it is blanked (same length, so every offset stays) and nothing is read from
 * it. A document that is nothing but quotation (a forwarded agreement) keeps it.
 *
 * @example blankQuotedMessage('Totalt 804 000 kr.\n> Förra versionen: 96 000 kr') // 'Totalt 804 000 kr.\n                          '
 */
export function blankQuotedMessage(text: string): string {
  if (!/^[ \t]*>/m.test(text)) return text;
  const lines = text.split('\n');
  const quoted = (line: string) => /^[ \t]*>/.test(line);
  const ownAmount = lines.some((line) => !quoted(line) && /\d\s*(?:kr|kronor|sek|tkr)(?!\p{L})/iu.test(line));
  if (!ownAmount) return text;
  return lines.map((line) => (quoted(line) ? ' '.repeat(line.length) : line)).join('\n');
}
