import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { deflateSync } from 'zlib';
import JSZip from 'jszip';
import { Budget, DEFAULT_LIMITS, ImportError, importDocument, importFile, importText } from '../../src/import/node';
import { toDocx } from '../fixtures/build';
import { cpuClock } from '../cpuClock';

jest.mock('../../src/import/readers/pdfjsLoader', () => ({ loadPdfjs: () => jest.requireActual<typeof import('./pdfjsBridge')>('./pdfjsBridge').loadPdfjsThroughNode() }));

// The caps are measured in CPU time (cpuBudget below); the wall clock only guards against a hang. Building and
// reading these documents takes a few CPU seconds, which on a machine loaded eight times over is minutes of wall time.
jest.setTimeout(300_000);

/** One document's budget: every cap is a plain refusal naming the cap, met where the work is done and quickly. */
const seed = readFileSync(join(__dirname, '../fixtures/seeds/000.txt'), 'utf8');
const CAP = DEFAULT_LIMITS.timeMs;

function refusal(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('was not refused');
}

async function refusalOf(p: Promise<unknown>): Promise<ImportError> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!(e instanceof ImportError)) throw e ?? new Error('was not refused');
  return e;
}

/**
 * The time cap counted in this process's CPU time (cpuClock): an import that fits it fits whatever else the
 * machine is doing, and one that does not is refused with TIMEOUT by the importer's own checks.
 */
const cpuBudget = (timeMs = CAP) => new Budget({ timeMs }, cpuClock);

test('200 000 lines are read within the time cap', () => {
  const text = `${seed}\n## Ekonomi\n${'Totalt 1 000 kr\n'.repeat(100_000)}${'a\n'.repeat(100_000)}`;
  expect(importText(text, 'rader.txt', cpuBudget()).agreements).toHaveLength(1);
});

test('a 5 million character line is refused at once, naming the cap; a 1.9 million character line is read in time', () => {
  // At once: before any parsing, which reads the budget's clock as it goes.
  let reads = 0;
  const counting = new Budget({}, () => (reads++, 0));
  const e = refusal(() => importText(`${seed}\n${'a'.repeat(5_000_000)}`, 'lång.txt', counting));
  expect(e.code).toBe('TOO_LARGE');
  expect(e.message).toMatch(/gräns för textlängd/);
  expect(reads).toBeLessThanOrEqual(2);
  for (const line of ['a'.repeat(1_900_000), 'ö1 000 kr: '.repeat(170_000), 'Föreningen genom socialnämnden mellan '.repeat(45_000)]) {
    try {
      importText(`${seed}\n${line}\n`, 'lång.txt', cpuBudget());
    } catch (err) {
      if (!(err instanceof ImportError) || err.code === 'TIMEOUT') throw err;
    }
  }
});

test('130 000 table rows are refused by the row cap (no stack overflow); 45 000 rows are read', () => {
  const rows = (n: number) => `${seed}\n## Ekonomi\n${Array.from({ length: n }, (_, i) => `Post ${i}\t1 000 kr`).join('\n')}\n`;
  expect(refusal(() => importText(`${seed}\n## Ekonomi\n${'P\t1\n'.repeat(130_000)}`, 'rader.txt')).message).toMatch(/gräns för tabellrader/);
  expect(importText(rows(45_000), 'rader.txt', cpuBudget()).agreements).toHaveLength(1);
  expect(refusal(() => importText(`${seed}\n${'a\t'.repeat(600)}\n`, 'bred.txt')).message).toMatch(/gräns för celler per rad/);
});

test('the time cap is checked inside the parser, so the work stops instead of running on', () => {
  let reads = 0;
  let clock = 0;
  // A clock that moves 5 ms each time it is read: the budget of 1 s runs out part-way through the parse.
  const budget = new Budget({ timeMs: 1000 }, () => ((reads += 1), (clock += 5)));
  const e = refusal(() => importText(`${seed}\n## Ekonomi\n${'Post\t1 000 kr\n'.repeat(40_000)}`, 'långsam.txt', budget));
  expect(e.code).toBe('TIMEOUT');
  expect(e.message).toMatch(/tidsgräns/);
  // Read about 200 times (1000 / 5): checked repeatedly inside the loops, not once around the whole import.
  expect(reads).toBeGreaterThan(150);
  const cancelled = new Budget();
  cancelled.cancel();
  expect(refusal(() => importText(seed, 's.txt', cancelled)).code).toBe('CANCELLED');
});

