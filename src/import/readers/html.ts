import type { Budget } from '../budget';

/**
 * mammoth's HTML to the common text form without a DOM (the same code runs in Node and the task pane):
 * each paragraph, heading and list item is a paragraph (blank line between), `<br>` a line break, and each
 * table row one line of tab-separated cells. Nested tables are flattened into their cell.
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

export function htmlToText(html: string, budget?: Budget): string {
  const out: string[] = [];
  let para = '';
  let row: string[] | null = null;
  let cell: string | null = null;
  let tableDepth = 0;
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
    budget?.tick();
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
        if (tableDepth === 1) endPara();
      } else tableDepth = Math.max(0, tableDepth - 1);
      if (closing && tableDepth === 0) out.push('');
    } else if (tableDepth > 1) {
      if (/^(p|li|h[1-6]|td|th)$/.test(tag) && closing) para += ' ';
    } else if (tag === 'tr') {
      if (!closing) row = [];
      else if (row) {
        if (row.some((c) => c.trim())) out.push(row.map((c) => c.replace(/\s+/g, ' ').trim()).join('\t'));
        row = null;
      }
    } else if (tag === 'td' || tag === 'th') {
      if (!closing) {
        cell = '';
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
  return out.join('\n');
}
