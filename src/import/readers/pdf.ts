import { Budget } from '../budget';
import type { ReadPage } from '../ocr/marks';
import type { OcrOptions } from '../ocr/read';
import { ImportError } from '../result';
import { checkPdfStreams } from './pdfStreams';
import { loadPdfjs } from './pdfjsLoader';
import { joinWrapped } from '../text/normalize';
import { centredTables } from './pdfCentred';

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Set in a fixed-pitch font (pdf.js's fontFamily "monospace"): every character, a space too, is one width. */
  mono?: boolean;
}

interface Cell {
  text: string;
  x0: number;
  x1: number;
  /** Separated from the cell before by a gap a table's cell margins explain but wide spacing in prose could too. */
  narrow?: boolean;
  /**
   * Separated from the cell before by less than a font size but more than a word space: a cell that fills its column
   * ("Samordningsförbundet" right before the next column's text). Kept only where a table row near it starts a cell
   * at the same place (see confirmNarrow).
   */
  tight?: boolean;
}

interface Row {
  cells: Cell[];
  /** A paragraph gap above this row. */
  gapBefore: boolean;
}

/**
 * Pieces on one baseline to cells: a gap wider than the font size may be a cell boundary. Word's cell margins leave
 * about 11 pt between the texts of two cells; a gap that narrow counts only where a neighbouring row has a cell
 * edge at the same place (see confirmNarrow), so stretched words in justified prose stay one line.
 */
function rowCells(row: Piece[]): Cell[] {
  const cells: Cell[] = [];
  let end = -Infinity;
  let prev: Piece | null = null;
  for (const p of [...row].sort((a, b) => a.x - b.x)) {
    // pdf.js reports the space between two text runs as an item as wide as the gap: a gap, not text.
    if (!p.str.trim()) continue;
    const gap = p.x - end;
    const cell = cells[cells.length - 1];
    const space = prev ? typedSpace(prev, p) : 0;
    prev = p;
    if (cell && space && gap <= space * 1.5) {
      // One typed space in a fixed-pitch font ("1 237 000" in a table drawn with spaces): a word space, however
      // wide, never a cell boundary; a table drawn with spaces parts its columns by two spaces or more.
      if (!/\s$/.test(cell.text) && !/^\s/.test(p.str)) cell.text += ' ';
      cell.text += p.str;
      cell.x1 = p.x + p.width;
    } else if (!cell || gap > Math.max(p.size, 8)) cells.push({ text: p.str, x0: p.x, x1: p.x + p.width, narrow: !!cell && gap <= Math.max(p.size * 1.8, 10) });
    else if (gap >= p.size * TIGHT_GAP) cells.push({ text: p.str, x0: p.x, x1: p.x + p.width, tight: true });
    else {
      if (gap > p.size * 0.15 && !/\s$/.test(cell.text) && !/^\s/.test(p.str)) cell.text += ' ';
      cell.text += p.str;
      cell.x1 = p.x + p.width;
    }
    end = p.x + p.width;
  }
  return cells;
}

/**
 * The width of one character, a space included, where two neighbouring pieces are set in the same fixed-pitch font
 * (the same size and character width): 0 otherwise. There a space is about 0.6 of the font size, wider than the
 * TIGHT_GAP that parts two cells set in a proportional font.
 */
function typedSpace(a: Piece, b: Piece): number {
  if (!a.mono || !b.mono || Math.abs(a.size - b.size) > 0.1) return 0;
  const [wa, wb] = [a.width / a.str.length, b.width / b.str.length];
  return Math.abs(wa - wb) <= 0.02 * Math.max(wa, wb) ? Math.max(wa, wb) : 0;
}

/** A gap of half a font size is twice a word space: the least that can part two cells. */
const TIGHT_GAP = 0.5;
/**
 * How exactly a tight boundary must line up with a table row's cell start: a table's left-aligned cells start at
 * the same place to a tenth of a point; a centred heading does so only by chance.
 */
const TIGHT_ALIGN = 0.8;

/** How far above and below a row (in lines) the nearest row of several cells is looked for, past lines of one cell. */
const NEAREST_REACH = 3;
/** How far above and below a row (in lines) its neighbouring table rows are looked for, also past paragraph gaps. */
const NEIGHBOUR_REACH = 6;
/** How many rows of several cells each way are a row's neighbours. */
const NEIGHBOUR_ROWS = 2;

/** A row's cells as split at gaps of at least a font size: a tight split is no evidence for another. */
function firmCells(row: Row): Cell[] {
  const out: Cell[] = [];
  for (const c of row.cells) {
    const prev = out[out.length - 1];
    if (prev && c.tight) out[out.length - 1] = { ...prev, x1: c.x1 };
    else out.push(c);
  }
  return out;
}

