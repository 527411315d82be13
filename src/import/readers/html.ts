import type { Budget } from '../budget';

/**
 * mammoth's HTML to the common text form without a DOM (the same code runs in Node and the task pane):
 * each paragraph, heading and list item is a paragraph (blank line between), `<br>` a line break, and each
 * table row one line of tab-separated cells. A layout table's cells become paragraphs, so that the tables nested in
 * them are tables (unwrapLayoutTables); a table nested deeper than that is flattened into its cell.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

interface RawCell {
  text: string;
  colspan: number;
  rowspan: number;
  header: boolean;
}

function spanOf(attrs: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d{1,3})`, 'i').exec(attrs);
  return m ? Math.max(1, Math.min(63, Number(m[1]))) : 1;
}

/**
 * A Word table's rows on its grid, so that every cell stays in its column: a cell merged vertically (vMerge,
 * `rowspan`) is repeated in the rows it covers (the party named once beside its rows belongs to each of them);
 * a cell merged horizontally (gridSpan, `colspan`) keeps its text in its first column and leaves the others
 * empty, except in header rows, where the text stands over each column it spans ("Belopp (kr)" over 2025 and
 * 2026). Header rows that a vertically merged header cell holds together are one header line.
 */
export function tableGrid(rows: RawCell[][]): string[][] {
  const grid: string[][] = [];
  const headerRows: boolean[] = [];
  let pending: { text: string; left: number }[] = [];
  for (const row of rows) {
    const cells: string[] = [];
    let col = 0;
    const take = () => {
      while (pending[col] && pending[col].left > 0) {
        cells[col] = pending[col].text;
        pending[col].left--;
        col++;
      }
    };
    take();
    const header = row.length > 0 && row.every((c) => c.header);
    for (const c of row) {
      take();
      for (let k = 0; k < c.colspan; k++) {
        cells[col + k] = k === 0 || header ? c.text : '';
        if (c.rowspan > 1) pending[col + k] = { text: k === 0 || header ? c.text : '', left: c.rowspan - 1 };
      }
      col += c.colspan;
    }
    take();
    pending = pending.map((p) => (p && p.left > 0 ? p : { text: '', left: 0 }));
    grid.push(Array.from({ length: cells.length }, (_, i) => cells[i] ?? ''));
    headerRows.push(header);
  }
  // The first rows held together by a vertically merged header cell ("Part" over two header rows) are one line.
  const span = rows.length ? Math.max(1, ...rows[0].map((c) => c.rowspan)) : 1;
  const headed = span > 1 && span < rows.length && rows.slice(0, span).every((r) => r.every((c) => c.header || !/\d{3}/.test(c.text)));
  if (!headed) return grid;
  const merged = grid[0].map((_, i) => {
    const parts: string[] = [];
    for (const r of grid.slice(0, span)) if (r[i] && !parts.includes(r[i])) parts.push(r[i]);
    return parts.join(' ');
  });
  return [merged, ...grid.slice(span)];
}

