import { Budget } from '../budget';
import type { ReadPage } from '../ocr/marks';
import type { OcrOptions } from '../ocr/read';
import { ImportError } from '../result';
import { checkPdfStreams } from './pdfStreams';
import { loadPdfjs } from './pdfjsLoader';
import { joinWrapped } from '../text/normalize';

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Cell {
  text: string;
  x0: number;
  x1: number;
  /** Separated from the cell before by a gap a table's cell margins explain but wide spacing in prose could too. */
  narrow?: boolean;
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
  for (const p of [...row].sort((a, b) => a.x - b.x)) {
    // pdf.js reports the space between two text runs as an item as wide as the gap: a gap, not text.
    if (!p.str.trim()) continue;
    const gap = p.x - end;
    const cell = cells[cells.length - 1];
    if (!cell || gap > Math.max(p.size, 8)) cells.push({ text: p.str, x0: p.x, x1: p.x + p.width, narrow: !!cell && gap <= Math.max(p.size * 1.8, 10) });
    else {
      if (gap > p.size * 0.15 && !/\s$/.test(cell.text) && !/^\s/.test(p.str)) cell.text += ' ';
      cell.text += p.str;
      cell.x1 = p.x + p.width;
    }
    end = p.x + p.width;
  }
  return cells;
}

/** How far above and below a row its neighbouring table row is looked for, past lines of one cell. */
const NEIGHBOUR_REACH = 3;

/**
 * Undoes a narrow cell boundary that no neighbouring row shares: that gap was spacing, not a column. The neighbours
 * are the nearest rows of several cells above and below: in a table whose cells wrap, the line between two rows
 * holds one cell's wrapped words ("medel", "250 kr (värderat)") and no edge to compare with.
 */
function confirmNarrow(rows: Row[]): void {
  const edgeNear = (row: Row | undefined, c: Cell) => !!row?.cells.some((o) => Math.abs(o.x0 - c.x0) <= 2 || Math.abs(o.x1 - c.x1) <= 2);
  // The nearest row of several cells above (step -1) or below (+1), within reach and not past a paragraph gap.
  const neighbour = (i: number, step: number): Row | undefined => {
    for (let k = i + step, n = 0; n < NEIGHBOUR_REACH && k >= 0 && k < rows.length; k += step, n++) {
      if (rows[k].cells.length >= 2) return rows[k];
      if (rows[step > 0 ? k + 1 : k]?.gapBefore) return undefined;
    }
    return undefined;
  };
  rows.forEach((row, i) => {
    const merged: Cell[] = [];
    const near = [rows[i - 1], rows[i + 1], neighbour(i, -1), neighbour(i, 1)];
    for (const c of row.cells) {
      const prev = merged[merged.length - 1];
      if (prev && c.narrow && !near.some((r) => edgeNear(r, c))) {
        prev.text += ` ${c.text}`;
        prev.x1 = c.x1;
      } else merged.push(c);
    }
    row.cells = merged;
  });
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
  const out: string[] = [];
  let i = 0;
  while (i < rows.length) {
    if (rows[i].gapBefore) out.push('');
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
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , , x, y] = item.transform as number[];
        pieces.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 });
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
