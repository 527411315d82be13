import JSZip from 'jszip';
import { dateToExcelSerial, isValidParts } from '../domain/dates';
import { grouped, mb } from '../import/budget';
import { OLE_MAGIC, concatBytes, duplicateZipEntry, hasEncryptedPackage, startsWith } from '../import/readers/bytes';
import { columnIndex } from './plan';
import type { CellValue } from './plan';
import type { RawTable } from './readTables';
import { fromR1C1, toR1C1 } from './references';
import { scanXml, XmlError } from './xmlScan';

/**
 * Reading the Excel tables of an .xlsx file (the workbook `iop oversikt` wrote, or the add-in's, after the user
 * edited it in Excel or LibreOffice) as the read-back takes them: the same `RawTable` the pane's reader
 * hands over, so the CLI and the pane read a table the same way. Cells are given as a running Excel gives
 * them: numbers (dates as their serial numbers), text, booleans, "" for an empty cell, an error cell as its
 * error text (marked in `errors`); a formula cell as its cached result, its formula in `formulas`. Text is
 * never read as a formula, a number or a date.
 */

/** The caps of reading one workbook; each names itself in its refusal. */
export interface XlsxLimits {
  /** Bytes of the file. */
  fileBytes: number;
  /** Entries of the zip archive. */
  zipEntries: number;
  /** Bytes inflated from the parts read (the workbook, its relationships, tables, shared strings, the sheets with our tables). */
  inflatedBytes: number;
  /** Cells (<c> elements) in the sheets read, shared strings, and cells of the tables' rows handed on. */
  cells: number;
}

/**
 * Far above a real workbook: 1 000 agreements (bench/workbook.js) written as .xlsx are 3.2 MB zipped and
 * 22.7 MB unpacked (every part), with 63 000 cells on the sheets holding the tables.
 */
export const XLSX_LIMITS: Readonly<XlsxLimits> = Object.freeze({
  fileBytes: 25 * 1024 * 1024,
  zipEntries: 2000,
  inflatedBytes: 200 * 1024 * 1024,
  cells: 2_000_000,
});

export type XlsxErrorCode = 'UNREADABLE' | 'TOO_LARGE' | 'ENCRYPTED' | 'UNSUPPORTED_TYPE';

/** A workbook that cannot be read, with a plain Swedish message for the user. */
export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxError';
  }
}

export interface XlsxTable extends RawTable {
  /** The table's name as Excel shows it (IOP_Avtal). */
  name: string;
  sheet: string;
}

export interface XlsxContents {
  /** The tables asked for that the workbook has, by name as asked. */
  tables: Map<string, XlsxTable>;
  /** The value of each workbook name asked for that points at one cell ('' for an empty cell). */
  names: Map<string, CellValue>;
}

