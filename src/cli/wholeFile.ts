import { randomBytes } from 'crypto';
import { constants, readdirSync, unlinkSync } from 'fs';
import { lstat, mkdir, open, readdir, rename, rm } from 'fs/promises';
import { basename, dirname, join } from 'path';
import { CliError } from './io';
import { safeLine } from './terminal';

/**
 * Temp files are named `.NAME.iop-PID-RANDOM.tmp` beside their target: unpredictable (16 random hex digits),
 * and recognisable, so that one left behind by a SIGKILL is removed by the next run once its process is gone.
 */
const TEMP = /^\.(.+)\.iop-(\d+)-[0-9a-f]{16}\.tmp$/;

function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.iop-${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/** Temps of this target left by runs that no longer exist (a SIGKILL leaves its temp; nothing else does). */
async function removeStaleTemps(target: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || m[1] !== basename(target) || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
    const path = join(dirname(target), name);
    const info = await lstat(path).catch(() => null);
    if (info?.isFile()) await rm(path, { force: true }).catch(() => undefined);
  }
}

/** Temps being written now: removed on SIGINT and SIGTERM before the process ends with the signal's code. */
const pending = new Set<string>();
let handlersInstalled = false;

function removePendingAndExit(signal: NodeJS.Signals): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Already renamed or removed.
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once('SIGINT', removePendingAndExit);
  process.once('SIGTERM', removePendingAndExit);
}

function reason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'EISDIR') return 'det är en mapp';
  if (code === 'EACCES' || code === 'EPERM') return 'behörighet saknas';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'en del av sökvägen är en fil';
  if (code === 'ENOSPC') return 'disken är full';
  if (code === 'EROFS') return 'filsystemet är skrivskyddat';
  if (code === 'ELOOP') return 'en länk pekar i cirkel';
  return code ?? 'okänt fel';
}

/**
 * Writes `bytes` to `target` whole: into a temp file created exclusively (O_EXCL, O_NOFOLLOW: a planted file or
 * link is never opened) in the target's folder, flushed, given the existing file's mode (and owner where allowed),
 * then renamed over the target. The target is at every moment the old file or the complete new one; the temp is
 * removed on any failure and on SIGINT/SIGTERM. A symlink at the target is replaced, not followed.
 */
export async function writeWholeFile(target: string, bytes: Uint8Array): Promise<void> {
  const shown = safeLine(target);
  let temp: string | null = null;
  try {
    await mkdir(dirname(target), { recursive: true });
    const existing = await lstat(target).catch(() => null);
    if (existing?.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    const previous = existing?.isFile() ? existing : null;
    await removeStaleTemps(target);
    installSignalHandlers();
    temp = tempName(target);
    pending.add(temp);
    // A new target gets the usual 0666 less the umask; a replaced one its old mode, set before any byte is written.
    const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, previous ? 0o600 : 0o666);
    try {
      if (previous) {
        await handle.chmod(previous.mode & 0o7777);
        await handle.chown(previous.uid, previous.gid).catch(() => undefined);
      }
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    pending.delete(temp);
    temp = null;
  } catch (e) {
    if (temp) {
      await rm(temp, { force: true }).catch(() => undefined);
      pending.delete(temp);
    }
    if (e instanceof CliError) throw e;
    throw new CliError(`kan inte skriva ${shown}: ${reason(e)}.`);
  }
}

/** For tests: the temps of a target currently in its folder. */
export function tempsOf(target: string): string[] {
  try {
    return readdirSync(dirname(target)).filter((n) => TEMP.exec(n)?.[1] === basename(target));
  } catch {
    return [];
  }
}
