import { spawn } from 'child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { ROOT, ensureCliBuilt } from './builtCli';

/**
 * `iop oversikt -o` killed at random moments: the target is always the old file or a complete new workbook.
 * SIGINT and SIGTERM leave no temp file; a SIGKILL may, and the next run removes it.
 */
const SEEDS = join(ROOT, 'test/fixtures/seeds');
const OLD = 'den gamla filen';

beforeAll(() => ensureCliBuilt(), 120_000);

function runOversikt(dir: string, killAfterMs: number, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/iop.js'), 'oversikt', '000.txt', '001.txt', '002.md', '-o', 'ut.xlsx'], { cwd: dir, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(signal), killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

async function isWholeWorkbook(path: string): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(readFileSync(path));
    return !!zip.file('xl/workbook.xml') && !!(await zip.file('xl/workbook.xml')?.async('string'))?.includes('Översikt');
  } catch {
    return false;
  }
}

function temps(dir: string): string[] {
  return readdirSync(dir).filter((n) => /\.iop-\d+-[0-9a-f]{16}\.tmp$/.test(n));
}

test('killed at any moment, the target is the old file or the complete new one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-kill-'));
  for (const f of ['000.txt', '001.txt', '002.md']) copyFileSync(join(SEEDS, f), join(dir, f));
  // One undisturbed run tells how long a run takes; the kills are spread over it.
  const t0 = Date.now();
  expect(await runOversikt(dir, 60_000, 'SIGKILL')).toBe(0);
  const full = Date.now() - t0;
  let replaced = 0;
  for (let i = 0; i < 24; i++) {
    writeFileSync(join(dir, 'ut.xlsx'), OLD);
    const signal: NodeJS.Signals = (['SIGKILL', 'SIGTERM', 'SIGINT'] as const)[i % 3];
    const code = await runOversikt(dir, Math.round((full * (i + 1)) / 22), signal);
    const now = readFileSync(join(dir, 'ut.xlsx'));
    const old = now.toString() === OLD;
    if (!old) {
      expect(await isWholeWorkbook(join(dir, 'ut.xlsx'))).toBe(true);
      replaced++;
    }
    if (signal !== 'SIGKILL') expect({ signal, code, temps: temps(dir) }).toEqual({ signal, code, temps: [] });
  }
  // The last run completes: the new workbook, and any temp a SIGKILL left is gone.
  expect(await runOversikt(dir, 60_000, 'SIGKILL')).toBe(0);
  expect(await isWholeWorkbook(join(dir, 'ut.xlsx'))).toBe(true);
  expect(temps(dir)).toEqual([]);
  // Some kills came before the rename and some after: otherwise the test would not test the moment in between.
  expect(replaced).toBeGreaterThan(0);
  expect(replaced).toBeLessThan(24);
}, 240_000);

test('a replaced workbook keeps its mode; a link planted at a temp name or the target is never written through', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-mode-'));
  for (const f of ['000.txt', '001.txt', '002.md']) copyFileSync(join(SEEDS, f), join(dir, f));
  writeFileSync(join(dir, 'ut.xlsx'), OLD);
  writeFileSync(join(dir, 'offer.txt'), 'orörd');
  chmodSync(join(dir, 'ut.xlsx'), 0o640);
  symlinkSync(join(dir, 'offer.txt'), join(dir, 'länk.xlsx'));
  expect(await runOversikt(dir, 60_000, 'SIGKILL')).toBe(0);
  expect(statSync(join(dir, 'ut.xlsx')).mode & 0o777).toBe(0o640);
  const viaLink = await new Promise<number | null>((resolve) => {
    spawn(process.execPath, [join(ROOT, 'bin/iop.js'), 'oversikt', '000.txt', '-o', 'länk.xlsx'], { cwd: dir, stdio: 'ignore' }).on('exit', resolve);
  });
  expect(viaLink).toBe(0);
  expect(readFileSync(join(dir, 'offer.txt'), 'utf8')).toBe('orörd');
  expect(await isWholeWorkbook(join(dir, 'länk.xlsx'))).toBe(true);
}, 120_000);