/**
 * The rows a row's cell edges are compared with: the lines right above and below, the nearest row of several cells
 * each way within a few lines of the same paragraph, and the nearest table rows each way within reach, past lines
 * of one cell and past paragraph gaps (a table whose cells have padding sets each row
 * apart, and a row whose label wrapped has no label cell on its line of several cells). `table` holds those that
 * are table rows themselves (see confirmNarrow).
 */
function neighbourRows(rows: Row[], i: number, table: boolean[]): { all: Cell[][]; table: Cell[][] } {
  const out = { all: [] as Cell[][], table: [] as Cell[][] };
  const add = (k: number) => {
    const cells = firmCells(rows[k]);
    out.all.push(cells);
    if (table[k]) out.table.push(cells);
  };
  for (const k of [i - 1, i + 1]) if (k >= 0 && k < rows.length) add(k);
  for (const step of [-1, 1]) {
    // The nearest row of several cells within a few lines, not past a paragraph gap (a table without padding).
    for (let k = i + step, n = 0; n < NEAREST_REACH && k >= 0 && k < rows.length; k += step, n++) {
      if (firmCells(rows[k]).length >= 2) {
        if (Math.abs(k - i) > 1) add(k);
        break;
      }
      if (rows[step > 0 ? k + 1 : k]?.gapBefore) break;
    }
    let found = 0;
    for (let k = i + 2 * step, n = 1; found < NEIGHBOUR_ROWS && n < NEIGHBOUR_REACH && k >= 0 && k < rows.length; k += step, n++) {
      if (!table[k]) continue;
      add(k);
      found++;
    }
  }
  return out;
}

/**
 * Undoes a cell boundary that no neighbouring row shares: that gap was spacing, not a column. First the narrow
 * boundaries (a font size to 1.8 of one), each kept where a neighbour has a cell edge at the same place; then the
 * tight ones (half a font size to one: a cell that fills its column right up to the next), each kept only where a
 * table row near it starts a cell at the same place. A table row has a gap wider than any spacing in prose, or a
 * boundary that a table row confirmed: the lines of justified prose, however stretched, and an edge they share with
 * the margin, are never the evidence for a tight boundary.
 */
function confirmNarrow(rows: Row[]): void {
  const table = rows.map((r) => r.cells.some((c, k) => k > 0 && !c.narrow && !c.tight));
  const edgeNear = (near: Cell[][], c: Cell) => near.some((cells) => cells.some((o) => Math.abs(o.x0 - c.x0) <= 2 || Math.abs(o.x1 - c.x1) <= 2));
  const startNear = (near: Cell[][], c: Cell) => near.some((cells) => cells.length >= 2 && cells.some((o) => Math.abs(o.x0 - c.x0) <= TIGHT_ALIGN));
  // A column of right-aligned amounts ends in the gap: the gap is that column's edge (a header's "kr/mån | kr/år").
  const endsInGap = (near: Cell[][], prev: Cell, c: Cell) => near.some((cells) => cells.some((o) => /\d|^[–—-]$/.test(o.text.trim()) && o.x1 >= prev.x1 - 2 && o.x1 <= c.x0 - 1));
  const pass = (keep: (c: Cell, near: { all: Cell[][]; table: Cell[][] }, prev: Cell) => 'table' | 'kept' | false) =>
    rows.forEach((row, i) => {
      const near = neighbourRows(rows, i, table);
      const merged: Cell[] = [];
      for (const c of row.cells) {
        const prev = merged[merged.length - 1];
        const kept = prev ? keep(c, near, prev) : 'kept';
        if (!kept && prev) {
          prev.text += ` ${c.text}`;
          prev.x1 = c.x1;
          continue;
        }
        if (kept === 'table') table[i] = true;
        merged.push(c);
      }
      row.cells = merged;
    });
  pass((c, near, prev) => {
    if (c.tight || !c.narrow) return 'kept';
    return edgeNear(near.table, c) ? 'table' : edgeNear(near.all, c) || endsInGap(near.table, prev, c) ? 'kept' : false;
  });
  pass((c, near) => (!c.tight ? 'kept' : startNear(near.table, c) ? 'table' : false));
  for (const row of rows) for (const c of row.cells) c.tight = false;
}

/** A number alone in a cell ("640", "1 510", "0,62"): a right-aligned amount column's content. */
const NUMBER_CELL = /^\d{1,3}(?: \d{3})*(?:,\d{1,2})?$/;
/**
 * The places where a cell's text could end in such a number after a space ("Metodutveckling och utvärdering 350",
 * "… avgifter 484 000"): each space after which the rest is a number, leftmost (longest number) first.
 */
