import { piecesToText } from '../readers/pdf';

/**
 * One page of OCR output to the text every reader produces: lines in reading order, table cells separated by
 * tabs, paragraphs by blank lines (the PDF reader's own layout, `piecesToText`, from the words' boxes). On the
 * way, what a scan gets wrong in a way a reader of the text could not see is either put right where the page's
 * geometry proves it, or noted so that the fields it touches are warned about (`OcrNote`).
 */

/** A word as tesseract read it: its box in pixels of the page image, its confidence (0–100) and its line. */
export interface OcrWord {
  text: string;
  conf: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** "block.paragraph.line": the line tesseract put the word on. */
  line: string;
  /** "block.paragraph". */
  par: string;
}

export interface OcrPageWords {
  width: number;
  height: number;
  words: OcrWord[];
  /** Line boxes by line key (tesseract's level 4). */
  lines: Map<string, { x: number; y: number; w: number; h: number }>;
}

/** Something about a page's text that a field read from it must be warned about. */
export interface OcrNote {
  kind: 'split' | 'unsure';
  /** The text as it stands in the page's text, whitespace squashed ("190 000", "2l2000-2627"). */
  text: string;
  message: string;
}

export interface OcrPageText {
  text: string;
  notes: OcrNote[];
  /** The lowest confidence of a word with a digit (amounts, dates, org numbers), 0–100; null: no such word. */
  digitConfidence: number | null;
}

/** Words below this confidence are noted as unsure; words with digits from a higher bar (they carry the amounts). */
const UNSURE_WORD = 70;
const UNSURE_DIGITS = 85;

/**
 * Tesseract's TSV (level, page, block, par, line, word, left, top, width, height, conf, text) to words and lines.
 * @example parseTsv('1\t1\t0\t0\t0\t0\t0\t0\t100\t50\t-1\t\n5\t1\t1\t1\t1\t1\t10\t10\t30\t12\t96\tIOP').words[0].text // "IOP"
 */
export function parseTsv(tsv: string): OcrPageWords {
  const page: OcrPageWords = { width: 0, height: 0, words: [], lines: new Map() };
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c.length < 12) continue;
    const [level, , block, par, line, , left, top, width, height, conf] = c.slice(0, 11).map(Number);
    const text = c.slice(11).join('\t').trim();
    if (level === 1) {
      page.width = width;
      page.height = height;
    } else if (level === 4) {
      page.lines.set(`${block}.${par}.${line}`, { x: left, y: top, w: width, h: height });
    } else if (level === 5 && text) {
      page.words.push({ text, conf, x: left, y: top, w: width, h: height, line: `${block}.${par}.${line}`, par: `${block}.${par}` });
    }
  }
  return page;
}

const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/**
 * Dashes as one text has them: a scan's em dashes, bars and minus signs are en dashes (the range and title dash
 * every reader knows), a hyphen standing alone between words is one too, and the dash inside an org number or an
 * ISO date is a hyphen.
 * @example normalizeDash('212000—2627') // "212000-2627"
 * @example normalizeDash('—') // "–"
 */
export function normalizeDash(word: string): string {
  if (word === '-' || /^[\u2010-\u2015\u2212]$/.test(word)) return '\u2013';
  let out = word.replace(DASHES, '\u2013');
  out = out.replace(/(^|\D)(\d{6})\u2013(\d{4})(?!\d)/g, '$1$2-$3');
  out = out.replace(/(^|\D)(\d{4})[-\u2013](\d{2})[-\u2013](\d{2})(?!\d)/g, '$1$2-$3-$4');
  return out;
}

interface Line {
  key: string;
  par: string;
  words: OcrWord[];
  box: { x0: number; x1: number; y0: number; y1: number };
}

