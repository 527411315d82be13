/**
 * mammoth's HTML to the common text form without a DOM (the same code runs in Node and the task pane):
 * each paragraph, heading and list item is a paragraph (blank line between), `<br>` a line break, and each
 * table row one line of tab-separated cells. Nested tables are flattened into their cell.
 *
 * Merged cells keep the table's grid: a cell spanning N columns (`colspan`, Word's gridSpan) is followed by
 * N − 1 empty cells, and the rows below a cell spanning N rows (`rowspan`, Word's vMerge) get an empty cell in
 * its column, so a column means the same thing in every row ("Belopp" over "2025 | 2026"; a party's name
 * merged over its rows reads as that party's column left empty below it).
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

export function htmlToText(html: string): string {
  const out: string[] = [];
  let para = '';
  let row: string[] | null = null;
  let cell: string | null = null;
  let colSpan = 1;
  let rowSpan = 1;
  let tableDepth = 0;
  // Rows still covered by a rowspan, per grid column of the current table.
  let covering: number[] = [];
  const fillCovered = () => {
    if (!row) return;
    while ((covering[row.length] ?? 0) > 0) {
      covering[row.length]--;
      row.push('');
    }
  };
  const span = (tag: string, name: string) => {
    const v = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d{1,3})`, 'i').exec(tag);
    return v ? Math.max(1, Math.min(Number(v[1]), 200)) : 1;
  };
  const endPara = () => {
    if (cell !== null) {
      cell += (cell ? ' ' : '') + para.trim();
    } else if (para.trim()) {
      out.push(para.replace(/[ \t]+/g, ' ').trim(), '');
    }
    para = '';
  };
  const re = /<(\/?)([a-z0-9]+)[^>]*?(\/?)>|([^<]+)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (m[4] !== undefined) {
      para += decode(m[4]).replace(/[\t\n]/g, ' ');
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (tag === 'br') para += '\n';
    else if (tag === 'table') {
      if (!closing) {
        tableDepth++;
        if (tableDepth === 1) {
          endPara();
          covering = [];
        }
      } else tableDepth = Math.max(0, tableDepth - 1);
      if (closing && tableDepth === 0) out.push('');
    } else if (tableDepth > 1) {
      if (/^(p|li|h[1-6]|td|th)$/.test(tag) && closing) para += ' ';
    } else if (tag === 'tr') {
      if (!closing) row = [];
      else if (row) {
        fillCovered();
        if (row.some((c) => c.trim())) out.push(row.map((c) => c.replace(/\s+/g, ' ').trim()).join('\t'));
        row = null;
      }
    } else if (tag === 'td' || tag === 'th') {
      if (!closing) {
        fillCovered();
        cell = '';
        para = '';
        colSpan = span(m[0], 'colspan');
        rowSpan = span(m[0], 'rowspan');
      } else if (cell !== null) {
        endPara();
        if (row) {
          const at = row.length;
          row.push(cell);
          for (let k = 1; k < colSpan; k++) row.push('');
          if (rowSpan > 1) for (let k = 0; k < colSpan; k++) covering[at + k] = rowSpan - 1;
        }
        cell = null;
      }
    } else if (/^(p|li|h[1-6]|div|blockquote)$/.test(tag)) {
      if (closing || cell === null) endPara();
    }
  }
  endPara();
  return out.join('\n');
}