function trailingNumberSplits(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/ /g)) {
    const k = m.index ?? 0;
    if (k > 0 && /\S$/.test(text.slice(0, k)) && NUMBER_CELL.test(text.slice(k + 1))) out.push(k);
  }
  return out;
}

/**
 * A cell that fills its column right up to the amount column can reach the page as one piece of text with the amount
 * ("Metodutveckling och utvärdering 350"). When a table row near it (within reach, past paragraph gaps) has a number
 * alone in its last cell ending at the same right edge, the number is a cell of its own: it is split off, its place
 * estimated from its share of the piece's characters. Only in a row that already has several cells: prose is left alone.
 */
function splitTrailingNumbers(rows: Row[]): void {
  rows.forEach((row, i) => {
    const last = row.cells[row.cells.length - 1];
    if (row.cells.length < 2 || !last) return;
    const splits = trailingNumberSplits(last.text);
    if (!splits.length || NUMBER_CELL.test(last.text)) return;
    const column: Cell[] = [];
    for (let k = Math.max(0, i - NEIGHBOUR_REACH); k <= Math.min(rows.length - 1, i + NEIGHBOUR_REACH); k++) {
      const end = rows[k].cells[rows[k].cells.length - 1];
      if (k !== i && rows[k].cells.length >= 2 && NUMBER_CELL.test(end.text) && Math.abs(end.x1 - last.x1) <= 1.5 && end.x0 > last.x0) column.push(end);
    }
    if (!column.length) return;
    // Where the column's numbers start at the leftmost: a number split off starts there or further right ("484 000",
    // not "000", when the column holds "900 000"), its place estimated from its share of the piece's characters
    // (within a character: a digit is wider than the average letter).
    const per = (last.x1 - last.x0) / last.text.length;
    const columnStart = Math.min(...column.map((c) => c.x0));
    const startOf = (k: number) => last.x1 - per * (last.text.length - k - 1);
    const k = splits.find((at) => startOf(at) >= columnStart - per) ?? splits[splits.length - 1];
    const [label, number, x0] = [last.text.slice(0, k), last.text.slice(k + 1), startOf(k)];
    // The text before it ends before the column's numbers start, so that the two stay apart as columns.
    row.cells.splice(row.cells.length - 1, 1, { text: label, x0: last.x0, x1: Math.min(x0, columnStart) - 1.5 }, { text: number, x0, x1: last.x1 });
  });
}

/** Two or more grouped numbers run together in one piece ("130 680 1 568 160"): digits, spaces and decimals only. */
const NUMBERS_RUN = /^\d[\d ]*(?:,\d{1,2})?(?: \d[\d ]*(?:,\d{1,2})?)*$/;
/** A row's number run together with its label ("10 Fritidsaktiviteter"). */
const LEADING_ROW_NUMBER = /^(\d{1,3}\.?)\s+(\p{L}.*)$/u;

/** The cells of the table rows within reach of row i (past paragraph gaps), not its own. */
function cellsNear(rows: Row[], i: number): Cell[] {
  const out: Cell[] = [];
  for (let k = Math.max(0, i - NEIGHBOUR_REACH); k <= Math.min(rows.length - 1, i + NEIGHBOUR_REACH); k++) {
    if (k !== i && rows[k].cells.length >= 2) out.push(...rows[k].cells);
  }
  return out;
}

/**
 * Cells of neighbouring columns that reach the page as one piece of text, where the table's other rows have them
 * apart: a place in the piece lines up with an edge the column below or above it has alone. The place is estimated
 * from the characters' share of the piece's width (within two points), and only at a space:
 * - two right-aligned amounts ("130 680 1 568 160" where other rows end a kr/mån amount after "130 680" and a kr/år
 *   amount at the piece's end): split where the left one's right edge lines up;
 * - a header over a left-aligned column and a right-aligned amount column ("Finansieras av kr/mån"): the unit word
 *   split off where the amounts' right edge is and the first part's column's start is;
 * - a row's number and its label ("10 Fritidsaktiviteter" where other rows have "9" alone and the label further
 *   right): split at the number.
 */
