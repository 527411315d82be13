import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { writePlanXlsx } from '../../../src/writers/xlsx';
import { buildWorkbookPlan, cellAddress, columnLetter, KRONOR_FORMAT, PERIOD_LABELS, SECTOR_LABELS, SHEETS, TOTAL_LABEL, WorkbookPlan } from '../../../src/workbook';
import { ALL } from '../../fixtures/workbook/agreements';

import { OVERVIEW_ROLES } from '../../../src/workbook/overview';
const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };

/** Resolves a relationship target against the folder of the part that owns the .rels. */
function resolve(owner: string, target: string): string {
  const parts = owner.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** The part a .rels file describes: xl/worksheets/_rels/sheet2.xml.rels → xl/worksheets/sheet2.xml. */
function ownerOf(rels: string): string {
  return rels.replace(/_rels\/([^/]+)\.rels$/, '$1').replace(/^\.rels$/, '');
}

function relationships(xml: string): { id: string; type: string; target: string }[] {
  return [...xml.matchAll(/<Relationship Id="([^"]+)" Type="([^"]+)" Target="([^"]+)"\/>/g)].map((m) => ({ id: m[1], type: m[2], target: m[3] }));
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the .xlsx package', () => {
  let plan: WorkbookPlan;
  let zip: JSZip;
  let files: Record<string, string>;

  beforeAll(async () => {
    plan = buildWorkbookPlan(ALL, settings, { year: 2025, today: new Date(2025, 2, 15) });
    zip = await JSZip.loadAsync(await writePlanXlsx(plan));
    files = {};
    for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) files[name] = await zip.files[name].async('string');
  });

  it('prints the reports landscape on one page width with the header repeated, and hides the id column', () => {
    const workbook = files['xl/workbook.xml'];
    const index = (name: string) => plan.sheets.findIndex((s) => s.name === name);
    // No hidden helper sheet: the reports read the tables' calculated columns.
    expect(workbook).not.toContain('Beräkning');
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index(SHEETS.overview)}">'Översikt'!$5:$5</definedName>`);
    for (const name of [SHEETS.overview, SHEETS.plan]) {
      const sheet = files[`xl/worksheets/sheet${index(name) + 1}.xml`];
      expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
      expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    }
    const overview = files[`xl/worksheets/sheet${index(SHEETS.overview) + 1}.xml`];
    // The id column is the last (after the follow-up columns of the year).
    const idColumn = OVERVIEW_ROLES.indexOf('key') + 1;
    expect(overview).toMatch(new RegExp(`<col min="${idColumn}" max="${idColumn}" width="10" customWidth="1" hidden="1"/>`));
    // Framed rows with long text are as high as their wrapped lines.
    expect(overview).toMatch(/<row r="6" ht="\d+" customHeight="1">/);
    expect(files['xl/styles.xml']).toContain('<alignment vertical="top" wrapText="1"/>');
  });

  it('has only well-formed XML parts', () => {
    for (const [name, xml] of Object.entries(files)) expect([name, XMLValidator.validate(xml)]).toEqual([name, true]);
  });

  it('gives every part a content type and every relationship an existing target', () => {
    const types = files['[Content_Types].xml'];
    const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]);
    for (const part of overrides) expect(files[part]).toBeDefined();
    for (const part of Object.keys(files).filter((f) => f.endsWith('.xml') && f !== '[Content_Types].xml')) expect(overrides).toContain(part);
    for (const rels of Object.keys(files).filter((f) => f.endsWith('.rels'))) {
      const owner = rels === '_rels/.rels' ? '' : ownerOf(rels);
      if (owner) expect(files[owner]).toBeDefined();
      const list = relationships(files[rels]);
      expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
      for (const r of list) expect([rels, r.target, files[owner ? resolve(owner, r.target) : r.target] !== undefined]).toEqual([rels, r.target, true]);
      // Every r:id the owner uses is declared in its .rels.
      if (owner) for (const m of files[owner].matchAll(/r:id="([^"]+)"/g)) expect(list.map((r) => r.id)).toContain(m[1]);
    }
  });

  it('puts a native stacked column chart of the totals with extensions on Flerårsplan', () => {
    const sheetIndex = plan.sheets.findIndex((s) => s.name === SHEETS.plan) + 1;
    const sheetPart = `xl/worksheets/sheet${sheetIndex}.xml`;
    const sheetXml = files[sheetPart];
    const [drawingRel] = relationships(files[`xl/worksheets/_rels/sheet${sheetIndex}.xml.rels`]).filter((r) => r.type.endsWith('/drawing'));
    expect(sheetXml).toContain(`<drawing r:id="${drawingRel.id}"/>`);
    // Schema order: … pageMargins, pageSetup, headerFooter, …, drawing, legacyDrawing, …, tableParts, extLst.
    expect(sheetXml.indexOf('<drawing ')).toBeGreaterThan(sheetXml.indexOf('<pageMargins'));
    expect(sheetXml.indexOf('<drawing ')).toBeGreaterThan(sheetXml.indexOf('</sheetData>'));
    const drawingPart = resolve(sheetPart, drawingRel.target);
    const [chartRel] = relationships(files[drawingPart.replace(/([^/]+)$/, '_rels/$1.rels')]);
    expect(chartRel.type).toMatch(/\/chart$/);
    expect(files[drawingPart]).toContain(`r:id="${chartRel.id}"`);
    const chartXml = files[resolve(drawingPart, chartRel.target)];
    expect(chartXml).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');

    const sheet = plan.sheets[sheetIndex - 1];
    const chart = sheet.chart!;
    const yearsRange = `'${SHEETS.plan}'!$${columnLetter(chart.firstColumn)}$${chart.categoryRow + 1}:$${columnLetter(chart.lastColumn)}$${chart.categoryRow + 1}`;
    const formulas = [...chartXml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => unescape(m[1]));
    const totalsRow = (part: string) => sheet.cells.findIndex((r) => r[0]?.value === `${TOTAL_LABEL}, alla avtal` && r[1]?.value === PERIOD_LABELS.extended && r[2]?.value === part);
    const rows = [totalsRow(SECTOR_LABELS.public), totalsRow(SECTOR_LABELS.civil)];
    expect(rows.every((r) => r > 0)).toBe(true);
    const range = (r: number) => `'${SHEETS.plan}'!$${columnLetter(chart.firstColumn)}$${r + 1}:$${columnLetter(chart.lastColumn)}$${r + 1}`;
    expect(formulas).toEqual([`'${SHEETS.plan}'!$C$${rows[0] + 1}`, yearsRange, range(rows[0]), `'${SHEETS.plan}'!$C$${rows[1] + 1}`, yearsRange, range(rows[1])]);
    expect(sheet.cells[chart.categoryRow][chart.firstColumn]?.value).toBe(2018);

    // The cached values are the plan's (the domain core's) totals, so a viewer draws the chart unrecalculated.
    const caches = [...chartXml.matchAll(/<c:numCache>(.*?)<\/c:numCache>/g)].map((m) => [...m[1].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]+)<\/c:v>/g)].map((p) => [Number(p[1]), Number(p[2])]));
    const expected = (r: number) => sheet.cells[r].slice(chart.firstColumn, chart.lastColumn + 1).map((c, i) => [i, c!.value as number]);
    expect(caches).toEqual([expected(chart.categoryRow), expected(rows[0]), expected(chart.categoryRow), expected(rows[1])]);
    expect(expected(rows[0]).some(([, v]) => v > 0)).toBe(true);
  });

  it('is read back by ExcelJS with its tables, names, formats and cached results', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await zip.generateAsync({ type: 'nodebuffer' })) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const t of sheet.tables) {
        const table = ws.getTable(t.name) as unknown as { table: { tableRef: string; columns: { name: string }[] } };
        expect(table.table.columns.map((c) => c.name)).toEqual(t.columns);
        const last = cellAddress(t.row + Math.max(1, t.rowCount), t.column + t.columns.length - 1);
        expect(table.table.tableRef).toBe(`${cellAddress(t.row, t.column)}:${last}`);
      }
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell || cell.value === '' || cell.value === null) return;
          const got = ws.getCell(r + 1, c + 1);
          const value = got.value as ExcelJS.CellValue;
          // ExcelJS drops a formula's cached result when it is 0 (its value getter copies only truthy fields).
          const raw = value && typeof value === 'object' && 'formula' in value ? ((value as ExcelJS.CellFormulaValue).result ?? (cell.value === 0 ? 0 : undefined)) : value;
          // ExcelJS turns numbers with a date format into Dates.
          const plain = raw instanceof Date ? raw.getTime() / 86400000 + 25569 : raw;
          expect([sheet.name, cellAddress(r, c), plain]).toEqual([sheet.name, cellAddress(r, c), cell.value]);
          if (cell.formula) expect((value as ExcelJS.CellFormulaValue).formula).toBe(cell.formula.slice(1));
          if (cell.format) expect([sheet.name, cellAddress(r, c), got.numFmt]).toEqual([sheet.name, cellAddress(r, c), cell.format]);
          if (cell.bold) expect(got.font?.bold).toBe(true);
        }),
      );
    }
    const names = plan.names.map((n) => [n.name, wb.definedNames.getRanges(n.name).ranges[0]]);
    expect(names).toEqual(plan.names.map((n) => [n.name, `'${n.sheet}'!${n.address}`]));
    expect(plan.sheets.some((s) => s.cells.some((r) => r.some((c) => c?.format === KRONOR_FORMAT)))).toBe(true);
  });
});

describe('text in the .xlsx', () => {
  it('comes back as written: markup characters, spaces, line breaks, formula-like text; control characters are dropped', async () => {
    const texts = ['a & b <c> "d" \'e\'', '  leading and trailing  ', 'rad 1\nrad 2\r\nrad 3', '=SUMMA(A1:A2)', '+46 13 20 60 00', 'emoji 🙂 och åäö', ']]>'];
    const plan: WorkbookPlan = {
      sheets: [
        {
          name: "Bl'ad & <test>",
          cells: [[...texts.map((t) => ({ value: t })), { value: 'bell\u0007tecken' }], [{ value: 1.5, formula: '=LEN("<&>")' }]],
          tables: [],
          columnWidths: [],
        },
      ],
      names: [],
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writePlanXlsx(plan)) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("Bl'ad & <test>");
    expect(texts.map((_, i) => ws.getCell(1, i + 1).value)).toEqual(texts);
    expect(ws.getCell(1, texts.length + 1).value).toBe('belltecken');
    expect(ws.getCell(2, 1).value).toEqual({ formula: 'LEN("<&>")', result: 1.5 });
  });
});
