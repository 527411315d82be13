import { readFileSync } from 'fs';
import { join } from 'path';
import { importDocument, importText, toContractJson } from '../../src/import';
import { toDocx, toPdf } from '../fixtures/build';

jest.mock('../../src/import/readers/pdfjsLoader', () => ({ loadPdfjs: () => jest.requireActual<typeof import('./pdfjsBridge')>('./pdfjsBridge').loadPdfjsThroughNode() }));

const dir = join(__dirname, '../fixtures');
const seed = (name: string) => readFileSync(join(dir, 'seeds', name), 'utf8');
const expected = (id: string) => JSON.parse(readFileSync(join(dir, 'expected', `${id}.json`), 'utf8'));

/** Messages are prose for people; the test compares every field and each warning's code and field. */
function comparable(result: ReturnType<typeof toContractJson>) {
  return {
    ...result,
    agreements: result.agreements.map((a) => ({ ...a, warnings: a.warnings.map((w) => ({ code: w.code, field: w.field })) })),
    warnings: result.warnings.map((w) => ({ code: w.code, field: w.field })),
  };
}

const SEEDS: [string, string][] = [
  ['000', '000.txt'],
  ['001', '001.txt'],
  ['002', '002.md'],
  ['003', '003.md'],
  ['004', '004.txt'],
];

describe.each(SEEDS)('seed %s', (id, file) => {
  test('imports from text exactly as written by hand', () => {
    const result = toContractJson(importText(seed(file), file));
    expect(comparable(result)).toEqual(expected(id));
    for (const a of result.agreements) for (const w of a.warnings) expect(w.message.length).toBeGreaterThan(10);
  });

  test('the same text always gives the same result', () => {
    expect(importText(seed(file), file)).toEqual(importText(seed(file), file));
  });
});

describe.each([['000'], ['001']])('seed %s as Word and PDF', (id) => {
  const text = seed(`${id}.txt`);
  const want = expected(id).agreements;

  test('docx imports every field the same as the text', async () => {
    const result = await importDocument(`${id}.docx`, await toDocx(text));
    expect(result.documentKind).toBe('agreement');
    expect(comparable(toContractJson(result)).agreements).toEqual(want);
  });

  test('pdf imports every field the same as the text', async () => {
    const result = await importDocument(`${id}.pdf`, await toPdf(text));
    expect(result.documentKind).toBe('agreement');
    expect(comparable(toContractJson(result)).agreements).toEqual(want);
  });
});

test('the docx of seed 000 holds the economy in a real Word table', async () => {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(await toDocx(seed('000.txt')));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('<w:tbl>');
  const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
  expect(table).toContain('1 710 000 kr');
  expect(table).toContain('4 818 600 kr');
});

test('provenance points at the text each field was read from', () => {
  const result = importText(seed('000.txt'), '000.txt');
  const a = result.agreements[0];
  const text = seed('000.txt');
  expect(a.provenance?.length).toBeGreaterThan(5);
  const total = a.provenance!.find((p) => p.field === 'annualTotal')!;
  expect(total.snippet).toContain('4 818 600');
  expect(total.end).toBeGreaterThan(total.start);
  const start = a.provenance!.find((p) => p.field === 'validity.start')!;
  expect(start.snippet).toBe('2024-01-01');
  expect(text.length).toBeGreaterThan(start.end);
});

describe.each([['000.docx'], ['000.pdf'], ['001.docx'], ['001.pdf']])('committed document %s', (file) => {
  test('imports every field as the hand-written expectation', async () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'documents', file)));
    const result = await importDocument(file, bytes);
    expect(comparable(toContractJson(result)).agreements).toEqual(expected(file.slice(0, 3)).agreements);
  });
});