function splitRunTogether(rows: Row[]): void {
  const ALIGN = 2;
  rows.forEach((row, i) => {
    if (row.cells.length < 2) return;
    let near: Cell[] | null = null;
    const others = () => (near ??= cellsNear(rows, i));
    for (let n = 0; n < row.cells.length; n++) {
      const c = row.cells[n];
      const per = (c.x1 - c.x0) / c.text.length;
      const at = (k: number) => c.x0 + per * k;
      const cut = (k: number, rightX0: number) => {
        row.cells.splice(n, 1, { text: c.text.slice(0, k).trimEnd(), x0: c.x0, x1: at(k) - per }, { text: c.text.slice(k).trimStart(), x0: rightX0, x1: c.x1 });
      };
      const numbers = others().filter((o) => NUMBER_CELL.test(o.text));
      if (NUMBERS_RUN.test(c.text) && !NUMBER_CELL.test(c.text)) {
        // The amount column at the piece's right edge, and another ending inside it at a space.
        if (!numbers.some((o) => Math.abs(o.x1 - c.x1) <= ALIGN)) continue;
        const spaces = [...c.text.matchAll(/ /g)].map((m) => m.index ?? 0);
        const fits = spaces.filter((k) => NUMBER_CELL.test(c.text.slice(0, k)) && NUMBER_CELL.test(c.text.slice(k + 1)) && numbers.some((o) => Math.abs(o.x1 - at(k)) <= ALIGN));
        if (fits.length === 1) cut(fits[0] + 1, at(fits[0] + 1));
        continue;
      }
      const lead = LEADING_ROW_NUMBER.exec(c.text);
      if (lead) {
        // Another row's number alone at the same place, and that row's next cell (the label) further right.
        const label = others().find((o, k, all) => k > 0 && NUMBER_CELL.test(all[k - 1].text) && Math.abs(all[k - 1].x0 - c.x0) <= ALIGN && o.x0 > at(lead[1].length) && o.x0 < c.x1);
        if (label) cut(lead[1].length + 1, label.x0);
        continue;
      }
      if (/\d/.test(c.text)) continue;
      // A header's last word over an amount column: it ends where the amounts end, and starts within their column.
      const column = numbers.filter((o) => Math.abs(o.x1 - c.x1) <= ALIGN);
      if (!column.length) continue;
      // The first part's column: cells that start where the piece starts and end before the amounts. The last word
      // that starts past all of them is the amount column's heading ("kr/mån", "tkr", "Belopp").
      const left = Math.min(...column.map((o) => o.x0));
      const starts = others().filter((o) => Math.abs(o.x0 - c.x0) <= ALIGN && o.x1 < left);
      if (!starts.length) continue;
      const past = Math.max(...starts.map((o) => o.x1)) + ALIGN;
      const spaces = [...c.text.matchAll(/ /g)].map((m) => m.index ?? 0).filter((k) => k > 0 && at(k + 1) >= past);
      if (spaces.length) cut(spaces[spaces.length - 1] + 1, at(spaces[spaces.length - 1] + 1));
    }
  });
}

/** The rows of the block (lines between paragraph gaps) that starts at row i: one past its last row. */
function blockEnd(rows: Row[], i: number): number {
  let j = i + 1;
  while (j < rows.length && !rows[j].gapBefore) j++;
  return j;
}

const overlap = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

/** Two rows in the same columns: each cell of the row with fewer cells overlaps a cell of the other, in order. */
function sameColumns(a: Cell[], b: Cell[]): boolean {
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  let k = 0;
  for (const c of few) {
    while (k < many.length && overlap(c, many[k]) <= 0) k++;
    if (k === many.length) return false;
    k++;
  }
  return true;
}

/** A padded table has at least this many rows (header included), each set apart by a paragraph gap. */
const PADDED_ROWS = 3;
/** Lines of one padded row: its cells wrapped onto a few lines each. */
const PADDED_ROW_LINES = 6;

/** A cell that holds only a number or an amount ("310", "0,62", "1 200 000 kr"): amounts never wrap. */
const isNumberCell = (c: Cell) => /^[\d\s.,:-]+(?:kr|tkr|mnkr|mkr|sek)?$/i.test(c.text.trim()) && /\d/.test(c.text);

/**
 * A table whose cells have padding: every row is a block of its own between paragraph gaps, and a cell that wraps is
 * centred, so the row's line of several cells sits between its wrapped cells' lines ("Ideellt arbete (1 200 tim à
 * 230" / "Stiftelsen  276" / "kr)"), or several columns wrap ("Härnösands | Lokalhyra för …" / "95" /
 * "kommun | hamnmagasinet"). From row i (a block's first): the blocks that each hold a line of several cells in the
 * same columns as an earlier block's, at most one line with an amount (amounts do not wrap: a block with two is
 * several rows of a table without padding), and lines of one cell that each lie in one column (a sentence across
 * the columns ends the table); at least PADDED_ROWS such blocks, else null. Each block is then one row, its lines
 * joined column by column, top to bottom.
 */
