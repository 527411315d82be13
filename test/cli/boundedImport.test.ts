import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT, ensureCliBuilt } from './builtCli';

/* eslint-disable @typescript-eslint/no-require-imports */
const { build } = require('../../scripts/fuzzCases.js') as { build(r: object): { name: string; bytes: Buffer } };

/**
 * The built CLI imports in a worker thread that is terminated at its deadline, so even a library step that never
 * yields ends in one plain refusal. The case: a damaged .docx (fuzz seed 20261201, docx case 1903) on which
 * mammoth's XML parser works quadratically for minutes without returning to the event loop, out of the budget's
 * reach. The test uses the compiled module with a short deadline (the CLI's is the budget's 20 s + 5 s).
 */
beforeAll(() => ensureCliBuilt(), 120_000);

const quadraticDocx = {
  format: 'docx', base: 2100562557, raw: true,
  mutations: [
    { kind: 'drop', at: 410063380, n: 1243985972, count: 2106995744, size: 3 },
    { kind: 'corrupt', at: 1227974025, n: 701111264, count: 458859482, size: 2 },
    { kind: 'rows', at: 1746355642, n: 1170372909, count: 1394217616, size: 11527 },
    { kind: 'truncate', at: 1308856512, n: 484347072, count: 1861438713, size: 2 },
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'iop-bounded-'));
const hostile = join(dir, 'fall.docx');
writeFileSync(hostile, build(quadraticDocx).bytes);

type Bounded = { importFileBounded(path: string, deadlineMs?: number): Promise<unknown> };
const lib = () => require(join(ROOT, 'lib/cli/boundedImport.js')) as Bounded;

test('a document that never yields is stopped at the deadline with the time-limit refusal', async () => {
  const started = Date.now();
  await expect(lib().importFileBounded(hostile, 1_500)).rejects.toMatchObject({ code: 'TIMEOUT', message: expect.stringMatching(/tidsgräns/) });
  // Terminated at the deadline, not when the parser finishes (minutes): seconds of slack for a loaded machine.
  expect(Date.now() - started).toBeLessThan(10_000);
}, 30_000);

test('after a terminated import the next file is read by a fresh thread', async () => {
  await expect(lib().importFileBounded(hostile, 1_000)).rejects.toMatchObject({ code: 'TIMEOUT' });
  const result = (await lib().importFileBounded(join(ROOT, 'test/fixtures/documents/000.docx'))) as { documentKind: string; agreements: unknown[] };
  expect(result).toMatchObject({ documentKind: 'agreement', agreements: [expect.anything()] });
}, 60_000);

test('a refusal inside the thread keeps its code and Swedish message', async () => {
  const empty = join(dir, 'tom.pdf');
  writeFileSync(empty, '%PDF-1.4\n%%EOF\n');
  await expect(lib().importFileBounded(empty)).rejects.toMatchObject({ name: 'ImportError', message: expect.stringMatching(/PDF|läsas/) });
}, 60_000);

test('`iop import` of the hostile file as a process: exit 2, one line, the thread does not keep it running', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/iop.js'), 'import', hostile, '--json'], { encoding: 'utf8', timeout: 90_000 });
  expect({ status: r.status, lines: r.stderr.trim().split('\n').length, stack: /\n\s+at\s/.test(r.stderr) }).toEqual({ status: 2, lines: 1, stack: false });
  expect(r.stderr).toMatch(/tidsgräns/);
}, 90_000);
