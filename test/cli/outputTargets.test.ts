import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { ROOT, ensureCliBuilt } from './builtCli';

/* eslint-disable-next-line @typescript-eslint/no-require-imports */
const { longTable } = require('../../scripts/hostileCases.js') as { longTable(text: string, rows: number): string };

/**
 * `-o` writes only a regular file or a new path. A device, a FIFO, a socket, a folder (or a link to one of them)
 * is refused with exit 2 and one line, and left as it was; `-o -` is standard output; the system's error codes
 * become Swedish sentences naming the path.
 */
const SEED = join(ROOT, 'test/fixtures/seeds/000.txt');
const root = process.getuid?.() === 0;

function capture(cwd: string, extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, ...extra };
  return { io, out, err, errorLines: () => err.join('').split('\n').filter((l) => l && !l.startsWith('varning: ')) };
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iop-out-'));
  copyFileSync(SEED, join(dir, '000.txt'));
  return dir;
}

/** The kind of a path as lstat sees it, for "left as it was". */
function kind(path: string): string {
  const s = lstatSync(path);
  return s.isFIFO() ? 'fifo' : s.isCharacterDevice() ? 'char' : s.isSocket() ? 'socket' : s.isDirectory() ? 'dir' : s.isSymbolicLink() ? 'link' : s.isFile() ? 'file' : 'other';
}

async function refused(dir: string, target: string, command = 'oversikt') {
  const c = capture(dir);
  const code = await main([command, '000.txt', '-o', target], c.io);
  return { code, lines: c.errorLines(), out: c.out.join('') };
}

test.each(['oversikt', 'promemoria'])('%s -o at a FIFO: exit 2, one line, and the FIFO is still a FIFO', async (command) => {
  const dir = folder();
  execFileSync('mkfifo', [join(dir, 'rör')]);
  const r = await refused(dir, 'rör', command);
  expect(r).toEqual({ code: 2, lines: [expect.stringMatching(/rör: det är en FIFO .*ingen vanlig fil/)], out: '' });
  expect(kind(join(dir, 'rör'))).toBe('fifo');
  // Nothing was left beside it: no temp, no new file.
  expect(readdirSync(dir).sort()).toEqual(['000.txt', 'rör']);
});

(root ? test : test.skip)('-o at a character device: exit 2, and the device is still that device (root makes one)', async () => {
  const dir = folder();
  // Major 1, minor 3 is /dev/null's device: harmless even if it were written.
  execFileSync('mknod', [join(dir, 'enhet'), 'c', '1', '3']);
  const r = await refused(dir, 'enhet');
  expect(r).toEqual({ code: 2, lines: [expect.stringMatching(/enhet: det är en enhet, ingen vanlig fil/)], out: '' });
  expect(kind(join(dir, 'enhet'))).toBe('char');
  expect(lstatSync(join(dir, 'enhet')).rdev).toBe(lstatSync('/dev/null').rdev);
});

test('-o at a socket, a folder, or a link to a FIFO: refused, each left as it was', async () => {
  const dir = folder();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(join(dir, 'uttag'), resolve));
  try {
    expect(await refused(dir, 'uttag')).toMatchObject({ code: 2, lines: [expect.stringMatching(/det är en socket/)] });
    expect(kind(join(dir, 'uttag'))).toBe('socket');
  } finally {
    server.close();
  }
  mkdirSync(join(dir, 'mapp'));
  expect(await refused(dir, 'mapp')).toMatchObject({ code: 2, lines: [expect.stringMatching(/mapp: det är en mapp/)] });
  expect(kind(join(dir, 'mapp'))).toBe('dir');
  execFileSync('mkfifo', [join(dir, 'rör')]);
  symlinkSync(join(dir, 'rör'), join(dir, 'länk.xlsx'));
  expect(await refused(dir, 'länk.xlsx')).toMatchObject({ code: 2, lines: [expect.stringMatching(/länk till en FIFO/)] });
  expect([kind(join(dir, 'länk.xlsx')), kind(join(dir, 'rör'))]).toEqual(['link', 'fifo']);
});