function paddedTable(rows: Row[], i: number): { end: number; lines: string[] } | null {
  const blocks: { from: number; to: number; key: Row }[] = [];
  for (let at = i; at < rows.length; ) {
    const to = blockEnd(rows, at);
    const lines = rows.slice(at, to);
    const key = blockKey(lines);
    if (to - at > PADDED_ROW_LINES || key.cells.length < 2 || lines.filter((r) => r.cells.some(isNumberCell)).length > 1) break;
    // The label of a row may stand only on its wrapped lines: any earlier row may be the one that shares its columns.
    if (blocks.length && !blocks.some((b) => sameColumns(b.key.cells, key.cells))) break;
    blocks.push({ from: at, to, key });
    at = to;
  }
  const columns = columnsOf(blocks.map((b) => b.key));
  const columnsOver = (c: Cell) => columns.filter((k) => overlap(c, k) > 0).length;
  const fits = blocks.findIndex((b) => rows.slice(b.from, b.to).some((r) => r.cells.length === 1 && columnsOver(r.cells[0]) !== 1));
  if (fits >= 0) blocks.length = fits;
  if (blocks.length < PADDED_ROWS) return null;
  const place = (c: Cell) => {
    let best = 0;
    columns.forEach((k, n) => {
      if (overlap(c, k) > overlap(c, columns[best])) best = n;
    });
    return best;
  };
  const lines = blocks.map((b) => {
    const cells = columns.map(() => '');
    for (const r of rows.slice(b.from, b.to)) {
      for (const c of r.cells) {
        const k = place(c);
        cells[k] = cells[k] ? joinWrapped(cells[k], c.text) : c.text;
      }
    }
    return cells.join('\t');
  });
  return { end: blocks[blocks.length - 1].to, lines };
}

/**
 * A padded row's cells in its columns: its line of several cells, and the wrapped lines of a cell that line has none
 * of, centred around it ("Kronor per" / "Part  Insats" / "år": the header's third column stands only above and below
 * the line of the other two). A block without a line of several cells is its first line.
 */
function blockKey(lines: Row[]): Row {
  const widest = lines.reduce((best, r) => (r.cells.length > best.cells.length ? r : best), lines[0]);
  if (widest.cells.length < 2) return widest;
  const cells = widest.cells.map((c) => ({ ...c }));
  for (const r of lines) {
    if (r === widest || r.cells.length !== 1) continue;
    const lone = r.cells[0];
    const over = cells.find((c) => overlap(c, lone) > 0);
    if (over) {
      // A wrapped line of a cell added from an earlier line ("Kronor per" then "år") widens that cell only.
      if (!widest.cells.some((c) => overlap(c, lone) > 0)) [over.x0, over.x1] = [Math.min(over.x0, lone.x0), Math.max(over.x1, lone.x1)];
      continue;
    }
    cells.push({ ...lone });
  }
  cells.sort((a, b) => a.x0 - b.x0);
  return cells.length === widest.cells.length ? widest : { cells, gapBefore: widest.gapBefore };
}

/**
 * The columns of a table block: cells that overlap on the page belong to one column; clusters that never
 * share a row (a left-aligned header above right-aligned amounts) are merged until there are no more columns
 * than the widest row has cells.
 */
function columnsOf(rows: Row[]): { x0: number; x1: number }[] {
  const spans = rows.flatMap((r) => r.cells).sort((a, b) => a.x0 - b.x0);
  const clusters: { x0: number; x1: number }[] = [];
  for (const c of spans) {
    const last = clusters[clusters.length - 1];
    if (last && c.x0 < last.x1 - 1) last.x1 = Math.max(last.x1, c.x1);
    else clusters.push({ x0: c.x0, x1: c.x1 });
  }
  const widest = rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
  const index = (c: Cell) => clusters.findIndex((k) => c.x0 >= k.x0 - 1 && c.x1 <= k.x1 + 1);
  while (clusters.length > widest) {
    let best = -1;
    for (let k = 0; k + 1 < clusters.length; k++) {
      const shared = rows.some((r) => {
        const at = r.cells.map(index);
        return at.includes(k) && at.includes(k + 1);
      });
      if (!shared && (best < 0 || clusters[k + 1].x0 - clusters[k].x1 < clusters[best + 1].x0 - clusters[best].x1)) best = k;
    }
    if (best < 0) break;
    clusters.splice(best, 2, { x0: clusters[best].x0, x1: clusters[best + 1].x1 });
  }
  return clusters;
}

/**
 * A table block's rows with every cell in its column: empty cells kept as empty (so a party's column keeps its
 * place when another party has no amount on that row), and a header that wrapped onto further lines merged
 * back into one row.
 */
