import type { NamePlan, SheetPlan } from '../../workbook/plan';
import { escapeAttr, escapeText, NS, REL_TYPE, XML_HEAD } from './xml';

const CT = 'application/vnd.openxmlformats-officedocument';
export const CONTENT_TYPES = {
  workbook: `${CT}.spreadsheetml.sheet.main+xml`,
  worksheet: `${CT}.spreadsheetml.worksheet+xml`,
  styles: `${CT}.spreadsheetml.styles+xml`,
  sharedStrings: `${CT}.spreadsheetml.sharedStrings+xml`,
  theme: `${CT}.theme+xml`,
  table: `${CT}.spreadsheetml.table+xml`,
  drawing: `${CT}.drawing+xml`,
  chart: `${CT}.drawingml.chart+xml`,
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
} as const;

/** [Content_Types].xml: every part's type, by part name. */
export function contentTypesXml(overrides: readonly { part: string; type: string }[]): string {
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map((o) => `<Override PartName="/${o.part}" ContentType="${o.type}"/>`).join('') +
    '</Types>'
  );
}

/** xl/workbook.xml; sheets refer to xl/_rels/workbook.xml.rels as rId1… in order. */
export function workbookXml(sheets: readonly SheetPlan[], names: readonly NamePlan[]): string {
  const sheetList = sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('');
  const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
  const printTitles = sheets.flatMap((s, i) =>
    s.print?.repeatRows
      ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeText(`${quoted(s.name)}!$${s.print.repeatRows[0] + 1}:$${s.print.repeatRows[1] + 1}`)}</definedName>`]
      : [],
  );
  const defined = [...names.map((n) => `<definedName name="${escapeAttr(n.name)}">${escapeText(`${quoted(n.sheet)}!${n.address}`)}</definedName>`), ...printTitles].join('');
  // fullCalcOnLoad: a spreadsheet program computes the formulas itself instead of trusting the cached values.
  return (
    XML_HEAD +
    `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    '<workbookPr/>' +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheetList}</sheets>` +
    (defined ? `<definedNames>${defined}</definedNames>` : '') +
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
    '</workbook>'
  );
}

export function corePropertiesXml(creator: string): string {
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:creator>${escapeText(creator)}</dc:creator>` +
    '</cp:coreProperties>'
  );
}

export { REL_TYPE };
