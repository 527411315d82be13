import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Memo } from './memo';

/**
 * The memo as a Word document. Officials paste it into their own template, so it uses Word's built-in styles
 * only (Title, Heading 1/2, Normal, a numbered decision), real tables and no fonts or colours of its own.
 */

const AMOUNT_COLUMNS = new Set([4, 5]);

function cell(text: string, column: number, bold = false): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: [new TextRun({ text, bold })],
        alignment: AMOUNT_COLUMNS.has(column) ? AlignmentType.RIGHT : AlignmentType.LEFT,
      }),
    ],
  });
}

function overviewTable(memo: Memo): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: memo.columns.map((h, i) => cell(h, i, true)) }),
      ...memo.rows.map((row) => new TableRow({ children: row.map((t, i) => cell(t, i)) })),
      new TableRow({ children: memo.totals.map((t, i) => cell(t, i, true)) }),
    ],
  });
}

export function memoDocument(memo: Memo): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: memo.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: memo.decisionHeading, heading: HeadingLevel.HEADING_1 }),
    ...memo.decisions.map((d, i) => new Paragraph({ text: `${i + 1}. ${d}` })),
    new Paragraph({ text: 'Ärende', heading: HeadingLevel.HEADING_1 }),
    ...memo.arende.map((t) => new Paragraph({ text: t })),
    new Paragraph({ text: memo.tableHeading, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: memo.tableIntro }),
    overviewTable(memo),
    new Paragraph({ text: memo.followUpHeading, heading: HeadingLevel.HEADING_1 }),
  ];
  for (const s of memo.sections) {
    children.push(new Paragraph({ text: s.name, heading: HeadingLevel.HEADING_2 }));
    for (const f of s.facts) children.push(new Paragraph({ text: f }));
    children.push(new Paragraph({ children: [new TextRun({ text: s.text, italics: s.placeholder })] }));
  }
  return new Document({
    title: memo.title,
    creator: 'IOP-avtal för Excel',
    sections: [{ children }],
  });
}

/** The .docx bytes; the same in Node (CLI) and in the browser (task pane). */
export async function writeMemoDocx(memo: Memo): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(memoDocument(memo)));
}
