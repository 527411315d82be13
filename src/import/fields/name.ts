import { Extracted, found, provenance } from './field';
import { SourceDoc, Paragraph } from '../text/source';
import { buildOutline, cleanName, frontName } from '../text/outline';
import { squash } from '../text/normalize';

export function titleParagraph(doc: SourceDoc): Paragraph | null {
  return doc.paragraphs.find((p) => p.text.length > 0) ?? null;
}

const QUOTED = /(?:avseende|benämn\p{L}*|kalla[dts]?|projektet|partnerskap(?:et)?|överenskommelsen|insatsen|verksamheten|IOP)(?:\s*[–:-]\s+|:\s*|\s+)[”"“]([^”"“\n]{2,80})[”"“]/iu;
/** A title that names only the kind of document; the agreement's name then stands on the next line. */
const KIND_ONLY = /^(?:(?:överenskommelse|avtal)(?:\s+om)?\s+)?(?:iop|idéburet offentligt partnerskap|partnerskap)$|^(?:överenskommelse|avtal|partnerskapsavtal|tjänsteskrivelse)$/i;
const GENERIC = /^(iop|idéburet offentligt partnerskap|överenskommelse\b.*|avtal\b.*|tjänsteskrivelse)$/i;
/** A title that names only the kind and the parties: "Idéburet offentligt partnerskap mellan A och B". */
const KIND_BETWEEN = /^(?:(?:överenskommelse|avtal)(?:\s+om)?\s+)?(?:iop|idéburet offentligt partnerskap|partnerskap)\s+mellan\s/i;
/** A line that gives the kind and then the name: "Överenskommelse om IOP: Nattcafé Vilan", "IOP – Nattcafé Vilan". */
const KIND_THEN_NAME = /^(?:(?:överenskommelse|avtal)(?:\s+om)?\s+)?(?:iop|idéburet offentligt partnerskap|partnerskap)\s*[:–-]\s*(\p{Lu}[^.:;\n]{1,79})$/iu;

/** The agreement's own name: a quoted name in the preamble, else the title with "Revidering av IOP" and the party removed. */
export function extractName(doc: SourceDoc, civilNames: string[]): Extracted<string> {
  const q = QUOTED.exec(doc.prose.slice(0, 6000));
  if (q) {
    const start = q.index + q[0].indexOf(q[1]);
    return found(q[1].replace(/\s+/g, ' ').trim(), [provenance('name', doc.text, start, start + q[1].length)]);
  }
  // The front matter read as structure: a letterhead, a Dnr or a document type is never the name.
  const fromFront = frontName(buildOutline(doc));
  if (fromFront?.kind === 'kindName' && fromFront.name) {
    return found(fromFront.name, [provenance('name', doc.text, fromFront.start, fromFront.end)]);
  }
  if (fromFront) {
    const cleaned = cleanName(cleanTitle(fromFront.text, civilNames));
    if (cleaned) return found(cleaned, [provenance('name', doc.text, fromFront.start, fromFront.end)]);
  }
  const title = titleParagraph(doc);
  if (!title) return found('Namnlös överenskommelse', [], [{ code: 'MISSING_FIELD', field: 'name', message: 'Dokumentet har ingen rubrik.' }]);
  // "Idéburet offentligt partnerskap mellan A och B" followed by "Överenskommelse om IOP: X": X is the name.
  const titleFirst = squash(title.lines[0].text);
  if (KIND_BETWEEN.test(titleFirst) || KIND_ONLY.test(titleFirst)) {
    const after = doc.paragraphs[doc.paragraphs.indexOf(title) + 1];
    const candidates = [...title.lines.slice(1), ...(after ? after.lines.slice(0, 1) : [])];
    for (const line of candidates) {
      const m = KIND_THEN_NAME.exec(squash(line.text));
      if (!m) continue;
      const start = line.start + line.text.indexOf(m[1]);
      return found(squash(m[1]), [provenance('name', doc.text, start, start + m[1].length)]);
    }
  }
  // The name on the title's second line (PDF text) or in the paragraph after it.
  const firstLine = squash(title.lines[0].text);
  const next =
    title.lines.length > 1 && KIND_ONLY.test(firstLine)
      ? { text: squash(title.lines.slice(1).map((l) => l.text).join(' ')), start: title.lines[1].start, end: title.end }
      : KIND_ONLY.test(title.text)
        ? doc.paragraphs[doc.paragraphs.indexOf(title) + 1]
        : undefined;
  if (next && next.text.length <= 60 && /^\p{Lu}/u.test(next.text) && !/[.:;,]$|\d/.test(next.text) && next.text.split(' ').length <= 6) {
    return found(next.text, [provenance('name', doc.text, next.start, next.end)]);
  }
  return found(cleanTitle(title.text, civilNames).slice(0, 200), [provenance('name', doc.text, title.start, title.end)]);
}

/** A title without "Revidering av IOP", a leading "IOP –", a type before a dash, a trailing party or quotation marks. */
function cleanTitle(text: string, civilNames: string[]): string {
  let name = text
    .replace(/^(revidering|förlängning|förnyelse|ändring|uppföljning)\s+av\s+/i, '')
    .replace(/^(IOP|idéburet offentligt partnerskap)(?:\s*[–:-]\s*|\s+)(?!,)/i, '');
  const dashed = /^(?:överenskommelse|avtal)\b.{0,80}?\s[–-]\s(.{2,80})$/i.exec(name);
  if (dashed) name = dashed[1];
  const comma = name.lastIndexOf(',');
  if (comma > 0 && civilNames.some((c) => name.slice(comma + 1).trim().toLowerCase() === c.toLowerCase())) {
    const head = name.slice(0, comma).trim();
    if (!GENERIC.test(head)) name = head;
    else name = text;
  }
  // A name that is only a quotation ("”Trygga vägar”") is the name without its quotation marks.
  const unquoted = /^[”"“]([^”"“]+)[”"“]$/u.exec(name.trim());
  return unquoted ? unquoted[1] : name;
}
