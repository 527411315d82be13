import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import { ImportError } from './result';

/** Megabytes as the limits' messages write them ("25 MB"); also the workbook reader's. */
export function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** A count with Swedish grouping and plain spaces, as the limits' messages write it ("150 000"). */
export function grouped(n: number): string {
  return n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ');
}

/** The refusal of a document that ran out of time, the same wherever the time ran out. */
export function timeoutError(timeMs: number = DEFAULT_LIMITS.timeMs): ImportError {
  return new ImportError('TIMEOUT', `Dokumentet tog längre tid än ${timeMs / 1000} s att läsa och avbröts (tidsgräns).`);
}

/**
 * One document's allowance of bytes, elements, lines and time. The readers and the text parser charge it as
 * they work and it throws an ImportError naming the cap that ran out, so the work stops where it is done
 * rather than being abandoned by a timer that cancels nothing. `tick()` is cheap enough for every line or
 * row: the clock is read every 256 calls.
 */
export class Budget {
  readonly limits: Readonly<ImportLimits>;
  private readonly started: number;
  private end: number;
  private inflated = 0;
  private elements = 0;
  private pdfInflated = 0;
  private ticks = 0;
  private cancelled = false;

  constructor(limits: Partial<ImportLimits> = {}, private readonly now: () => number = Date.now) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.started = now();
    this.end = this.started + this.limits.timeMs;
  }

  /** When the time is up (a clock value of `now`): `timeMs` after the start, `ocrTimeMs` once OCR began. */
  get deadline(): number {
    return this.end;
  }

  /** The document is read by OCR from now on: its time cap becomes `ocrTimeMs` from the start of the import. */
  startOcr(): void {
    this.end = Math.max(this.end, this.started + this.limits.ocrTimeMs);
  }

  /** Milliseconds left before the deadline (never negative). */
  timeLeft(): number {
    return Math.max(0, this.end - this.now());
  }

  /** Stops the work at its next check (the pane's cancel button, a signal). */
  cancel(): void {
    this.cancelled = true;
  }

  /** The error of a document that ran out of time. */
  timeout(): ImportError {
    return timeoutError(this.end - this.started);
  }

  /** Throws once the time is up or the import was cancelled. */
  check(): void {
    if (this.cancelled) throw new ImportError('CANCELLED', 'Importen avbröts.');
    if (this.now() > this.deadline) throw this.timeout();
  }

  /** check(), but reading the clock only every 256th call: for loops over lines, rows and characters. */
  tick(): void {
    if ((++this.ticks & 255) === 0 || this.cancelled) this.check();
  }

  fileBytes(n: number): void {
    if (n > this.limits.fileBytes) throw new ImportError('TOO_LARGE', `Filen är större än ${mb(this.limits.fileBytes)} och läses inte (gräns för filstorlek).`);
  }

  zipEntries(n: number): void {
    if (n > this.limits.zipEntries) throw new ImportError('TOO_LARGE', `Word-filen har fler än ${grouped(this.limits.zipEntries)} delar och läses inte (gräns för antal delar).`);
  }

  /** Bytes inflated from a .docx part and the XML elements in them. */
  inflate(bytes: number, elements = 0): void {
    this.inflated += bytes;
    this.elements += elements;
    if (this.inflated > this.limits.inflatedBytes) {
      throw new ImportError('TOO_LARGE', `Word-filen packas upp till mer än ${mb(this.limits.inflatedBytes)} och läses inte (gräns för uppackad storlek).`);
    }
    if (this.elements > this.limits.xmlElements) {
      throw new ImportError('TOO_LARGE', `Word-filen har fler än ${grouped(this.limits.xmlElements)} XML-element och läses inte (gräns för dokumentets storlek).`);
    }
    this.tick();
  }

  pdfPages(n: number): void {
    if (n > this.limits.pdfPages) throw new ImportError('TOO_LARGE', `PDF-filen har ${grouped(n)} sidor; högst ${grouped(this.limits.pdfPages)} läses (gräns för antal sidor).`);
  }

  pdfStream(bytes: number): void {
    this.pdfInflated += bytes;
    if (this.pdfInflated > this.limits.pdfStreamBytes) {
      throw new ImportError('TOO_LARGE', `PDF-filens innehåll packas upp till mer än ${mb(this.limits.pdfStreamBytes)} och läses inte (gräns för uppackad storlek).`);
    }
    this.tick();
  }

  ocrPages(n: number): void {
    if (n > this.limits.ocrPages) {
      throw new ImportError('TOO_LARGE', `Den skannade filen har ${grouped(n)} sidor utan text; högst ${grouped(this.limits.ocrPages)} läses med OCR (gräns för antal OCR-sidor).`);
    }
  }

  /** A page image's size before it is decoded or rendered. */
  ocrPixels(width: number, height: number): void {
    if (!(width > 0 && height > 0)) throw new ImportError('UNREADABLE', 'Bilden har ingen storlek och kan inte läsas.');
    if (width * height > this.limits.ocrPixels) {
      throw new ImportError('TOO_LARGE', `Bilden är ${grouped(width)} × ${grouped(height)} bildpunkter; högst ${grouped(this.limits.ocrPixels / 1e6)} miljoner läses med OCR (gräns för bildstorlek).`);
    }
  }

  chars(n: number): void {
    if (n > this.limits.textChars) throw new ImportError('TOO_LARGE', `Texten är längre än ${grouped(this.limits.textChars)} tecken och läses inte (gräns för textlängd).`);
  }

  /** The extracted text's size: characters, lines, table rows and cells, counted in one linear pass. */
  text(text: string): void {
    this.chars(text.length);
    let lines = 1;
    let rows = 0;
    let cells = 0;
    let rowTabs = 0;
    let widest = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 10;
      if (c === 9) rowTabs++;
      else if (c === 10) {
        if (rowTabs) {
          rows++;
          cells += rowTabs + 1;
          widest = Math.max(widest, rowTabs + 1);
        }
        rowTabs = 0;
        if (i < text.length) lines++;
        if ((lines & 1023) === 0) this.tick();
      }
    }
    if (lines > this.limits.textLines) throw new ImportError('TOO_LARGE', `Texten har fler än ${grouped(this.limits.textLines)} rader och läses inte (gräns för antal rader).`);
    if (rows > this.limits.tableRows) throw new ImportError('TOO_LARGE', `Dokumentet har fler än ${grouped(this.limits.tableRows)} tabellrader och läses inte (gräns för tabellrader).`);
    if (widest > this.limits.rowCells) throw new ImportError('TOO_LARGE', `En tabellrad har fler än ${grouped(this.limits.rowCells)} celler och läses inte (gräns för celler per rad).`);
    if (cells > this.limits.tableCells) throw new ImportError('TOO_LARGE', `Dokumentet har fler än ${grouped(this.limits.tableCells)} tabellceller och läses inte (gräns för tabellceller).`);
    this.check();
  }
}
