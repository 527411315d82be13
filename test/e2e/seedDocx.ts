import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './harness';

/**
 * Seed 000 (a copy of its text is in seed000.txt) as a .docx. The import helper's committed fixture is used when present; otherwise one is built from
 * the seed's text with the `docx` package: headings as Word headings, tab-separated lines as two-column tables,
 * <b> marks as bold runs — the structures the docx reader has to handle.
 */
export async function seed000Docx(): Promise<Buffer> {
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  if (fs.existsSync(fixtures)) {
    const found = fs.readdirSync(fixtures, { recursive: true }).map(String).find((f) => /(^|\/)000[^/]*\.docx$/.test(f));
    if (found) return fs.readFileSync(path.join(fixtures, found));
  }
  return buildDocx(fs.readFileSync(path.join(__dirname, 'seed000.txt'), 'utf8'));
}

async function buildDocx(text: string): Promise<Buffer> {
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const runs = (line: string) =>
    line
      .split(/(<b>.*?<\/b>)/)
      .filter((part) => part !== '')
      .map((part) => new TextRun({ text: part.replace(/<\/?b>/g, ''), bold: part.startsWith('<b>') }));
  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [];
  let tableRows: string[][] = [];
  const flushTable = () => {
    if (tableRows.length === 0) return;
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: tableRows.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: runs(c) })] })) })),
      }),
    );
    tableRows = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.includes('\t')) {
      tableRows.push(line.split('\t').map((c) => c.trim()));
      continue;
    }
    flushTable();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][heading[1].length - 1];
      children.push(new Paragraph({ heading: level, children: runs(heading[2]) }));
    } else if (line.startsWith('- ')) {
      children.push(new Paragraph({ bullet: { level: 0 }, children: runs(line.slice(2)) }));
    } else if (line.trim() !== '' && line.trim() !== '---') {
      children.push(new Paragraph({ children: runs(line) }));
    }
  }
  flushTable();
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