function lineBox(words: OcrWord[]) {
  return {
    x0: Math.min(...words.map((w) => w.x)),
    x1: Math.max(...words.map((w) => w.x + w.w)),
    y0: Math.min(...words.map((w) => w.y)),
    y1: Math.max(...words.map((w) => w.y + w.h)),
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

const AMOUNT_HEAD = /^\d{1,3}$/;
const AMOUNT_TAIL = /^\d{3}(?=$|[.,:;)])/;

/**
 * An amount broken over two lines ("… värderas till 190" / "000 kronor …") is one amount only when the page
 * shows a wrapped line: the first line runs to its paragraph's right edge, the next starts at its left edge,
 * one line height below. Then the tail moves up to its head. Otherwise both stay as they are and a note says
 * that they may be one amount or two: a field read over them is warned, never silently joined or split.
 */
function rejoinAmounts(lines: Line[], notes: OcrNote[]): void {
  const byPar = new Map<string, Line[]>();
  for (const l of lines) byPar.set(l.par, [...(byPar.get(l.par) ?? []), l]);
  for (const [, par] of byPar) {
    const left = Math.min(...par.map((l) => l.box.x0));
    const right = Math.max(...par.map((l) => l.box.x1));
    for (let i = 0; i + 1 < par.length; i++) {
      const a = par[i];
      const b = par[i + 1];
      const head = a.words[a.words.length - 1];
      const tail = b.words[0];
      if (!head || !tail || !AMOUNT_HEAD.test(head.text) || !AMOUNT_TAIL.test(tail.text)) continue;
      const height = a.box.y1 - a.box.y0;
      const tolerance = Math.max(height * 2.5, (right - left) * 0.03);
      const wrapped = a.box.x1 >= right - tolerance && b.box.x0 <= left + tolerance && b.box.y0 - a.box.y1 < height * 1.2;
      if (wrapped) {
        a.words.push({ ...tail, x: head.x + head.w + Math.max(1, height * 0.3), y: head.y, h: head.h });
        b.words.shift();
        a.box = lineBox(a.words);
        if (b.words.length) b.box = lineBox(b.words);
      } else {
        notes.push({
          kind: 'split',
          text: `${head.text} ${tail.text.match(AMOUNT_TAIL)![0]}`,
          message: `I skanningen står ”${head.text}” sist på en rad och ”${tail.text}” först på nästa, men raderna ligger inte som en ombruten rad: det kan vara ett belopp eller två tal. Kontrollera beloppet mot originalet.`,
        });
      }
    }
  }
}

/**
 * One page's TSV to text. `dpi` turns pixels into the points the PDF layout reasons in (gaps, font sizes).
 * With `rotateAuto` the engine has already turned a skewed page straight, so rows are level.
 */
export function layoutOcrPage(tsv: string, dpi: number): OcrPageText {
  const page = parseTsv(tsv);
  const notes: OcrNote[] = [];
  const byKey = new Map<string, Line>();
  let digitConfidence: number | null = null;
  for (const w of page.words) {
    // A table's rules come out as "|"; a speck as a stray mark of low confidence: neither is text.
    const word = { ...w, text: normalizeDash(w.text.replace(/^[|¦]+|[|¦]+$/g, '')) };
    if (!word.text || (!/[\p{L}\d]/u.test(word.text) && word.conf < 60 && word.text !== '\u2013')) continue;
    if (/\d/.test(word.text)) digitConfidence = Math.min(digitConfidence ?? 100, word.conf);
    // Punctuation alone (a dash, a period) carries no value: the engine's doubt about it is no doubt about a field.
    if (/[\p{L}\d]/u.test(word.text) && (word.conf < UNSURE_WORD || (/\d/.test(word.text) && word.conf < UNSURE_DIGITS))) {
      notes.push({ kind: 'unsure', text: word.text, message: `OCR är osäker på ”${word.text}” (säkerhet ${Math.round(word.conf)} %).` });
    }
    const line = byKey.get(w.line) ?? { key: w.line, par: w.par, words: [], box: { x0: 0, x1: 0, y0: 0, y1: 0 } };
    line.words.push(word);
    byKey.set(w.line, line);
  }
  const lines = [...byKey.values()];
  for (const l of lines) {
    l.words.sort((a, b) => a.x - b.x);
    l.box = lineBox(l.words);
  }
  rejoinAmounts(lines, notes);
  const k = 72 / dpi;
  const pieces = lines
    .filter((l) => l.words.length)
    .flatMap((l) => {
      // One baseline for the whole line (tesseract's line, straightened), so that its words stay one row.
      const baseline = median(l.words.map((w) => w.y + w.h));
      const box = page.lines.get(l.key);
      const size = Math.max(4, ((box ? box.h : l.box.y1 - l.box.y0) * k) / 1.15);
      // The engine has told the words apart: a space after each but the last keeps them apart however narrow the gap.
      return l.words.map((w, i) => ({ str: i + 1 < l.words.length ? `${w.text} ` : w.text, x: w.x * k, y: (page.height - baseline) * k, width: w.w * k, size }));
    });
  // The words' own spaces meet the layout's at cell edges: one space, none before a tab or at a line's end.
  const text = piecesToText(pieces)
    .replace(/ +(?=\t|\n|$)/g, '')
    .replace(/ {2,}/g, ' ');
  return { text, notes, digitConfidence };
}