interface ZipStream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', cb: (e: unknown) => void): ZipStream;
  on(event: 'end', cb: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

const ZIP = [0x50, 0x4b];

/** The package: parts inflated on demand, every byte counted against one allowance (declared sizes can lie). */
class Package {
  private inflated = 0;
  private cells = 0;

  private constructor(
    private readonly zip: JSZip,
    readonly limits: Readonly<XlsxLimits>,
  ) {}

  static async open(bytes: Uint8Array, limits: Readonly<XlsxLimits>): Promise<Package> {
    if (bytes.length > limits.fileBytes) throw new XlsxError('TOO_LARGE', `Filen är större än ${mb(limits.fileBytes)} och läses inte (gräns för filstorlek).`);
    if (startsWith(bytes, OLE_MAGIC)) {
      // Excel encrypts a password-protected .xlsx into an OLE container; an .xls is one too.
      if (hasEncryptedPackage(bytes)) throw new XlsxError('ENCRYPTED', 'Arbetsboken är lösenordsskyddad. Ta bort skyddet i Excel och försök igen.');
      throw new XlsxError('UNSUPPORTED_TYPE', 'Äldre Excel-format (.xls) stöds inte. Spara arbetsboken som .xlsx i Excel.');
    }
    if (!startsWith(bytes, ZIP)) throw new XlsxError('UNREADABLE', 'Filen är ingen Excel-arbetsbok (.xlsx): den är inget zip-arkiv.');
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch {
      throw new XlsxError('UNREADABLE', 'Filen är ingen läsbar Excel-arbetsbok (.xlsx): zip-arkivet är skadat.');
    }
    const entries = Object.values(zip.files).filter((f) => !f.dir);
    if (entries.length > limits.zipEntries) throw new XlsxError('TOO_LARGE', `Arbetsboken har fler än ${grouped(limits.zipEntries)} delar och läses inte (gräns för antal delar).`);
    const twice = duplicateZipEntry(bytes);
    if (twice !== null) throw new XlsxError('UNREADABLE', `Arbetsboken har två delar med samma namn (${twice.slice(0, 80)}); vilken som gäller går inte att avgöra, så filen läses inte.`);
    return new Package(zip, limits);
  }

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  private tooLarge(): XlsxError {
    return new XlsxError('TOO_LARGE', `Arbetsboken packas upp till mer än ${mb(this.limits.inflatedBytes)} och läses inte (gräns för uppackad storlek).`);
  }

  /** Counts cells (and shared strings) against the cap. */
  cell(n = 1): void {
    this.cells += n;
    if (this.cells > this.limits.cells) {
      throw new XlsxError('TOO_LARGE', `Arbetsboken har fler än ${grouped(this.limits.cells)} celler i de delar som läses och läses inte (gräns för antal celler).`);
    }
  }

  /** A part's text, or null when the package has no such part. */
  async read(name: string): Promise<string | null> {
    const entry = this.zip.file(name);
    if (!entry) return null;
    const declared = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (this.inflated + declared > this.limits.inflatedBytes) throw this.tooLarge();
    const chunks = await new Promise<Uint8Array[]>((resolve, reject) => {
      // internalStream is JSZip's streaming API; its typings omit it.
      const stream = (entry as unknown as { internalStream(t: 'uint8array'): ZipStream }).internalStream('uint8array');
      const kept: Uint8Array[] = [];
      stream
        .on('data', (chunk: Uint8Array) => {
          this.inflated += chunk.length;
          if (this.inflated > this.limits.inflatedBytes) {
            stream.pause();
            reject(this.tooLarge());
            return;
          }
          kept.push(chunk.slice());
        })
        .on('error', () => reject(new XlsxError('UNREADABLE', `Arbetsboken är skadad: delen ${name} kan inte packas upp.`)))
        .on('end', () => resolve(kept))
        .resume();
    });
    const bytes = concatBytes(chunks);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
  }

  /** Scans a part, a damaged one refused with its name. */
  scan(name: string, xml: string, handler: Parameters<typeof scanXml>[1]): void {
    try {
      scanXml(xml, handler);
    } catch (e) {
      if (e instanceof XmlError) throw new XlsxError('UNREADABLE', `Arbetsboken är skadad: delen ${name} kan inte läsas (${e.message}).`);
      throw e;
    }
  }
}

/** A relationship target resolved against the part that names it (targets are relative, or absolute from the root). */
function resolvePart(from: string, target: string): string {
  const base = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

function relsPart(part: string): string {
  const at = part.lastIndexOf('/');
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

interface Rel {
  type: string;
  target: string;
}

async function relationships(pkg: Package, part: string): Promise<Map<string, Rel>> {
  const name = relsPart(part);
  const xml = await pkg.read(name);
  const out = new Map<string, Rel>();
  if (xml === null) return out;
  pkg.scan(name, xml, {
    open: (el, a) => {
      if (el === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') out.set(a.Id, { type: a.Type ?? '', target: resolvePart(part, a.Target) });
    },
  });
  return out;
}

/** "B12" → zero-based { row, column }; null for anything else. */
function cellRef(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const column = columnIndex(m[1]);
  return row >= 0 && row < 1_048_576 && column >= 0 && column < 16_384 ? { row, column } : null;
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function areaRef(ref: string): Area | null {
  const [a, b] = ref.split(':');
  const from = cellRef(a);
  const to = b === undefined ? from : cellRef(b);
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.column, to.column), bottom: Math.max(from.row, to.row), right: Math.max(from.column, to.column) };
}

/** OOXML's escape of characters XML cannot hold: "_x000D_" is a carriage return, "_x005F_" an underscore. */
function unescapeOoxml(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text of <si> or <is>: the runs' <t>, without phonetic guides (<rPh>). */
function richTextCollector() {
  let inT = false;
  let inPhonetic = 0;
  let text = '';
  return {
    open(el: string) {
      if (el === 'rPh') inPhonetic++;
      else if (el === 't' && !inPhonetic) inT = true;
    },
    close(el: string) {
      if (el === 'rPh') inPhonetic--;
      else if (el === 't') inT = false;
    },
    text(t: string) {
      if (inT) text += t;
    },
    take(): string {
      const t = unescapeOoxml(text);
      text = '';
      return t;
    },
  };
}

async function sharedStrings(pkg: Package, part: string | undefined): Promise<string[]> {
  const xml = part ? await pkg.read(part) : null;
  if (xml === null) return [];
  const out: string[] = [];
  const rich = richTextCollector();
  let inItem = false;
  pkg.scan(part!, xml, {
    open: (el, _a, self) => {
      if (el === 'si') {
        pkg.cell();
        inItem = true;
        if (self) out.push('');
      } else if (inItem) rich.open(el);
    },
    close: (el) => {
      if (el === 'si' && inItem) {
        out.push(rich.take());
        inItem = false;
      } else if (inItem) rich.close(el);
    },
    text: (t) => inItem && rich.text(t),
  });
  return out;
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateCode(code: string): boolean {
  // Without quoted text, escaped characters and [colour]/[$-locale] parts, a date format has d, m, y, h or s.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^General$/i.test(bare);
}

/** Which cell styles (xf index) show dates: needed only for a workbook in the 1904 date system. */
async function dateStyles(pkg: Package, part: string | undefined): Promise<Set<number>> {
  const xml = part ? await pkg.read(part) : null;
  const out = new Set<number>();
  if (xml === null) return out;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  let xf = 0;
  pkg.scan(part!, xml, {
    open: (el, a) => {
      if (el === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (el === 'cellXfs') inCellXfs = true;
      else if (el === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        if (custom.has(id) ? isDateCode(custom.get(id)!) : DATE_FORMAT_IDS.has(id)) out.add(xf);
        xf++;
      }
    },
    close: (el) => {
      if (el === 'cellXfs') inCellXfs = false;
    },
  });
  return out;
}

/** Days between Excel's 1900 and 1904 date systems: a 1904 serial plus this is the 1900 serial a running Excel gives. */
const DAYS_1904 = 1462;

interface Cell {
  value: CellValue;
  formula: string | null;
  error: boolean;
}

/** An ISO date cell (t="d") as the serial number Excel shows for it. */
function isoSerial(s: string): number | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(s);
  if (!m) return s;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidParts(parts)) return s;
  const time = m[4] ? (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) / 86400 : 0;
  return dateToExcelSerial(parts) + time;
}

/**
 * The cells of one worksheet that fall in `areas`, by zero-based row then column. Every <c> counts against the
 * cell cap, read or not (they cost the scan either way).
 */
function sheetCells(pkg: Package, name: string, xml: string, areas: readonly Area[], strings: readonly string[], dates: { styles: Set<number>; shift: number }): Map<number, Map<number, Cell>> {
  const rows = new Map<number, Map<number, Cell>>();
  const inAreas = (r: number, c: number) => areas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
  const rich = richTextCollector();
  const shared = new Map<string, { formula: string; row: number; column: number }>();
  let row = -1;
  let column = -1;
  let current: { row: number; column: number; type: string; style: number; v: string; f: string | null; fAttrs: Record<string, string> | null } | null = null;
  let inV = false;
  let inF = false;
  let inInline = false;
  // Only <sheetData> holds cells (an extension elsewhere may have elements named "c" or "row" too).
  let inData = false;

  const finish = () => {
    const c = current!;
    current = null;
    let formula: string | null = null;
    if (c.fAttrs) {
      const text = c.f ?? '';
      if (c.fAttrs.t === 'shared' && c.fAttrs.si !== undefined) {
        if (text) shared.set(c.fAttrs.si, { formula: `=${text}`, row: c.row, column: c.column });
        const master = shared.get(c.fAttrs.si);
        formula = text ? `=${text}` : master ? fromR1C1(toR1C1(master.formula, master.row, master.column), c.row, c.column) : null;
      } else if (text) formula = `=${text}`;
    }
    let value: CellValue = '';
    let error = false;
    switch (c.type) {
      case 's': {
        if (c.v.trim() === '') break;
        const i = Number(c.v);
        if (!Number.isInteger(i) || i < 0 || i >= strings.length) {
          throw new XlsxError('UNREADABLE', `Arbetsboken är skadad: en cell på ${name} pekar på en delad text (nummer ${c.v.trim().slice(0, 12)}) som inte finns.`);
        }
        value = strings[i];
        break;
      }
      case 'inlineStr':
        value = rich.take();
        break;
      case 'str':
        value = unescapeOoxml(c.v);
        break;
      case 'b':
        value = c.v.trim() === '' ? '' : c.v.trim() === '1' || c.v.trim().toLowerCase() === 'true';
        break;
      case 'e':
        value = c.v.trim();
        error = value !== '';
        break;
      case 'd':
        value = c.v.trim() === '' ? '' : isoSerial(c.v.trim());
        break;
      default: {
        const t = c.v.trim();
        if (t === '') break;
        const n = Number(t);
        // A number Excel could not have written stays its text, which the readers refuse with a reason.
        value = Number.isFinite(n) ? (dates.shift && dates.styles.has(c.style) ? n + dates.shift : n) : t;
      }
    }
    if (value === '' && formula === null) return;
    let cells = rows.get(c.row);
    if (!cells) rows.set(c.row, (cells = new Map()));
    cells.set(c.column, { value, formula, error });
  };

  pkg.scan(name, xml, {
    open: (el, a, self) => {
      if (current) {
        if (el === 'v') inV = !self;
        else if (el === 'f') {
          current.fAttrs = a;
          inF = !self;
        } else if (el === 'is') inInline = !self;
        else if (inInline) rich.open(el);
        return;
      }
      if (el === 'sheetData') inData = !self;
      if (!inData) return;
      if (el === 'row') {
        const r = Number(a.r);
        row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
        column = -1;
      } else if (el === 'c') {
        pkg.cell();
        const at = a.r ? cellRef(a.r) : null;
        if (at) {
          row = at.row;
          column = at.column;
        } else column++;
        if (!inAreas(row, column)) return;
        current = { row, column, type: a.t ?? 'n', style: Number(a.s ?? 0), v: '', f: null, fAttrs: null };
        if (self) finish();
      }
    },
    close: (el) => {
      if (el === 'sheetData') inData = false;
      if (!current) return;
      if (el === 'c') finish();
      else if (el === 'v') inV = false;
      else if (el === 'f') inF = false;
      else if (el === 'is') inInline = false;
      else if (inInline) rich.close(el);
    },
    text: (t) => {
      if (!current) return;
      if (inV) current.v += t;
      else if (inF) current.f = (current.f ?? '') + t;
      else if (inInline) rich.text(t);
    },
  });
  return rows;
}

interface SheetInfo {
  name: string;
  part: string;
}

interface TableInfo {
  name: string;
  sheet: SheetInfo;
  area: Area;
  headerRows: number;
  totalsRows: number;
  columns: string[];
}

/** A workbook name's single-cell target: "'Inställningar'!$B$3" → sheet and cell. */
function nameTarget(text: string): { sheet: string; row: number; column: number } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d{1,7})$/.exec(text.trim());
  if (!m) return null;
  const at = cellRef(m[3]);
  return at ? { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], ...at } : null;
}

const REL = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  table: '/table',
  sharedStrings: '/sharedStrings',
  styles: '/styles',
};

