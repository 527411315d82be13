import type { Line, SourceDoc } from './source';

/**
 * An e-mail that carries the agreement: Outlook-style header lines ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:",
 * or the English ones), a greeting and a few lines of message, often the agreement pasted between rule lines
 * ("-----"), a signature and a quoted earlier message. The header lines and the greeting are no title: the
 * agreement's own front matter starts where the pasted text starts, or else right after the headers.
 */
export interface Envelope {
  /** The "Ämne:" line's subject without "SV:"/"VB:"/"RE:"/"FW:", with its offsets in `doc.text`. */
  subject: { text: string; start: number; end: number } | null;
  /** Index of the first line of the message itself (after the header lines). */
  bodyFrom: number;
  /** Index of the first line after the rule line that starts a pasted document, or null when there is none. */
  pastedFrom: number | null;
}

const HEADER = /^\s*(?:från|skickat|till|kopia|ämne|datum|from|sent|to|cc|subject|date)\s*:(?:\s+\S|\s*$)/iu;
const SENDER = /^\s*(?:från|from)\s*:/iu;
const ABOUT = /^\s*(?:ämne|subject|till|to|skickat|sent)\s*:/iu;
const SUBJECT = /^(\s*(?:ämne|subject)\s*:\s*)((?:(?:sv|vb|re|fw|fwd|vs|aw)\s*:\s*)*)(.*?)\s*$/iu;
/** A line of dashes, underscores or equals signs between the message and the pasted text. */
const RULE = /^\s*(?:-{4,}|_{4,}|={4,}|\*{4,})\s*$/u;
/** A greeting ("Hej Mikael!", "Hälsningar"): an e-mail's words, never a title. */
export const GREETING = /^(?:hej|hejsan|hallå|hi|hello|dear|kära|god\s+(?:morgon|dag|eftermiddag|kväll)|goddag|till\s+berörda|(?:med\s+)?vänlig(?:a)?\s+hälsning(?:ar)?|bästa\s+hälsningar|hälsningar|mvh)(?!\p{L})/iu;
/** How far into the message a pasted document may start: a greeting and a few paragraphs. */
const MAX_MESSAGE_LINES = 40;

/**
 * The e-mail's envelope when the document starts with at least two header lines, one of them the sender's; null
 * for any other document.
 *
 * @example emailEnvelope(buildSource('Från: A\nÄmne: IOP\n\nHej!\n-----\nÖverenskommelse')) // { subject: { text: 'IOP', … }, bodyFrom: 2, pastedFrom: 5 }
 */
export function emailEnvelope(doc: SourceDoc): Envelope | null {
  const lines = doc.lines;
  let i = 0;
  while (i < lines.length && lines[i].blank) i++;
  const first = i;
  const headers: Line[] = [];
  for (; i < lines.length && !lines[i].blank && HEADER.test(lines[i].text); i++) headers.push(lines[i]);
  if (headers.length < 2 || !SENDER.test(lines[first].text) || !headers.some((l) => ABOUT.test(l.text))) return null;
  const bodyFrom = i;
  let subject: Envelope['subject'] = null;
  for (const line of headers) {
    const m = SUBJECT.exec(line.text);
    if (!m || !m[3]) continue;
    const start = line.start + m[1].length + m[2].length;
    subject = { text: m[3], start, end: start + m[3].length };
  }
  let pastedFrom: number | null = null;
  // A message that opens with a greeting and then pastes a document after a rule line; without the greeting a
  // rule line may be the document's own (a memo sent with a header block), and the front starts after the headers.
  let opening = bodyFrom;
  while (opening < lines.length && lines[opening].blank) opening++;
  const greets = opening < lines.length && GREETING.test(lines[opening].text.trim());
  for (let j = bodyFrom; greets && j < Math.min(lines.length, bodyFrom + MAX_MESSAGE_LINES); j++) {
    if (HEADER.test(lines[j].text) && SENDER.test(lines[j].text)) break;
    if (!RULE.test(lines[j].text)) continue;
    let k = j + 1;
    while (k < lines.length && lines[k].blank) k++;
    if (k < lines.length) pastedFrom = k;
    break;
  }
  return { subject, bodyFrom, pastedFrom };
}

/** Index of the first line of the document's own front matter: after an e-mail's envelope, else 0. */
export function frontStart(doc: SourceDoc): number {
  const envelope = emailEnvelope(doc);
  return envelope ? envelope.pastedFrom ?? envelope.bodyFrom : 0;
}