test('a regular file and a new path are written', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'gammal.xlsx'), 'den gamla filen');
  const c = capture(dir);
  expect(await main(['oversikt', '000.txt', '-o', 'gammal.xlsx'], c.io)).toBe(0);
  expect(await main(['oversikt', '000.txt', '-o', 'ny/mapp/ny.xlsx'], c.io)).toBe(0);
  for (const f of ['gammal.xlsx', 'ny/mapp/ny.xlsx']) expect(readFileSync(join(dir, f)).subarray(0, 2).toString()).toBe('PK');
});

describe('-o - is standard output', () => {
  it('writes the file there and the summary to stderr, never a file named "-"', async () => {
    const dir = folder();
    const bytes: Uint8Array[] = [];
    const c = capture(dir, { stdoutBytes: (b) => bytes.push(b), stdoutIsTerminal: false });
    expect(await main(['promemoria', '000.txt', '-o', '-', '--ar', '2024'], c.io)).toBe(0);
    expect(Buffer.concat(bytes).subarray(0, 2).toString()).toBe('PK');
    expect(c.out).toEqual([]);
    expect(c.err.join('')).toMatch(/Skrev till standard ut/);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('is refused on a terminal (and where there is no standard output), with one line', async () => {
    const dir = folder();
    for (const extra of [{ stdoutBytes: () => undefined, stdoutIsTerminal: true }, {}]) {
      const c = capture(dir, extra);
      expect(await main(['oversikt', '000.txt', '-o', '-'], c.io)).toBe(2);
      expect(c.errorLines()).toEqual([expect.stringMatching(/standard ut är en terminal/)]);
    }
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('as a process into a pipe: the whole workbook, and a long --json answer whole (beyond the pipe\'s 64 KB)', () => {
    ensureCliBuilt();
    const dir = folder();
    // 8 000 cost items: a workbook and an answer far larger than what a pipe holds at once. The process used to
    // exit while the rest of its answer was still queued for the full pipe, and the reader got the first 64 KB.
    writeFileSync(join(dir, 'lång.txt'), longTable(readFileSync(SEED, 'utf8'), 8000));
    const book = spawnSync(process.execPath, [join(ROOT, 'bin/iop.js'), 'oversikt', 'lång.txt', '-o', '-'], { cwd: dir, maxBuffer: 256 * 1024 * 1024 });
    expect(book.status).toBe(0);
    expect(book.stdout.length).toBeGreaterThan(256 * 1024);
    // The central directory's end record closes a complete zip.
    expect(book.stdout.subarray(0, 2).toString()).toBe('PK');
    expect(book.stdout.subarray(-22, -18).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).toBe(true);
    const json = spawnSync(process.execPath, [join(ROOT, 'bin/iop.js'), 'import', 'lång.txt', '--json'], { cwd: dir, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).agreements[0].costItems.length).toBeGreaterThan(8000);
  }, 300_000);
});

test('the system error codes are Swedish sentences naming the path, never the code', async () => {
  const dir = folder();
  const long = `${'x'.repeat(300)}.xlsx`;
  writeFileSync(join(dir, 'fil'), '');
  symlinkSync('/finns/inte', join(dir, 'död'));
  const cases: [string, RegExp][] = [
    [long, /namnet är för långt/],
    ['fil/under.xlsx', /en del av sökvägen är en fil/],
    ['död/ut.xlsx', /en mapp i sökvägen finns inte/],
  ];
  for (const [target, sentence] of cases) {
    const r = await refused(dir, target);
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(sentence);
    expect(r.lines[0]).toContain(target.slice(0, 40));
    expect(r.lines[0]).not.toMatch(/\bE[A-Z]{3,}\b/);
  }
});

test('a stale temp of any target is removed by the next run in that folder; a live run\'s and other files are kept', async () => {
  const dir = folder();
  // A process that is certainly gone: one that has already ended.
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  const stale = [`.annan.xlsx.iop-${dead}-0123456789abcdef.tmp`, `.memo.docx.iop-${dead}-fedcba9876543210.tmp`];
  const live = `.annan.xlsx.iop-${process.ppid}-00112233445566ff.tmp`;
  for (const n of [...stale, live, 'annat.tmp']) writeFileSync(join(dir, n), 'x');
  const c = capture(dir);
  expect(await main(['oversikt', '000.txt', '-o', 'ut.xlsx'], c.io)).toBe(0);
  expect(readdirSync(dir).sort()).toEqual([live, '000.txt', 'annat.tmp', 'ut.xlsx'].sort());
});
