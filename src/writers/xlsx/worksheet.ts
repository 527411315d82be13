import type { PlanCell, SheetPlan, TablePlan } from '../../workbook/plan';
import { columnLetter } from '../../workbook/plan';
import { fileFormula } from '../../workbook/excelFunctions';
import type { SharedStrings } from './sharedStrings';
import type { CellLook, StyleRegistry } from './styles';
import { escapeAttr, escapeText, NS, XML_HEAD } from './xml';

const letters: string[] = [];
function letter(c: number): string {
  return (letters[c] ??= columnLetter(c));
}

/** A number as xsd:double text; NaN and infinities have no cell representation, so they are left out. */
function numberText(n: number): string | null {
  return Number.isFinite(n) ? String(n) : null;
}

/** One <c> element, or '' for a cell that holds nothing. */
function cellXml(cell: PlanCell, ref: string, styles: StyleRegistry, strings: SharedStrings, look?: CellLook, hostTable?: () => string | undefined): string {
  const s = styles.index(cell.format, cell.bold || look?.fill, look);
  const style = s ? ` s="${s}"` : '';
  const v = cell.value;
  if (cell.formula) {
    // The formula without "=" as a file stores it (future functions behind _xlfn.), and the plan's value as the
    // cached result (t says what kind of result it is).
    const f = `<f>${escapeText(fileFormula(cell.formula, cell.formula.includes('[@') ? hostTable?.() : undefined).slice(1))}</f>`;
    if (typeof v === 'number') {
      const t = numberText(v);
      return `<c r="${ref}"${style}>${f}${t === null ? '' : `<v>${t}</v>`}</c>`;
    }
    if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (typeof v === 'string' && v !== '') return `<c r="${ref}"${style} t="str">${f}<v>${escapeText(v)}</v></c>`;
    return `<c r="${ref}"${style}>${f}</c>`;
  }
  if (typeof v === 'number') {
    const t = numberText(v);
    return t === null ? (s ? `<c r="${ref}"${style}/>` : '') : `<c r="${ref}"${style}><v>${t}</v></c>`;
  }
  if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  // A string is always stored as text: "=SUMMA(…)" typed into a purpose field stays text in the file.
  if (typeof v === 'string' && v !== '') return `<c r="${ref}"${style} t="s"><v>${strings.add(v)}</v></c>`;
  // An empty cell keeps its style (a border or fill of a framed block).
  return s ? `<c r="${ref}"${style}/>` : '';
}

const LINE_POINTS = 15;

/**
 * The height a framed row needs for its wrapped text, in points (0: one line). Spreadsheet programs do not all
 * size rows to wrapped text when they open a file (LibreOffice keeps one line), so the writer states it,
 * estimating a line as the column width in characters less one.
 */
function wrappedHeight(row: (PlanCell | null)[], wraps: Set<number>, widths: (number | undefined)[], header: boolean): number {
  let lines = 1;
  row.forEach((cell, c) => {
    if (!cell || (!header && !wraps.has(c))) return;
    const text = typeof cell.value === 'string' ? cell.value : '';
    if (!text) return;
    const perLine = Math.max(4, (widths[c] ?? 9) - 1);
    // Words are not split: count lines by filling words into the width.
    let n = 1;
    let used = 0;
    for (const word of text.split(/\s+/)) {
      const w = word.length;
      if (used > 0 && used + 1 + w > perLine) {
        n += Math.ceil(w / perLine);
        used = w % perLine;
      } else used += (used > 0 ? 1 : 0) + w;
    }
    lines = Math.max(lines, n);
  });
  return lines > 1 ? lines * LINE_POINTS : 0;
}

export interface SheetParts {
  /** Relationship ids of the sheet's tables and drawing, in the sheet's .rels part. */
  tableRelIds: string[];
  drawingRelId?: string;
}

/**
 * A worksheet part as text. Built as one array of row strings joined once: for ~100 000 formula cells that
 * is far cheaper than a cell object model.
 */