/**
 * The tables named in `tables` (matched as Excel matches names, without regard to case) and the single-cell
 * workbook names in `names`, read from an .xlsx file's bytes. Only the parts that hold them are inflated.
 * Throws an XlsxError with a Swedish message for a file that is no workbook, is damaged, or exceeds a cap.
 */
export async function readXlsxTables(bytes: Uint8Array, wanted: { tables: readonly string[]; names?: readonly string[] }, limits: Readonly<XlsxLimits> = XLSX_LIMITS): Promise<XlsxContents> {
  const pkg = await Package.open(bytes, limits);
  const rootRels = await relationships(pkg, '');
  const main = [...rootRels.values()].find((r) => r.type.endsWith(REL.officeDocument))?.target ?? 'xl/workbook.xml';
  const workbookXml = await pkg.read(main);
  if (workbookXml === null) {
    if (pkg.has('word/document.xml')) throw new XlsxError('UNREADABLE', 'Filen är ett Word-dokument, ingen Excel-arbetsbok.');
    throw new XlsxError('UNREADABLE', `Filen är ett zip-arkiv men ingen Excel-arbetsbok: ${main} saknas.`);
  }
  const workbookRels = await relationships(pkg, main);
  const sheets: (SheetInfo & { rel: string })[] = [];
  const definedNames: { name: string; local: boolean; text: string }[] = [];
  let date1904 = false;
  {
    let defining: { name: string; local: boolean; text: string } | null = null;
    pkg.scan(main, workbookXml, {
      open: (el, a, self) => {
        if (el === 'sheet' && a.name && a.id) sheets.push({ name: a.name, rel: a.id, part: '' });
        else if (el === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
        else if (el === 'definedName' && !self) defining = { name: a.name ?? '', local: a.localSheetId !== undefined, text: '' };
      },
      close: (el) => {
        if (el === 'definedName' && defining) {
          definedNames.push(defining);
          defining = null;
        }
      },
      text: (t) => {
        if (defining) defining.text += t;
      },
    });
  }
  for (const s of sheets) {
    const rel = workbookRels.get(s.rel);
    if (rel && rel.type.endsWith(REL.worksheet)) s.part = rel.target;
  }
  const worksheets = sheets.filter((s) => s.part);
  const fold = (s: string) => s.toLowerCase();
  const wantedTables = new Map(wanted.tables.map((t) => [fold(t), t]));

  const tables: TableInfo[] = [];
  for (const sheet of worksheets) {
    const rels = await relationships(pkg, sheet.part);
    for (const rel of rels.values()) {
      if (!rel.type.endsWith(REL.table)) continue;
      const xml = await pkg.read(rel.target);
      if (xml === null) throw new XlsxError('UNREADABLE', `Arbetsboken är skadad: tabelldelen ${rel.target} (bladet ${sheet.name}) saknas.`);
      let info: TableInfo | null = null;
      pkg.scan(rel.target, xml, {
        open: (el, a) => {
          if (el === 'table') {
            const name = a.displayName || a.name || '';
            const area = areaRef(a.ref ?? '');
            if (!wantedTables.has(fold(name))) return;
            if (!area) throw new XlsxError('UNREADABLE', `Arbetsboken är skadad: tabellen ${name} (bladet ${sheet.name}) har inget läsbart område ("${(a.ref ?? '').slice(0, 40)}").`);
            info = { name, sheet, area, headerRows: a.headerRowCount === '0' ? 0 : 1, totalsRows: Number(a.totalsRowCount ?? 0) > 0 ? 1 : 0, columns: [] };
          } else if (el === 'tableColumn' && info) info.columns.push(unescapeOoxml(a.name ?? ''));
        },
      });
      if (info) tables.push(info);
    }
  }

  // Names at workbook level win over a sheet's own of the same name, as in formulas outside that sheet.
  const wantedNames = (wanted.names ?? []).map((n) => {
    const candidates = definedNames.filter((d) => fold(d.name) === fold(n));
    const d = candidates.find((c) => !c.local) ?? candidates[0];
    return { name: n, target: d ? nameTarget(d.text) : null };
  });

  const workbookRelList = [...workbookRels.values()];
  const needsStrings = tables.length > 0 || wantedNames.some((n) => n.target);
  const strings = needsStrings ? await sharedStrings(pkg, workbookRelList.find((r) => r.type.endsWith(REL.sharedStrings))?.target) : [];
  const dates = { styles: date1904 ? await dateStyles(pkg, workbookRelList.find((r) => r.type.endsWith(REL.styles))?.target) : new Set<number>(), shift: date1904 ? DAYS_1904 : 0 };

  const out: XlsxContents = { tables: new Map(), names: new Map() };
  for (const sheet of worksheets) {
    const mine = tables.filter((t) => t.sheet === sheet);
    const named = wantedNames.filter((n) => n.target && fold(n.target.sheet) === fold(sheet.name));
    if (mine.length === 0 && named.length === 0) continue;
    const xml = await pkg.read(sheet.part);
    if (xml === null) throw new XlsxError('UNREADABLE', `Arbetsboken är skadad: bladet ${sheet.name} (${sheet.part}) saknas.`);
    const areas = [...mine.map((t) => t.area), ...named.map((n) => ({ top: n.target!.row, bottom: n.target!.row, left: n.target!.column, right: n.target!.column }))];
    const cells = sheetCells(pkg, sheet.part, xml, areas, strings, dates);
    for (const n of named) out.names.set(n.name, cells.get(n.target!.row)?.get(n.target!.column)?.value ?? '');
    for (const t of mine) out.tables.set(wantedTables.get(fold(t.name))!, tableOf(pkg, t, cells));
  }
  return out;
}

/** One table's header and body rows as the read-back takes them: rows with nothing in them left out, as the pane's reader leaves them. */
function tableOf(pkg: Package, t: TableInfo, cells: Map<number, Map<number, Cell>>): XlsxTable {
  const { top, left, bottom, right } = t.area;
  const width = right - left + 1;
  const headerCells = t.headerRows ? cells.get(top) : undefined;
  const headers = Array.from({ length: width }, (_, i) => t.columns[i] || String(headerCells?.get(left + i)?.value ?? ''));
  const first = top + t.headerRows;
  const last = bottom - t.totalsRows;
  const present = [...cells.keys()].filter((r) => r >= first && r <= last).sort((a, b) => a - b);
  const table: XlsxTable = { name: t.name, sheet: t.sheet.name, headers, rows: [], rowNumbers: [], bodyIndex: [], formulas: [], errors: [] };
  for (const r of present) {
    const row = cells.get(r)!;
    if (![...row.keys()].some((c) => c >= left && c <= right)) continue;
    pkg.cell(width);
    const at = (i: number) => row.get(left + i);
    table.rows.push(Array.from({ length: width }, (_, i) => at(i)?.value ?? ''));
    table.formulas!.push(Array.from({ length: width }, (_, i) => at(i)?.formula ?? at(i)?.value ?? ''));
    table.errors!.push(Array.from({ length: width }, (_, i) => at(i)?.error ?? false));
    table.rowNumbers!.push(r + 1);
    table.bodyIndex!.push(r - first);
  }
  return table;
}
