import { ImportError } from '../result';
import { MAX_PDF_PAGES } from '../limits';
import { loadPdfjs } from './pdfjsLoader';

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Text items of one page to lines: a wide gap between items is a table cell boundary (tab), a tall gap a paragraph. */
export function piecesToText(pieces: Piece[]): string {
  const rows: Piece[][] = [];
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const p of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - p.y) <= Math.max(2, row[0].size * 0.4)) row.push(p);
    else rows.push([p]);
  }
  const gaps = rows.slice(1).map((r, i) => rows[i][0].y - r[0].y).sort((a, b) => a - b);
  const lineHeight = gaps.length ? gaps[Math.floor(gaps.length / 2)] : 12;
  const out: string[] = [];
  rows.forEach((row, i) => {
    // A paragraph gap is taller than a line: judged by the page's usual line spacing, or by the font size on
    // pages of many short paragraphs where the usual spacing is itself a paragraph gap.
    if (i > 0 && rows[i - 1][0].y - row[0].y > Math.min(lineHeight * 1.45, row[0].size * 1.8)) out.push('');
    row.sort((a, b) => a.x - b.x);
    let line = '';
    let end = -Infinity;
    for (const p of row) {
      // pdf.js reports the space between two text runs as an item as wide as the gap: a gap, not text.
      if (!p.str.trim()) continue;
      const gap = p.x - end;
      if (line && gap > Math.max(p.size * 1.8, 10)) line += '\t';
      else if (line && gap > p.size * 0.15 && !/\s$/.test(line) && !/^\s/.test(p.str)) line += ' ';
      line += p.str;
      end = p.x + p.width;
    }
    out.push(line);
  });
  return out.join('\n');
}

function isPasswordError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: string }).name === 'PasswordException';
}

/** The PDF's text layer (no OCR): a scanned PDF without text is reported as such. */
export async function readPdf(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfjs();
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
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    if (isPasswordError(e)) throw new ImportError('ENCRYPTED', 'PDF-filen är lösenordsskyddad. Ta bort skyddet och försök igen.');
    throw new ImportError('UNREADABLE', 'PDF-filen kunde inte läsas (den verkar skadad).');
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new ImportError('TOO_LARGE', `PDF-filen har ${doc.numPages} sidor; högst ${MAX_PDF_PAGES} läses.`);
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , , x, y] = item.transform as number[];
        pieces.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 });
      }
      pages.push(piecesToText(pieces));
      page.cleanup();
    }
    const text = pages.join('\n\n');
    if (!text.trim()) throw new ImportError('UNREADABLE', 'PDF-filen har inget textlager (inskannad bild?) och kan inte läsas utan OCR.');
    return text;
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('UNREADABLE', 'PDF-filen kunde inte läsas (den verkar skadad).');
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