export function worksheetXml(plan: SheetPlan, first: boolean, styles: StyleRegistry, strings: SharedStrings, parts: SheetParts): string {
  const rows: string[] = [];
  let maxColumn = 0;
  let lastRow = 0;
  const frame = plan.frame;
  const wraps = new Set(frame?.wrapColumns ?? []);
  const EMPTY: PlanCell = { value: null };
  const rowCount = Math.max(plan.cells.length, frame ? frame.row + frame.rows : 0);
  for (let r = 0; r < rowCount; r++) {
    const row = plan.cells[r] ?? [];
    const framed = !!frame && r >= frame.row && r < frame.row + frame.rows;
    const width = framed ? Math.max(row.length, frame!.column + frame!.columns) : row.length;
    if (width === 0) continue;
    const R = r + 1;
    let xml = '';
    for (let c = 0; c < width; c++) {
      const inFrame = framed && c >= frame!.column && c < frame!.column + frame!.columns;
      const cell = row[c] ?? (inFrame ? EMPTY : null);
      if (!cell) continue;
      const look: CellLook | undefined = inFrame ? { border: true, fill: r < frame!.row + frame!.headerRows, wrap: r < frame!.row + frame!.headerRows || wraps.has(c) } : undefined;
      const x = cellXml(cell, letter(c) + R, styles, strings, look, () => plan.tables.find((t) => r > t.row && r <= t.row + Math.max(1, t.rowCount) && c >= t.column && c < t.column + t.columns.length)?.name);
      if (x) {
        xml += x;
        if (c > maxColumn) maxColumn = c;
      }
    }
    if (xml) {
      const ht = framed ? wrappedHeight(row, wraps, plan.columnWidths, r < frame!.row + frame!.headerRows) : 0;
      rows.push(ht ? `<row r="${R}" ht="${ht}" customHeight="1">${xml}</row>` : `<row r="${R}">${xml}</row>`);
      lastRow = R;
    }
  }
  const dimension = lastRow ? `A1:${letter(maxColumn)}${lastRow}` : 'A1';
  const frozen = plan.frozenRows ?? 0;
  const pane = frozen > 0 ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>` : '';
  const hidden = new Set(plan.hiddenColumns ?? []);
  const cols = plan.columnWidths
    .map((w, i) => (w || hidden.has(i) ? `<col min="${i + 1}" max="${i + 1}" width="${w ?? 9}"${w ? ' customWidth="1"' : ''}${hidden.has(i) ? ' hidden="1"' : ''}/>` : ''))
    .join('');
  // Element order is fixed by the schema: … sheetData, … pageMargins, …, drawing, …, tableParts.
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    (plan.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    pageSetup(plan) +
    (parts.drawingRelId ? `<drawing r:id="${parts.drawingRelId}"/>` : '') +
    (parts.tableRelIds.length ? `<tableParts count="${parts.tableRelIds.length}">${parts.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>` : '') +
    '</worksheet>'
  );
}

/** Paper A4 (9); fitToHeight 0: as many pages down as the rows need, every column on one page width. */
function pageSetup(plan: SheetPlan): string {
  const p = plan.print;
  if (!p) return '';
  const fit = p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  return `<pageSetup paperSize="9" orientation="${p.orientation}"${fit}/>`;
}

/** A table part. A table needs at least one data row, so an empty one spans one blank row. */
export function tableXml(table: TablePlan, id: number): string {
  const first = `${letter(table.column)}${table.row + 1}`;
  const last = `${letter(table.column + table.columns.length - 1)}${table.row + 1 + Math.max(1, table.rowCount)}`;
  const ref = `${first}:${last}`;
  const columns = table.columns.map((name, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(name)}"/>`).join('');
  return (
    XML_HEAD +
    `<table xmlns="${NS.main}" id="${id}" name="${escapeAttr(table.name)}" displayName="${escapeAttr(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}