function alignTable(rows: Row[]): string[] {
  const columns = columnsOf(rows.filter((r) => r.cells.length >= 2));
  const place = (c: Cell) => {
    const inside = columns.findIndex((k) => c.x0 >= k.x0 - 1 && c.x1 <= k.x1 + 1);
    if (inside >= 0) return inside;
    let best = 0;
    columns.forEach((k, i) => {
      const overlap = (m: { x0: number; x1: number }) => Math.min(c.x1, m.x1) - Math.max(c.x0, m.x0);
      if (overlap(k) > overlap(columns[best])) best = i;
    });
    return best;
  };
  const out: { cells: string[]; header: boolean }[] = [];
  rows.forEach((r, i) => {
    const cells: string[] = columns.map(() => '');
    for (const c of r.cells) {
      const k = place(c);
      cells[k] = cells[k] ? `${cells[k]} ${c.text}` : c.text;
    }
    const prev = out[out.length - 1];
    const wordsOnly = !/\d/.test(r.cells.map((c) => c.text).join(' '));
    if (prev?.header && wordsOnly && !cells[0] && i > 0) {
      cells.forEach((t, k) => {
        if (t) prev.cells[k] = joinWrapped(prev.cells[k], t);
      });
      return;
    }
    // A lone cell in the first column stays a plain line (a group heading or a wrapped label); one further
    // right keeps its column, so that the overview's wrapped cells and a wrapped "Insats" cell stay in place.
    const lone = r.cells.length === 1 && place(r.cells[0]) === 0;
    out.push({ cells: lone ? [r.cells[0].text] : cells, header: i === 0 && r.cells.length >= 2 && wordsOnly });
  });
  return out.map((r) => r.cells.join('\t'));
}

/** Pieces grouped by baseline, top to bottom. */
function baselinesOf(pieces: Piece[]): Piece[][] {
  const baselines: Piece[][] = [];
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const p of sorted) {
    const row = baselines[baselines.length - 1];
    if (row && Math.abs(row[0].y - p.y) <= Math.max(2, row[0].size * 0.4)) row.push(p);
    else baselines.push([p]);
  }
  return baselines;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
};

/** One side's pieces on a baseline form one run of text (no gap wider than two characters): prose, not table cells. */
function oneRun(side: Piece[]): boolean {
  const sorted = [...side].sort((a, b) => a.x - b.x);
  return sorted.every((p, i) => i === 0 || p.x - (sorted[i - 1].x + sorted[i - 1].width) <= Math.max(p.size * 2, 12));
}

/**
 * A page set in two columns of running text (a newsletter): the pieces in reading order, each column on its
 * own, bands of the page split by lines that run across both columns (a masthead, a footer). Null for a page
 * of one column or a table: a column gutter that no text crosses on most lines, with each side's text one run
 * that fills most of its column on most lines.
 */
export function twoColumnOrder(pieces: Piece[]): Piece[][] | null {
  const text = pieces.filter((p) => p.str.trim());
  if (text.length < 20) return null;
  const minX = Math.min(...text.map((p) => p.x));
  const maxX = Math.max(...text.map((p) => p.x + p.width));
  const width = maxX - minX;
  if (width < 200) return null;
  const crossing = (g: number) => text.filter((p) => p.x < g - 1 && p.x + p.width > g + 1).length;
  let gutter = -1;
  let least = Infinity;
  for (let g = minX + 0.3 * width; g <= minX + 0.7 * width; g += 2) {
    const n = crossing(g);
    if (n < least || (n === least && Math.abs(g - (minX + width / 2)) < Math.abs(gutter - (minX + width / 2)))) {
      least = n;
      gutter = g;
    }
  }
  const lines = baselinesOf(text);
  const spans = (line: Piece[]) => line.some((p) => p.x < gutter - 1 && p.x + p.width > gutter + 1);
  const body = lines.filter((l) => !spans(l));
  if (body.length < 10 || lines.length - body.length > lines.length * 0.3) return null;
  const left = body.map((l) => l.filter((p) => p.x + p.width <= gutter + 1)).filter((l) => l.length);
  const right = body.map((l) => l.filter((p) => p.x >= gutter - 1)).filter((l) => l.length);
  if (left.length < 6 || right.length < 6) return null;
  const filled = (side: Piece[][], from: number, to: number) =>
    median(side.map((l) => Math.max(...l.map((p) => p.x + p.width)) - Math.min(...l.map((p) => p.x)))) >= 0.55 * (to - from) &&
    side.filter(oneRun).length >= side.length * 0.8;
  const rightStart = median(right.map((l) => Math.min(...l.map((p) => p.x))));
  if (!filled(left, minX, gutter) || !filled(right, rightStart, maxX)) return null;
  const out: Piece[][] = [];
  let band: Piece[][] = [];
  const flush = () => {
    if (!band.length) return;
    out.push(band.flatMap((l) => l.filter((p) => p.x + p.width <= gutter + 1)));
    out.push(band.flatMap((l) => l.filter((p) => p.x + p.width > gutter + 1)));
    band = [];
  };
  for (const line of lines) {
    if (spans(line)) {
      flush();
      out.push(line);
    } else band.push(line);
  }
  flush();
  return out.filter((group) => group.length);
}