async function docxWith(change: (zip: JSZip) => void | Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await toDocx(seed));
  await change(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

test('every part of a .docx counts: an inflating image, a renamed main part, a table of 100 000 rows', async () => {
  const image = await docxWith((z) => void z.file('word/media/image1.png', new Uint8Array(70 * 1024 * 1024)));
  expect((await refusalOf(importDocument('bild.docx', image))).message).toMatch(/gräns för uppackad storlek/);
  const renamed = await docxWith(async (z) => {
    const main = await z.file('word/document.xml')!.async('string');
    z.remove('word/document.xml');
    z.file('word/main.bin', main.replace('</w:body>', `<w:p><w:r><w:t>${' '.repeat(70 * 1024 * 1024)}</w:t></w:r></w:p></w:body>`));
    z.file('_rels/.rels', (await z.file('_rels/.rels')!.async('string')).replace('word/document.xml', 'word/main.bin'));
  });
  expect((await refusalOf(importDocument('namn.docx', renamed))).message).toMatch(/gräns för uppackad storlek/);
  const row = '<w:tr><w:tc><w:p><w:r><w:t>Post</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1 000 kr</w:t></w:r></w:p></w:tc></w:tr>';
  const table = await docxWith(async (z) => {
    const main = await z.file('word/document.xml')!.async('string');
    z.file('word/document.xml', main.replace('</w:body>', `<w:tbl>${row.repeat(100_000)}</w:tbl></w:body>`));
  });
  expect(table.byteLength).toBeLessThan(200 * 1024);
  // Refused by the element cap, within 5 s of CPU (else the refusal would be TIMEOUT).
  expect((await refusalOf(importDocument('rader.docx', table, cpuBudget(5000)))).message).toMatch(/XML-element/);
  // A main part found through _rels/.rels under another name is read like any other.
  const moved = await docxWith(async (z) => {
    z.file('word/main.bin', await z.file('word/document.xml')!.async('string'));
    z.remove('word/document.xml');
    z.file('_rels/.rels', (await z.file('_rels/.rels')!.async('string')).replace('word/document.xml', 'word/main.bin'));
  });
  expect((await importDocument('flyttad.docx', moved)).agreements[0].annualTotal).toBe(4818600);
});

test('a PDF whose flate stream inflates to a gigabyte is refused before pdf.js inflates it', async () => {
  const pdf = readFileSync(join(__dirname, '../fixtures/documents/000.pdf')).toString('latin1');
  const bomb = deflateSync(Buffer.alloc(256 * 1024 * 1024), { level: 9 });
  const obj = `\n999 0 obj\n<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n${bomb.toString('latin1')}\nendstream\nendobj\n`;
  const at = pdf.indexOf('endobj') + 6;
  const bytes = Buffer.from(pdf.slice(0, at) + obj + pdf.slice(at).replace(/\/Contents\s+\d+\s+0\s+R/, '/Contents 999 0 R'), 'latin1');
  expect((await refusalOf(importDocument('bomb.pdf', new Uint8Array(bytes)))).message).toMatch(/gräns för uppackad storlek/);
  // The budget's own page cap, checked before any page is read.
  expect((await refusalOf(importDocument('sidor.pdf', new Uint8Array(readFileSync(join(__dirname, '../fixtures/documents/000.pdf'))), new Budget({ pdfPages: 1 })))).message).toMatch(/gräns för antal sidor/);
});

test('special files are refused by type, and a /proc file whose size says 0 is not read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-special-'));
  execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
  for (const path of [join(dir, 'fifo.txt'), '/dev/zero', '/proc/self/status', '/proc/self/pagemap']) {
    const e = await refusalOf(importFile(path));
    expect([path, e.code, e.message]).toEqual([path, 'UNREADABLE', expect.stringMatching(/ingen vanlig fil/)]);
  }
  expect((await refusalOf(importFile(dir))).message).toMatch(/mapp/);
});

test('values no agreement can have are dropped at the edge with a warning', () => {
  const text = seed.replace('med möjlighet till förlängning två gånger två år', 'med möjlighet till förlängning 0 år i taget').replace('## Parter', 'Basår: 1000\n\n## Parter');
  const [a] = importText(text, 'fel.txt').agreements;
  expect(a.indexation?.baseYear ?? null).not.toBe(1000);
  expect(a.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/Basåret 1000 är inget rimligt årtal/));
  expect(a.validity.extension).toBeNull();
  const swapped = importText(seed.replace('från och med 2024-01-01 till och med 2025-12-31', 'från och med 2025-12-31 till och med 2024-01-01'), 'fel.txt').agreements[0];
  expect(swapped.validity.start !== null && swapped.validity.end !== null && swapped.validity.start > swapped.validity.end).toBe(false);
});
