import { spawn } from 'child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, watch, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { ROOT, ensureCliBuilt } from './builtCli';

/**
 * `iop oversikt -o` killed at its moments (before it writes, while its temp file is there, after the rename): the
 * target is always the old file or a complete new workbook.
 * SIGINT and SIGTERM leave no temp file; a SIGKILL may, and the next run removes it.
 */
const SEEDS = join(ROOT, 'test/fixtures/seeds');
const OLD = 'den gamla filen';

beforeAll(() => ensureCliBuilt(), 120_000);

/**
 * When a run is killed: `start` right after it is spawned (before it can have written anything), `temp` when
 * its temp file appears beside the target (the workbook being written), `replaced` when the target has been
 * renamed over (the new workbook in place), `never` not at all. The moments come from the directory's own
 * change events (inotify), not from timing, so the test is the same on a busy machine and an idle one.
 */
type KillAt = 'start' | 'temp' | 'replaced' | 'never';

function runOversikt(dir: string, at: KillAt, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/iop.js'), 'oversikt', '000.txt', '001.txt', '002.md', '-o', 'ut.xlsx'], { cwd: dir, stdio: 'ignore' });
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      child.kill(signal);
    };
    const watcher = at === 'temp' || at === 'replaced' ? watch(dir, (_event, name) => {
      const file = String(name ?? '');
      if (at === 'temp' && TEMP.test(file)) kill();
      if (at === 'replaced' && file === 'ut.xlsx' && readFileSync(join(dir, 'ut.xlsx')).toString() !== OLD) kill();
    }) : null;
    if (at === 'start') kill();
    child.on('exit', (code) => {
      watcher?.close();
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

const TEMP = /\.iop-\d+-[0-9a-f]{16}\.tmp$/;

function temps(dir: string): string[] {
  return readdirSync(dir).filter((n) => TEMP.test(n));
}

test('killed at any moment, the target is the old file or the complete new one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-kill-'));
  for (const f of ['000.txt', '001.txt', '002.md']) copyFileSync(join(SEEDS, f), join(dir, f));
  let replaced = 0;
  let runs = 0;
  for (const at of ['start', 'temp', 'replaced'] as const) {
    for (const signal of ['SIGKILL', 'SIGTERM', 'SIGINT'] as const) {
      writeFileSync(join(dir, 'ut.xlsx'), OLD);
      const code = await runOversikt(dir, at, signal);
      runs++;
      const old = readFileSync(join(dir, 'ut.xlsx')).toString() === OLD;
      if (!old) {
        expect(await isWholeWorkbook(join(dir, 'ut.xlsx'))).toBe(true);
        replaced++;
      }
      // Killed before it could write, the old file stays; killed after the rename, the new one is in place.
      if (at === 'start') expect({ at, signal, old }).toEqual({ at, signal, old: true });
      if (at === 'replaced') expect({ at, signal, old }).toEqual({ at, signal, old: false });
      if (signal !== 'SIGKILL') expect({ at, signal, code, temps: temps(dir) }).toEqual({ at, signal, code, temps: [] });
    }
  }
  // The last run completes: the new workbook, and any temp a SIGKILL left is gone.
  expect(await runOversikt(dir, 'never', 'SIGKILL')).toBe(0);
  expect(await isWholeWorkbook(join(dir, 'ut.xlsx'))).toBe(true);
  expect(temps(dir)).toEqual([]);
  expect(replaced).toBeGreaterThan(0);
  expect(replaced).toBeLessThan(runs);
}, 240_000);

test('a replaced workbook keeps its mode; a link planted at a temp name or the target is never written through', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-mode-'));
  for (const f of ['000.txt', '001.txt', '002.md']) copyFileSync(join(SEEDS, f), join(dir, f));
  writeFileSync(join(dir, 'ut.xlsx'), OLD);
  writeFileSync(join(dir, 'offer.txt'), 'orörd');
  chmodSync(join(dir, 'ut.xlsx'), 0o640);
  symlinkSync(join(dir, 'offer.txt'), join(dir, 'länk.xlsx'));
  expect(await runOversikt(dir, 'never', 'SIGKILL')).toBe(0);
  expect(statSync(join(dir, 'ut.xlsx')).mode & 0o777).toBe(0o640);
  const viaLink = await new Promise<number | null>((resolve) => {
    spawn(process.execPath, [join(ROOT, 'bin/iop.js'), 'oversikt', '000.txt', '-o', 'länk.xlsx'], { cwd: dir, stdio: 'ignore' }).on('exit', resolve);
  });
  expect(viaLink).toBe(0);
  expect(readFileSync(join(dir, 'offer.txt'), 'utf8')).toBe('orörd');
  expect(await isWholeWorkbook(join(dir, 'länk.xlsx'))).toBe(true);
}, 120_000);