/** Text items of one page to lines: a page in two columns is read column by column, then each part as below. */
export function piecesToText(pieces: Piece[]): string {
  const columns = twoColumnOrder(pieces);
  if (columns) return columns.map(layoutText).join('\n\n');
  return layoutText(pieces);
}

/** Text items to lines: a wide gap between items is a table cell boundary (tab), a tall gap a paragraph. */
function layoutText(pieces: Piece[]): string {
  const baselines = baselinesOf(pieces);
  const gaps = baselines.slice(1).map((r, i) => baselines[i][0].y - r[0].y).sort((a, b) => a - b);
  const lineHeight = gaps.length ? gaps[Math.floor(gaps.length / 2)] : 12;
  // A paragraph gap is taller than a line: judged by the page's usual line spacing, or by the font size on
  // pages of many short paragraphs where the usual spacing is itself a paragraph gap.
  const rows: Row[] = baselines.map((row, i) => ({
    cells: rowCells(row),
    gapBefore: i > 0 && baselines[i - 1][0].y - row[0].y > Math.min(lineHeight * 1.45, row[0].size * 1.8),
  }));
  confirmNarrow(rows);
  splitRunTogether(rows);
  splitTrailingNumbers(rows);
  // Tables whose cells are centred in their rows (pdfCentred.ts): each row as one line, whatever its cells wrapped to.
  const centred = new Map(centredTables(baselines).map((t) => [t.from, t]));
  const out: string[] = [];
  let i = 0;
  while (i < rows.length) {
    if (rows[i].gapBefore) out.push('');
    const table = centred.get(i);
    if (table) {
      // A table's rest at the top of a page has no header of its own: its empty header line is left out.
      for (const line of table.lines) if (/[^\t]/.test(line)) out.push(line);
      i = table.to;
      continue;
    }
    const padded = i === 0 || rows[i].gapBefore ? paddedTable(rows, i) : null;
    if (padded) {
      for (const line of padded.lines) out.push(line);
      i = padded.end;
      continue;
    }
    // A table block: from a row of several cells to the last such row before a paragraph gap.
    if (rows[i].cells.length >= 2) {
      let end = i;
      for (let j = i + 1; j < rows.length && !rows[j].gapBefore; j++) if (rows[j].cells.length >= 2) end = j;
      // The last row's wrapped cells: lone pieces right after it that start inside one of its later cells' columns.
      const firstLaterStart = rows[end].cells.slice(1).reduce((m, c) => Math.min(m, c.x0), Infinity);
      while (end > i && end + 1 < rows.length && !rows[end + 1].gapBefore && rows[end + 1].cells.length === 1 && rows[end + 1].cells[0].x0 >= firstLaterStart - 1) end++;
      if (end > i) {
        for (const line of alignTable(rows.slice(i, end + 1))) out.push(line);
        i = end + 1;
        continue;
      }
    }
    out.push(rows[i].cells.map((c) => c.text).join('\t'));
    i++;
  }
  return out.join('\n');
}

function isPasswordError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: string }).name === 'PasswordException';
}

/**
 * Races pdf.js's work against the budget's deadline. pdf.js runs in this thread and cannot be interrupted, but
 * destroying its loading task makes every pending request reject at pdf.js's next step, so the work stops.
 */
function withinDeadline<T>(work: Promise<T>, budget: Budget, task: { destroy(): Promise<void> }): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      task.destroy().catch(() => undefined);
      reject(budget.timeout());
    }, Math.max(0, budget.deadline - Date.now()) + 1);
  });
  // The loser of the race must not become an unhandled rejection once the task is destroyed.
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/** A page with no letters in its text layer is a scanned image (a page number or a stray mark aside). */
function isScanned(text: string): boolean {
  return (text.match(/\p{L}/gu) ?? []).length < 20;
}

/** Render resolution for OCR: tesseract reads body text best at 200 dpi; a huge page gets less, within the pixel cap. */
const OCR_DPI = 200;

/**
 * The PDF's pages in order: the text layer of each, and, where a page has none (a scan) and `ocr` is given, the
 * text OCR reads from the page rendered on the platform's canvas. Without `ocr` a PDF with no text at all is
 * refused as a scan. pdf.js is told to load no fonts (disableFontFace, no system fonts, no font data fetched):
 * positions and text need none, and a page rendered for OCR draws its glyphs as paths.
 */
