/**
 * A small XML scanner for the parts of an .xlsx that the workbook reader needs (SpreadsheetML: workbook,
 * relationships, worksheets, tables, shared strings). One linear pass with indexOf, no backtracking, no DTD
 * and no entities beyond XML's five and character references: a hostile file costs time in proportion to its
 * size, and the caller caps the size. Element and attribute names are given without their namespace prefix
 * ("x:c" is "c"), as SpreadsheetML written by other programs sometimes prefixes them.
 */

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

export interface XmlHandler {
  open?: (name: string, attrs: Record<string, string>, selfClosing: boolean) => void;
  close?: (name: string) => void;
  /** Character data between tags, entities decoded (CDATA sections as they are). */
  text?: (text: string) => void;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five entities and character references; anything else is refused (no DTD declares more). */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/g, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    const named = NAMED[e];
    if (named === undefined) throw new XmlError(`okänd entitet ${m}`);
    return named;
  });
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** The attributes of one tag's inside (after its name), by local name; xml:space and the like keep their prefix. */
function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && s.charCodeAt(i) <= 32) i++;
    if (i >= n || s[i] === '/') break;
    const eq = s.indexOf('=', i);
    if (eq < 0) throw new XmlError('ett attribut saknar värde');
    const name = s.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && s.charCodeAt(q) <= 32) q++;
    const quote = s[q];
    if (quote !== '"' && quote !== "'") throw new XmlError('ett attributvärde saknar citattecken');
    const end = s.indexOf(quote, q + 1);
    if (end < 0) throw new XmlError('ett attributvärde tar aldrig slut');
    out[name.startsWith('xml:') || name.startsWith('xmlns') ? name : localName(name)] = decodeEntities(s.slice(q + 1, end));
    i = end + 1;
  }
  return out;
}

/**
 * Calls the handler for each element and text of `xml`, in order. Comments and processing instructions are
 * skipped; a DOCTYPE is refused (no SpreadsheetML part has one, and a DTD is how entity bombs arrive).
 * `onElement` is called once per opening tag, so the caller can charge a budget as the scan goes.
 */
export function scanXml(xml: string, handler: XmlHandler, onElement?: () => void): void {
  const { open, close, text } = handler;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (stop > i && text) text(decodeEntities(xml.slice(i, stop)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlError('en instruktion tar aldrig slut');
      i = end + 2;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlError('en kommentar tar aldrig slut');
        i = end + 3;
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw new XmlError('ett CDATA-avsnitt tar aldrig slut');
        if (text) text(xml.slice(lt + 9, end));
        i = end + 3;
        continue;
      }
      throw new XmlError('filen har en DOCTYPE-deklaration, vilket ingen Excel-fil har');
    }
    // The tag ends at the first ">" outside quotes.
    let j = lt + 1;
    let quote = 0;
    for (; j < n; j++) {
      const c = xml.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3e) break;
    }
    if (j >= n) throw new XmlError('en tagg tar aldrig slut');
    const inside = xml.slice(lt + 1, j);
    i = j + 1;
    if (inside[0] === '/') {
      if (close) close(localName(inside.slice(1).trim()));
      continue;
    }
    if (onElement) onElement();
    const selfClosing = inside.endsWith('/');
    const body = selfClosing ? inside.slice(0, -1) : inside;
    let k = 0;
    while (k < body.length && body.charCodeAt(k) > 32 && body[k] !== '/') k++;
    const name = localName(body.slice(0, k));
    if (!name) throw new XmlError('en tagg saknar namn');
    if (open) open(name, k < body.length ? attributes(body.slice(k)) : {}, selfClosing);
    if (selfClosing && close) close(name);
  }
}
