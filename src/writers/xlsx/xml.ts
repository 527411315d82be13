/** Characters XML 1.0 does not allow at all (a pasted control character must not make the file unreadable). */
/* eslint-disable no-control-regex -- matching control characters is the point of these expressions */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/;
const SPECIAL_ATTR = /[&<>"\u0000-\u0008\u000A\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

/** Text content of an element. Most cell text needs no escaping, so the common case only tests. */
export function escapeText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  // A bare \r would be read back as \n (XML end-of-line handling), so it is written as a character reference.
  return s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes. */
export function escapeAttr(s: string): string {
  if (!SPECIAL_ATTR.test(s)) return s;
  return s
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  drawingMl: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
} as const;

export const REL_TYPE = {
  officeDocument: `${NS.rel}/officeDocument`,
  worksheet: `${NS.rel}/worksheet`,
  styles: `${NS.rel}/styles`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  theme: `${NS.rel}/theme`,
  table: `${NS.rel}/table`,
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationshipsXml(rels: readonly Relationship[]): string {
  return (
    XML_HEAD +
    `<Relationships xmlns="${NS.pkgRel}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttr(r.target)}"/>`).join('') +
    '</Relationships>'
  );
}