export async function readPdfPages(bytes: Uint8Array, budget: Budget = new Budget(), ocr?: OcrOptions): Promise<ReadPage[]> {
  await checkPdfStreams(bytes, budget);
  budget.check();
  const pdfjs = await loadPdfjs();
  // A page rendered for OCR draws on the platform's canvas; pdf.js's own temporary canvases (masks, patterns) too.
  class CanvasFactory {
    create(width: number, height: number) {
      const canvas = ocr!.support.canvas(width, height);
      return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
    }
    reset(target: { canvas: { width: number; height: number } }, width: number, height: number) {
      target.canvas.width = width;
      target.canvas.height = height;
    }
    destroy(target: { canvas: { width: number; height: number } | null; context: unknown }) {
      if (target.canvas) target.canvas.width = target.canvas.height = 0;
      target.canvas = null;
      target.context = null;
    }
  }
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: 0,
    // A scan's image is decoded for OCR: one larger than a page image may be is not decoded at all.
    ...(ocr ? { CanvasFactory, maxImageSize: budget.limits.ocrPixels } : {}),
  });
  try {
    let doc;
    try {
      doc = await withinDeadline(task.promise, budget, task);
    } catch (e) {
      if (e instanceof ImportError) throw e;
      if (isPasswordError(e)) throw new ImportError('ENCRYPTED', 'PDF-filen är lösenordsskyddad. Ta bort skyddet och försök igen.');
      throw new ImportError('UNREADABLE', 'PDF-filen kunde inte läsas (den verkar skadad).');
    }
    budget.pdfPages(doc.numPages);
    const pages: ReadPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      budget.check();
      const page = await withinDeadline(doc.getPage(n), budget, task);
      const content = await withinDeadline(page.getTextContent(), budget, task);
      const styles = (content.styles ?? {}) as Record<string, { fontFamily?: string } | undefined>;
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , , x, y] = item.transform as number[];
        const mono = styles[item.fontName]?.fontFamily === 'monospace';
        pieces.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10, ...(mono ? { mono } : {}) });
        chars += item.str.length;
      }
      // The text's length cap, checked per page so that a huge page stops before it is laid out.
      budget.chars(chars);
      pages.push({ text: piecesToText(pieces), ocr: false, notes: [] });
      page.cleanup();
    }
    // A page to read by OCR has no text but an image: a blank or damaged page has nothing to read.
    const scans: number[] = [];
    const { OPS } = pdfjs;
    const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObject, OPS.paintInlineImageXObjectGroup]);
    if (ocr) {
      for (const [i, p] of pages.entries()) {
        if (!isScanned(p.text)) continue;
        budget.check();
        const page = await withinDeadline(doc.getPage(i + 1), budget, task);
        const ops = await withinDeadline(page.getOperatorList(), budget, task);
        if (ops.fnArray.some((f) => IMAGE_OPS.has(f))) scans.push(i);
      }
    }
    if (ocr && scans.length) {
      const { ocrPages } = await import(/* webpackChunkName: "ocr" */ '../ocr/read');
      const { toPgm } = await import(/* webpackChunkName: "ocr" */ '../ocr/engine');
      const read = await ocrPages(
        scans.length,
        async (i) => {
          const page = await withinDeadline(doc.getPage(scans[i] + 1), budget, task);
          const base = page.getViewport({ scale: 1 });
          const dpi = Math.min(OCR_DPI, Math.floor(72 * Math.sqrt(budget.limits.ocrPixels / Math.max(1, base.width * base.height))));
          const viewport = page.getViewport({ scale: dpi / 72 });
          const width = Math.max(1, Math.floor(viewport.width));
          const height = Math.max(1, Math.floor(viewport.height));
          budget.ocrPixels(width, height);
          const canvas = ocr.support.canvas(width, height);
          const context = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
          await withinDeadline(page.render({ canvasContext: context, canvas: canvas as HTMLCanvasElement, viewport, background: 'white' }).promise, budget, task);
          const pixels = toPgm(context.getImageData(0, 0, width, height).data, width, height);
          canvas.width = canvas.height = 0;
          page.cleanup();
          return { bytes: pixels, dpi };
        },
        ocr,
        budget,
      );
      scans.forEach((n, i) => {
        pages[n] = { text: read[i].text, ocr: true, notes: read[i].notes };
      });
      budget.chars(pages.reduce((sum, p) => sum + p.text.length, 0));
    }
    if (!pages.some((p) => p.text.trim())) throw new ImportError('UNREADABLE', 'PDF-filen har inget textlager (inskannad bild?) och kan inte läsas utan OCR.');
    return pages;
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('UNREADABLE', 'PDF-filen kunde inte läsas (den verkar skadad).');
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** The PDF's text layer, pages joined by a blank line (no OCR): a scanned PDF without text is refused as such. */
export async function readPdf(bytes: Uint8Array, budget: Budget = new Budget()): Promise<string> {
  return (await readPdfPages(bytes, budget)).map((p) => p.text).join('\n\n');
}
