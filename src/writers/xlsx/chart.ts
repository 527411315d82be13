import type { ChartPlan, SheetPlan } from '../../workbook/plan';
import { KRONOR_FORMAT, columnLetter } from '../../workbook/plan';
import { escapeAttr, escapeText, NS, XML_HEAD } from './xml';

/** The sheet name as a chart formula needs it: always quoted (Flerårsplan has non-ASCII letters). */
function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function rowRange(sheet: string, row: number, firstColumn: number, lastColumn: number): string {
  return `${quoted(sheet)}!$${columnLetter(firstColumn)}$${row + 1}:$${columnLetter(lastColumn)}$${row + 1}`;
}

function cellNumber(plan: SheetPlan, row: number, column: number): number | null {
  const v = plan.cells[row]?.[column]?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The cached values, so a viewer that does not recalculate still draws the chart. */
function numCache(plan: SheetPlan, row: number, chart: ChartPlan, format: string): string {
  const points: string[] = [];
  for (let c = chart.firstColumn; c <= chart.lastColumn; c++) {
    const v = cellNumber(plan, row, c);
    if (v !== null) points.push(`<c:pt idx="${c - chart.firstColumn}"><c:v>${v}</c:v></c:pt>`);
  }
  return `<c:numCache><c:formatCode>${escapeText(format)}</c:formatCode><c:ptCount val="${chart.lastColumn - chart.firstColumn + 1}"/>${points.join('')}</c:numCache>`;
}

/** Zero-based column of the label left of the values (the Office.js writer charts the same range). */
function labelColumn(chart: ChartPlan): number {
  return chart.firstColumn - 1;
}

/**
 * xl/charts/chartN.xml: a column chart of the plan's series rows against its category row. Series names,
 * categories and values reference the sheet's cells (so the chart follows edits) and carry cached values.
 */
export function chartXml(plan: SheetPlan, chart: ChartPlan): string {
  const sheet = plan.name;
  const stacked = chart.type === 'columnStacked';
  const categories = `<c:cat><c:numRef><c:f>${escapeText(rowRange(sheet, chart.categoryRow, chart.firstColumn, chart.lastColumn))}</c:f>${numCache(plan, chart.categoryRow, chart, 'General')}</c:numRef></c:cat>`;
  const series = chart.series
    .map((s, i) => {
      const nameRef = `${quoted(sheet)}!$${columnLetter(labelColumn(chart))}$${s.row + 1}`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeText(nameRef)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeText(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
        '<c:invertIfNegative val="0"/>' +
        categories +
        `<c:val><c:numRef><c:f>${escapeText(rowRange(sheet, s.row, chart.firstColumn, chart.lastColumn))}</c:f>${numCache(plan, s.row, chart, KRONOR_FORMAT)}</c:numRef></c:val>` +
        '</c:ser>'
      );
    })
    .join('');
  const axis = (id: number) => `<c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMl}" xmlns:r="${NS.rel}">` +
    '<c:roundedCorners val="0"/>' +
    '<c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="sv-SE" sz="1400" b="1"/><a:t>${escapeText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="${stacked ? 50 : 150}"/>${stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx>${axis(500000001)}<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx>${axis(500000002)}<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${escapeAttr(KRONOR_FORMAT)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea>' +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '</c:chartSpace>'
  );
}

/** Size of the chart in cells, as the Office.js writer places it (setPosition over 18 rows × 8 columns). */
export const CHART_ROWS = 18;
export const CHART_COLUMNS = 8;

/** xl/drawings/drawingN.xml: one chart anchored to cells, moving with them. */
export function drawingXml(chart: ChartPlan, chartRelId: string, title: string): string {
  const marker = (row: number, col: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    XML_HEAD +
    `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMl}">` +
    '<xdr:twoCellAnchor>' +
    `<xdr:from>${marker(chart.anchorRow, chart.anchorColumn)}</xdr:from>` +
    `<xdr:to>${marker(chart.anchorRow + CHART_ROWS, chart.anchorColumn + CHART_COLUMNS)}</xdr:to>` +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeAttr(title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame>' +
    '<xdr:clientData/>' +
    '</xdr:twoCellAnchor>' +
    '</xdr:wsDr>'
  );
}