const RAISED = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Digits written raised (Word's superscript): "2" → "²". */
const raised = (text: string) => text.replace(/\d/g, (d) => RAISED[Number(d)]);

/**
 * The body of a Word footnote or endnote, as mammoth writes it after the text: an amount or a date there explains
 * the body's ("Beloppet ersätter det projektbidrag om 40 000 kronor …", "budgetramen räknas upp med 2,8 procent"), it
 * is no term of the agreement. Left out, as a PDF's footnote bodies are (text/source.ts, dropDebris); the marker in
 * the text stays raised ("[¹]").
 */
const FOOTNOTE_BODY = /\bid\s*=\s*["']?(?:footnote|endnote)-/i;

/** The tags of a table's own structure, which a layout table loses (unwrapLayoutTables). */
const TABLE_TAG = /<(\/?)(table|tbody|thead|tfoot|tr|td|th)\b[^>]*>/gi;
/** How many levels of layout tables are unwrapped; a table nested deeper is flattened into its cell, as before. */
const LAYOUT_LEVELS = 4;

/**
 * A layout table — a Word file laid out as a table ("§ 5 Ekonomi" | the section's text), whose cells hold tables of
 * their own (the parties, the economy) — is no table of data: its own rows and cells become paragraphs, so that the
 * tables inside its cells are read as the tables they are, row by row. A table with no table inside it is left as
 * it is. One pass over the table tags per level.
 * @example unwrapLayoutTables('<table><tr><td><p>§ 5</p></td><td><table><tr><td>Kommunen</td><td>640 tkr</td></tr></table></td></tr></table>')
 * // '<div><div><p>§ 5</p></div><div><table><tr><td>Kommunen</td><td>640 tkr</td></tr></table></div></div>'
 */
export function unwrapLayoutTables(html: string): string {
  for (let level = 0; level < LAYOUT_LEVELS; level++) {
    const tags = [...html.matchAll(TABLE_TAG)];
    // The outermost tables that hold another table: [start, end) of each, as indexes into tags.
    const layouts: [number, number][] = [];
    let depth = 0;
    let open = -1;
    let nested = false;
    tags.forEach((t, k) => {
      if (t[2].toLowerCase() !== 'table') return;
      if (t[1] !== '/') {
        depth++;
        if (depth === 1) [open, nested] = [k, false];
        else nested = true;
      } else if (depth > 0) {
        depth--;
        if (depth === 0 && nested) layouts.push([open, k]);
      }
    });
    if (!layouts.length) return html;
    const drop = new Set<number>();
    for (const [from, to] of layouts) {
      let d = 0;
      for (let k = from; k <= to; k++) {
        const tag = tags[k][2].toLowerCase();
        const closing = tags[k][1] === '/';
        if (tag === 'table' && !closing) d++;
        if (d === 1) drop.add(k);
        if (tag === 'table' && closing) d--;
      }
    }
    let out = '';
    let at = 0;
    tags.forEach((t, k) => {
      if (!drop.has(k)) return;
      const index = t.index ?? 0;
      const tag = t[2].toLowerCase();
      out += html.slice(at, index) + (tag === 'tr' || tag === 'td' || tag === 'th' ? (t[1] === '/' ? '</div>' : '<div>') : '');
      at = index + t[0].length;
    });
    html = out + html.slice(at);
  }
  return html;
}

/** A Word tab inside a paragraph while it is read; resolved when the paragraph ends (tabsOf). */
const TAB = '\u001f';
/** The paragraph's last tab before nothing but an amount: "Lokalhyra, Industrigatan 6⇥264 000:-", "Totalt⇥1 802 000 kr". */
// eslint-disable-next-line no-control-regex
const TAB_BEFORE_AMOUNT = /\u001f[ ]*((?:SEK[ ]*)?\d[\d \u00a0\u202f.]*(?:,\d+)?[ ]*(?::-|kr|kronor|tkr|SEK)?\.?)[ ]*$/u;

/**
 * A paragraph's tabs: spaces, as always, except the last one before an amount that ends the paragraph (a right tab
 * stop aligning the amounts of an economy list, as in a text box), which stays a tab so that the amount is a cell of
 * its own and the street number before it ("Industrigatan 6⇥264 000:-") is not read into it.
 */
function tabsOf(para: string): string {
  if (!para.includes(TAB)) return para;
  const m = TAB_BEFORE_AMOUNT.exec(para);
  const head = m ? para.slice(0, m.index) : para;
  return head.replaceAll(TAB, ' ') + (m ? `\t${m[1]}` : '');
}

export function htmlToText(html: string, budget?: Budget): string {
  html = unwrapLayoutTables(html);
  const out: string[] = [];
  let para = '';
  let row: RawCell[] | null = null;
  let rows: RawCell[][] = [];
  let cell: RawCell | null = null;
  let tableDepth = 0;
  // Inside <sup>: a footnote's marker or an exponent, whose digits stay raised ("216 000²", "m²"), never part of a number.
  let sup = 0;
  // Inside a footnote's or endnote's body (mammoth's <li id="footnote-1">): an explanation, not the agreement's terms.
  let note = 0;
  const endPara = () => {
    if (cell !== null) {
      cell.text += (cell.text ? ' ' : '') + para.replaceAll(TAB, ' ').trim();
    } else if (para.replaceAll(TAB, ' ').trim()) {
      out.push(tabsOf(para.replace(/ +/g, ' ').trim()).replace(/[ \t]*\t[ \t]*/g, '\t'), '');
    }
    para = '';
  };
  const re = /<(\/?)([a-z0-9]+)([^>]*?)(\/?)>|([^<]+)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    budget?.tick();
    if (note > 0) {
      if (m[5] === undefined && m[2].toLowerCase() === 'li') note += m[1] === '/' ? -1 : 1;
      continue;
    }
    if (m[2] !== undefined && m[1] !== '/' && m[2].toLowerCase() === 'li' && FOOTNOTE_BODY.test(m[3])) {
      endPara();
      note = 1;
      continue;
    }
    if (m[5] !== undefined) {
      const text = decode(m[5]).replace(/\n/g, ' ').replace(/\t/g, TAB);
      para += sup > 0 ? raised(text) : text;
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (tag === 'sup') sup = Math.max(0, sup + (closing ? -1 : 1));
    else if (tag === 'br') para += '\n';
    else if (tag === 'table') {
      if (!closing) {
        tableDepth++;
        if (tableDepth === 1) {
          endPara();
          rows = [];
        }
      } else tableDepth = Math.max(0, tableDepth - 1);
      if (closing && tableDepth === 0) {
        for (const cells of tableGrid(rows)) {
          if (cells.some((c) => c.trim())) out.push(cells.map((c) => c.replace(/\s+/g, ' ').trim()).join('\t'));
        }
        rows = [];
        out.push('');
      }
    } else if (tableDepth > 1) {
      if (/^(p|li|h[1-6]|td|th)$/.test(tag) && closing) para += ' ';
    } else if (tag === 'tr') {
      if (!closing) row = [];
      else if (row) {
        rows.push(row);
        row = null;
      }
    } else if (tag === 'td' || tag === 'th') {
      if (!closing) {
        cell = { text: '', colspan: spanOf(m[3], 'colspan'), rowspan: spanOf(m[3], 'rowspan'), header: tag === 'th' };
        para = '';
      } else if (cell !== null) {
        endPara();
        row?.push(cell);
        cell = null;
      }
    } else if (/^(p|li|h[1-6]|div|blockquote)$/.test(tag)) {
      if (closing || cell === null) endPara();
    }
  }
  endPara();
  if (rows.length) for (const cells of tableGrid(rows)) out.push(cells.join('\t'));
  return out.join('\n');
}
