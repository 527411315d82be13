import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { MEMO_COLUMNS, type Memo } from './memo';
import { fitColumns } from './columnWidths';

/**
 * The memo as a Word document. Officials paste it into their own template, so it uses Word's built-in styles
 * only (Title, Heading 1/2, Normal, a numbered decision), real tables and no fonts or colours of its own. The
 * overview table has a landscape page of its own, its columns fitted to their content, so that no word is broken
 * inside ("Överenskom melse") and a row of long texts does not fill a page.
 */

const AMOUNT_COLUMNS = new Set<number>([MEMO_COLUMNS.value, MEMO_COLUMNS.cost]);

/** A4 in twips (twentieths of a point), with 2 cm margins on the table's landscape page. */
const A4 = { width: 11906, height: 16838 };
const LANDSCAPE_MARGIN = 1134;
const TABLE_WIDTH = A4.height - 2 * LANDSCAPE_MARGIN;

function cell(text: string, column: number, width: number, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        children: [new TextRun({ text, bold })],
        alignment: AMOUNT_COLUMNS.has(column) ? AlignmentType.RIGHT : AlignmentType.LEFT,
      }),
    ],
  });
}

function overviewTable(memo: Memo): Table {
  const widths = fitColumns([memo.columns, ...memo.rows, memo.totals], TABLE_WIDTH, AMOUNT_COLUMNS);
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      // The header repeats on every page; a body row may break across pages (one taller than a page must).
      new TableRow({ tableHeader: true, cantSplit: true, children: memo.columns.map((h, i) => cell(h, i, widths[i], true)) }),
      ...memo.rows.map((row) => new TableRow({ children: row.map((t, i) => cell(t, i, widths[i])) })),
      new TableRow({ cantSplit: true, children: memo.totals.map((t, i) => cell(t, i, widths[i], true)) }),
    ],
  });
}

export function memoDocument(memo: Memo): Document {
  const opening: Paragraph[] = [
    new Paragraph({ text: memo.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: memo.decisionHeading, heading: HeadingLevel.HEADING_1 }),
    ...memo.decisions.map((d, i) => new Paragraph({ text: `${i + 1}. ${d}` })),
    new Paragraph({ text: 'Ärende', heading: HeadingLevel.HEADING_1 }),
    ...memo.arende.map((t) => new Paragraph({ text: t })),
  ];
  const overview: (Paragraph | Table)[] = [
    new Paragraph({ text: memo.tableHeading, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: memo.tableIntro }),
    overviewTable(memo),
  ];
  for (const note of memo.tableNotes) {
    overview.push(new Paragraph({ text: note.heading, spacing: { before: 240 } }));
    for (const line of note.lines) overview.push(new Paragraph({ text: line, bullet: { level: 0 } }));
  }
  const followUp: Paragraph[] = [new Paragraph({ text: memo.followUpHeading, heading: HeadingLevel.HEADING_1 })];
  for (const s of memo.sections) {
    followUp.push(new Paragraph({ text: s.name, heading: HeadingLevel.HEADING_2 }));
    for (const f of s.facts) followUp.push(new Paragraph({ text: f }));
    followUp.push(new Paragraph({ children: [new TextRun({ text: s.text, italics: s.placeholder })] }));
  }
  const landscape = {
    page: {
      size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
      margin: { top: LANDSCAPE_MARGIN, bottom: LANDSCAPE_MARGIN, left: LANDSCAPE_MARGIN, right: LANDSCAPE_MARGIN },
    },
  };
  const portrait = { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT } } };
  return new Document({
    title: memo.title,
    creator: 'IOP-avtal för Excel',
    sections: [
      { properties: portrait, children: opening },
      { properties: landscape, children: overview },
      { properties: portrait, children: followUp },
    ],
  });
}

/** The .docx bytes; the same in Node (CLI) and in the browser (task pane). */
export async function writeMemoDocx(memo: Memo): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(memoDocument(memo)));
}
