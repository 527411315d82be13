import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { MAX_KRONOR } from '../../src/domain/money';

/* eslint-disable-next-line @typescript-eslint/no-require-imports */
const cases = require('../../scripts/hostileCases.js') as {
  SEED_000: string;
  AMOUNT_CASES: { name: string; edit(t: string): string }[];
  WORKBOOK_CASES: { name: string; edits: object[] }[];
  editWorkbook(bytes: Buffer, edits: object[]): Promise<Buffer>;
  sheetPart(zip: JSZip, name: string): Promise<string>;
};

/**
 * Every command on documents and workbooks with absurd amounts, rates and years (the attack run's cases, in
 * scripts/hostileCases.js) ends with exit 0 and warnings that name the line or the cell, or exit 2 and one line;
 * and what it writes holds no figure outside the range for money (10^11 kr per year), no float exponent, no NaN.
 */
const dir = mkdtempSync(join(tmpdir(), 'iop-amounts-'));
const seed = readFileSync(cases.SEED_000, 'utf8');

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir }, out, err };
}

interface Outcome {
  code: number;
  warnings: string[];
  errors: string[];
  figures: number[];
}

/** Runs one command on one file and collects the figures of what it wrote (JSON, the .xlsx's cells, the memo). */
async function run(command: string, file: string, tag: string): Promise<Outcome> {
  const c = capture();
  const out = join(dir, `${tag}.${command === 'promemoria' ? 'docx' : 'xlsx'}`);
  const args = command === 'flerar' ? ['flerar', file, '--json'] : [command, file, '-o', out, '--ar', '2025'];
  const code = await main(args, c.io);
  const lines = c.err.join('').split('\n').filter(Boolean);
  const figures: number[] = [];
  if (code === 0 && command === 'flerar') {
    for (const plan of JSON.parse(c.out.join('')) as { years: { public: number; civil: number; total: number }[] }[]) {
      for (const y of plan.years) figures.push(y.public, y.civil, y.total);
    }
  }
  if (code === 0 && command === 'oversikt') {
    const zip = await JSZip.loadAsync(readFileSync(out));
    // The figures the plan computed: the overview and the multi-year plan (the tables hold what the reader let in).
    for (const sheet of ['Översikt', 'Flerårsplan']) {
      const xml = await zip.file(await cases.sheetPart(zip, sheet))!.async('string');
      // Numeric cells only: a cell with a type (t="s", "str", "inlineStr", "b") holds text or a truth value.
      for (const m of xml.matchAll(/<c ([^>]*)>(?:<f>[^<]*<\/f>)?<v>([^<]*)<\/v>/g)) if (!/\bt="/.test(m[1])) figures.push(Number(m[2]));
    }
  }
  if (code === 0 && command === 'promemoria') {
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/e\+\d|NaN|Infinity|∞/);
    for (const m of text.matchAll(/(\d{1,3}(?:[\s\u00a0]\d{3})+) kr/g)) figures.push(Number(m[1].replace(/\D/g, '')));
  }
  return { code, warnings: lines.filter((l) => l.startsWith('varning: ')), errors: lines.filter((l) => !l.startsWith('varning: ')), figures };
}

/** What every command must give: 0 with figures in range, or 2 with one line; never exit 1, never a stack trace. */
function expectSafe(o: Outcome): void {
  expect([0, 2]).toContain(o.code);
  expect(o.errors.some((l) => /^\s+at\s/.test(l))).toBe(false);
  if (o.code === 2) expect(o.errors).toHaveLength(1);
  for (const f of o.figures) {
    expect(Number.isFinite(f)).toBe(true);
    // A plan's multi-year totals add years; each yearly figure is at most the ceiling, and nothing leaves 2^53.
    expect(Math.abs(f)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
  }
}

const COMMANDS = ['flerar', 'oversikt', 'promemoria'];

describe.each(cases.AMOUNT_CASES.map((c) => [c.name, c] as const))('a document with %s', (name, c) => {
  const file = join(dir, `${name}.txt`);
  beforeAll(() => {
    const text = c.edit(seed);
    expect(text).not.toBe(seed);
    writeFileSync(file, text);
  });

  test.each(COMMANDS)('iop %s: exit 0, the value left out with a warning that says why and where', async (command) => {
    const o = await run(command, file, `${name}-${command}`);
    expectSafe(o);
    expect(o.code).toBe(0);
    expect(o.warnings.filter((w) => /mer än taket 100\s000\s000\s000 kr per år/.test(w))).not.toEqual([]);
    if (command === 'flerar') {
      expect(o.figures.length).toBeGreaterThan(0);
      expect(Math.max(...o.figures)).toBeLessThanOrEqual(MAX_KRONOR);
    }
  });
});

test('the warnings name the line a refused amount stands on, and never show digits a number cannot hold', async () => {
  const file = join(dir, 'naming.txt');
  writeFileSync(file, cases.AMOUNT_CASES.find((c) => c.name === 'two-pow-53-plus-1')!.edit(seed));
  const o = await run('flerar', file, 'naming');
  const line = seed.split('\n').findIndex((l) => l.startsWith('Handläggare')) + 1;
  expect(o.warnings).toContainEqual(expect.stringMatching(new RegExp(`naming\\.txt: .*rad ${line} \\("Handläggare, 3 st á 100% 9 007 199 254 740 993 kr"\\): posten "Handläggare" på ca 9,0 · 10\\^15 kr är mer än taket`)));
  expect(o.warnings.join('\n')).not.toMatch(/740\s?992/);
});

describe('a workbook edited to hold absurd values', () => {
  let base: Buffer;
  beforeAll(async () => {
    const c = capture();
    writeFileSync(join(dir, '000.txt'), seed);
    expect(await main(['oversikt', '000.txt', '-o', 'base.xlsx'], c.io)).toBe(0);
    base = readFileSync(join(dir, 'base.xlsx'));
  });

  test.each(cases.WORKBOOK_CASES.map((c) => [c.name, c] as const))('%s: every command ends in 0 or in 2 with the cell named', async (name, c) => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, await cases.editWorkbook(base, c.edits));
    for (const command of COMMANDS) {
      const o = await run(command, file, `wb-${name}-${command}`);
      expectSafe(o);
      if (o.code === 2) {
        // The refused agreement's cell or row is named (sheet, row, and column or field) before the one line.
        expect(o.warnings).toContainEqual(expect.stringMatching(/(Poster|Avtal|Belopp) rad \d+/));
        expect(o.errors[0]).toMatch(/inga IOP-avtal som kunde läsas/);
      }
    }
  });

  test('a cell of 1e300 is refused on its cell: sheet, row and column', async () => {
    const file = join(dir, 'cell.xlsx');
    writeFileSync(file, await cases.editWorkbook(base, [{ sheet: 'Poster', column: 'Belopp/år', row: 8, value: '1e300' }]));
    const o = await run('flerar', file, 'cell');
    expect(o.code).toBe(2);
    expect(o.warnings).toEqual([expect.stringMatching(/cell\.xlsx: Poster rad 8, kolumn Belopp\/år: ca 1,0 · 10\^300 kr är mer än taket 100\s000\s000\s000 kr per år – avtalet ".*" lästes inte in\./)]);
  });
});
