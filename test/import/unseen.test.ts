import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { importDocument, importText, toContractJson } from '../../src/import';
import { unseenDocx, unseenPdf } from '../fixtures/unseen/build';

jest.mock('../../src/import/readers/pdfjsLoader', () => ({ loadPdfjs: () => jest.requireActual<typeof import('./pdfjsBridge')>('./pdfjsBridge').loadPdfjsThroughNode() }));

/**
 * Agreements the importer was not written against, in other wordings and layouts, each with its expected
 * JSON written by hand from reading the document. Every stated field must be exact; warnings are compared
 * as a set of code and field (their order and wording are not the contract).
 */
const dir = join(__dirname, '../fixtures/unseen');
const documents = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));

type Result = ReturnType<typeof toContractJson>;
type Agreement = Result['agreements'][number];

function expectedOf(id: string): { documentKind: string; agreements: Record<string, unknown>[] } {
  const json = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
  if (json.agreements) return json;
  const { documentKind, ...agreement } = json;
  return { documentKind, agreements: [agreement] };
}

const warningSet = (ws: { code: string; field?: string }[]) => ws.map((w) => `${w.code}:${w.field ?? ''}`).sort();

function comparable(a: Agreement | Record<string, unknown>) {
  const { warnings, ...rest } = a as Agreement;
  return { ...rest, warnings: warningSet(warnings) };
}

function check(result: Result, id: string) {
  const want = expectedOf(id);
  expect(result.documentKind).toBe(want.documentKind);
  expect(result.agreements.map(comparable)).toEqual(want.agreements.map(comparable));
  for (const a of result.agreements) for (const w of a.warnings) expect(w.message.length).toBeGreaterThan(10);
}

const text = (id: string) => readFileSync(join(dir, `${id}.txt`), 'utf8');

test('there are at least eight unseen documents, each with its expectation', () => {
  expect(documents.length).toBeGreaterThanOrEqual(8);
  for (const id of documents) expect(() => expectedOf(id)).not.toThrow();
});

describe.each(documents)('%s', (id) => {
  test('as text', () => check(toContractJson(importText(text(id), `${id}.txt`)), id));
  test('as Word with real tables', async () => check(toContractJson(await importDocument(`${id}.docx`, await unseenDocx(text(id)))), id));
  test('as PDF whose table cells wrap across lines', async () => check(toContractJson(await importDocument(`${id}.pdf`, await unseenPdf(text(id)))), id));
});

test('the PDF builder really wraps table cells: a label and a header continue on the next baseline', async () => {
  const { readPdf } = await import('../../src/import/readers/pdf');
  const hemgang = await readPdf(await unseenPdf(text('03-trygg-hemgang')));
  expect(hemgang).toMatch(/Personal för samordning och administration av\t620 000 kr\n\themgångsstödet, 2 st à 50 %/);
  const navet = await readPdf(await unseenPdf(text('08-ungdomsgarden-navet')));
  expect(navet).toMatch(/i Råby\t600 000 kr\t\ninklusive städning\n/);
  const overview = await readPdf(await unseenPdf(text('07-oversikt-socialnamnden')));
  expect(overview.split('\n').filter((l) => /^\t/.test(l)).length).toBeGreaterThanOrEqual(3);
});
