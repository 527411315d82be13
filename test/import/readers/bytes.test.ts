import { readFileSync } from 'fs';
import { join } from 'path';
import { ImportError, importDocument } from '../../../src/import';
import { duplicateZipEntry } from '../../../src/import/readers/bytes';
import { XlsxError, readXlsxTables } from '../../../src/workbook/xlsxTables';

/* eslint-disable @typescript-eslint/no-require-imports */
const { zip, unzip } = require('../../../scripts/fuzzCases.js') as {
  zip(entries: { name: string; data: Buffer }[]): Buffer;
  unzip(bytes: Buffer): { name: string; data: Buffer }[];
};
const { editWorkbook } = require('../../../scripts/hostileCases.js') as { editWorkbook(b: Buffer, e: object[]): Promise<Buffer> };
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * A zip part named twice: a zip reader keeps one copy silently (JSZip the last, another program the first), so
 * one file could show two documents. The Word and the workbook readers refuse it, naming the part.
 */
const docx = readFileSync(join(__dirname, '../../fixtures/documents/000.docx'));

function withSecondCopy(bytes: Buffer, name: string, data: Buffer): Buffer {
  return zip([...unzip(bytes), { name, data }]);
}

test('finds a name the central directory holds twice, also in other case, and nothing in a sound file', () => {
  expect(duplicateZipEntry(docx)).toBeNull();
  expect(duplicateZipEntry(withSecondCopy(docx, 'word/document.xml', Buffer.from('<w:document/>')))).toBe('word/document.xml');
  expect(duplicateZipEntry(withSecondCopy(docx, 'WORD/Document.xml', Buffer.from('<w:document/>')))).toBe('WORD/Document.xml');
  // Not a zip, or a directory that runs off the end: the zip reader judges those.
  expect(duplicateZipEntry(Buffer.from('PK\u0005\u0006'))).toBeNull();
  expect(duplicateZipEntry(docx.subarray(0, docx.length - 30))).toBeNull();
});

test('a Word file with its main part twice is refused, naming the part', async () => {
  const twice = withSecondCopy(docx, 'word/document.xml', Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Annat</w:t></w:r></w:p></w:body></w:document>'));
  const refusal = await importDocument('avtal.docx', twice).then(() => null, (e: unknown) => e);
  expect(refusal).toBeInstanceOf(ImportError);
  expect((refusal as ImportError).message).toMatch(/två delar med samma namn \(word\/document\.xml\)/);
});

test('a workbook with a sheet twice is refused, naming the part', async () => {
  // A workbook the CLI writes, with one cell changed so the second copy differs from the first.
  const { main } = await import('../../../src/cli/main');
  const { mkdtempSync } = await import('fs');
  const { tmpdir } = await import('os');
  const dir = mkdtempSync(join(tmpdir(), 'iop-dup-'));
  const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
  expect(await main(['oversikt', join(__dirname, '../../fixtures/seeds/000.txt'), '-o', 'bok.xlsx'], io)).toBe(0);
  const book = readFileSync(join(dir, 'bok.xlsx'));
  const edited = unzip(await editWorkbook(book, [{ sheet: 'Poster', column: 'Belopp/år', row: 8, value: 1 }]));
  const sheets = edited.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
  const changed = sheets.find((e) => !unzip(book).some((o) => o.name === e.name && o.data.equals(e.data)))!;
  const twice = withSecondCopy(book, changed.name, changed.data);
  const refusal = await readXlsxTables(twice, { tables: ['IOP_Poster'], names: [] }).then(() => null, (e: unknown) => e);
  expect(refusal).toBeInstanceOf(XlsxError);
  expect((refusal as XlsxError).message).toMatch(new RegExp(`två delar med samma namn \\(${changed.name.replace(/\//g, '\\/')}\\)`));
});
