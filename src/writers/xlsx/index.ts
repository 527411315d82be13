import type { WorkbookPlan } from '../../workbook/plan';
import { chartXml, drawingXml } from './chart';
import { SharedStrings } from './sharedStrings';
import { StyleRegistry } from './styles';
import { OFFICE_THEME_XML } from './theme';
import { CONTENT_TYPES, REL_TYPE, contentTypesXml, corePropertiesXml, workbookXml } from './workbook';
import { tableXml, worksheetXml } from './worksheet';
import { Relationship, relationshipsXml } from './xml';
import { ZipEntry, zip } from './zip';

/**
 * Writes a plan as .xlsx (SpreadsheetML written directly: a cell object model such as ExcelJS's costs seconds
 * for the ~200 000 cells of 1 000 agreements). Formulas carry their computed values as cached results and the
 * workbook asks for a full recalculation on load, so a spreadsheet program computes them itself. A sheet plan's
 * chart becomes a native column chart (DrawingML) referencing the sheet's cells.
 */
export async function writePlanXlsx(plan: WorkbookPlan): Promise<Buffer> {
  const styles = new StyleRegistry();
  const strings = new SharedStrings();
  const entries: ZipEntry[] = [];
  const types: { part: string; type: string }[] = [{ part: 'xl/workbook.xml', type: CONTENT_TYPES.workbook }];
  const workbookRels: Relationship[] = [];
  let tableCount = 0;
  let chartCount = 0;

  plan.sheets.forEach((sheet, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const rels: Relationship[] = [];
    const tableRelIds = sheet.tables.map((table) => {
      const id = ++tableCount;
      const tablePart = `xl/tables/table${id}.xml`;
      entries.push({ name: tablePart, data: tableXml(table, id) });
      types.push({ part: tablePart, type: CONTENT_TYPES.table });
      const relId = `rId${rels.length + 1}`;
      rels.push({ id: relId, type: REL_TYPE.table, target: `../tables/table${id}.xml` });
      return relId;
    });
    let drawingRelId: string | undefined;
    if (sheet.chart && sheet.chart.series.length > 0 && sheet.chart.lastColumn >= sheet.chart.firstColumn) {
      const n = ++chartCount;
      drawingRelId = `rId${rels.length + 1}`;
      rels.push({ id: drawingRelId, type: REL_TYPE.drawing, target: `../drawings/drawing${n}.xml` });
      entries.push(
        { name: `xl/drawings/drawing${n}.xml`, data: drawingXml(sheet.chart, 'rId1', sheet.chart.title) },
        { name: `xl/drawings/_rels/drawing${n}.xml.rels`, data: relationshipsXml([{ id: 'rId1', type: REL_TYPE.chart, target: `../charts/chart${n}.xml` }]) },
        { name: `xl/charts/chart${n}.xml`, data: chartXml(sheet, sheet.chart) },
      );
      types.push({ part: `xl/drawings/drawing${n}.xml`, type: CONTENT_TYPES.drawing }, { part: `xl/charts/chart${n}.xml`, type: CONTENT_TYPES.chart });
    }
    entries.push({ name: part, data: worksheetXml(sheet, i === 0, styles, strings, { tableRelIds, drawingRelId }) });
    if (rels.length > 0) entries.push({ name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, data: relationshipsXml(rels) });
    types.push({ part, type: CONTENT_TYPES.worksheet });
    workbookRels.push({ id: `rId${i + 1}`, type: REL_TYPE.worksheet, target: `worksheets/sheet${i + 1}.xml` });
  });

  const n = plan.sheets.length;
  workbookRels.push({ id: `rId${n + 1}`, type: REL_TYPE.styles, target: 'styles.xml' });
  workbookRels.push({ id: `rId${n + 2}`, type: REL_TYPE.sharedStrings, target: 'sharedStrings.xml' });
  types.push({ part: 'xl/styles.xml', type: CONTENT_TYPES.styles }, { part: 'xl/sharedStrings.xml', type: CONTENT_TYPES.sharedStrings });
  workbookRels.push({ id: `rId${n + 3}`, type: REL_TYPE.theme, target: 'theme/theme1.xml' });
  types.push({ part: 'xl/theme/theme1.xml', type: CONTENT_TYPES.theme });
  entries.push({ name: 'xl/theme/theme1.xml', data: OFFICE_THEME_XML });
  types.push({ part: 'docProps/core.xml', type: CONTENT_TYPES.core });

  const head: ZipEntry[] = [
    { name: '[Content_Types].xml', data: contentTypesXml(types) },
    {
      name: '_rels/.rels',
      data: relationshipsXml([
        { id: 'rId1', type: REL_TYPE.officeDocument, target: 'xl/workbook.xml' },
        { id: 'rId2', type: REL_TYPE.coreProperties, target: 'docProps/core.xml' },
      ]),
    },
    { name: 'docProps/core.xml', data: corePropertiesXml('iop') },
    { name: 'xl/workbook.xml', data: workbookXml(plan.sheets, plan.names) },
    { name: 'xl/_rels/workbook.xml.rels', data: relationshipsXml(workbookRels) },
    { name: 'xl/styles.xml', data: styles.xml() },
    { name: 'xl/sharedStrings.xml', data: strings.xml() },
  ];
  return zip([...head, ...entries]);
}
