import { randomBytes } from 'crypto';
import { constants, readdirSync, unlinkSync, type Stats } from 'fs';
import { lstat, mkdir, open, readdir, rename, rm, stat } from 'fs/promises';
import { basename, dirname, join } from 'path';
import { CliError, type CliIo } from './io';
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

/**
 * Temps in a folder left by runs that no longer exist (a SIGKILL leaves its temp; nothing else does), whatever
 * target they were written for: the next run in that folder removes them, even when it writes another file.
 */
async function removeStaleTemps(folder: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
    const path = join(folder, name);
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

/** The system's error codes as the reason in a Swedish sentence; a code not listed is named after a plain reason. */
const REASONS: Record<string, string> = {
  EISDIR: 'det är en mapp',
  EACCES: 'behörighet saknas',
  EPERM: 'behörighet saknas',
  EEXIST: 'en del av sökvägen är en fil',
  ENOTDIR: 'en del av sökvägen är en fil',
  ENOENT: 'en mapp i sökvägen finns inte (eller är en länk som pekar på något som inte finns)',
  ENAMETOOLONG: 'namnet är för långt för filsystemet',
  ENOSPC: 'disken är full',
  EDQUOT: 'din diskkvot är full',
  EFBIG: 'filen blir större än filsystemet tillåter',
  EROFS: 'filsystemet är skrivskyddat',
  ELOOP: 'en länk pekar i cirkel',
  EBUSY: 'filen används av ett annat program',
  ETXTBSY: 'filen används av ett annat program',
  EMFILE: 'för många filer är öppna',
  ENFILE: 'för många filer är öppna',
  EIO: 'ett läs- eller skrivfel på disken',
  EINVAL: 'namnet går inte att använda som filnamn här',
  EXDEV: 'mappen ligger på ett annat filsystem',
};

function reason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code && REASONS[code]) return REASONS[code];
  return code ? `filsystemet svarade med ett fel (${code})` : 'okänt fel';
}

/** What a path that is no regular file is, in words: "en enhet", "en FIFO", "en socket". */
function kindOf(info: Stats): string {
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'en enhet';
  if (info.isFIFO()) return 'en FIFO (namngiven pipe)';
  if (info.isSocket()) return 'en socket';
  return 'ingen vanlig fil';
}

/**
 * Why a path may not be written, or null when it may: a new path, a regular file, or a link (replaced, never
 * followed) that points at a regular file or nothing. A device, a FIFO, a socket or a folder is left as it is.
 */
async function refusal(target: string, shown: string): Promise<string | null> {
  const existing = await lstat(target).catch(() => null);
  if (!existing || existing.isFile()) return null;
  if (existing.isDirectory()) return `kan inte skriva ${shown}: det är en mapp.`;
  if (existing.isSymbolicLink()) {
    const pointed = await stat(target).catch(() => null);
    if (!pointed || pointed.isFile()) return null;
    return `skriver inte över ${shown}: det är en länk till ${pointed.isDirectory() ? 'en mapp' : kindOf(pointed)}, ingen vanlig fil. Ange en fil med -o.`;
  }
  return `skriver inte över ${shown}: det är ${kindOf(existing)}, ingen vanlig fil. Ange en fil med -o (eller -o - för standard ut).`;
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
    await removeStaleTemps(dirname(target));
    const refused = await refusal(target, shown);
    if (refused) throw new CliError(refused);
    const existing = await lstat(target).catch(() => null);
    const previous = existing?.isFile() ? existing : null;
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
    // Once more just before the rename: a device or FIFO made at the target while the file was written is kept.
    const late = await refusal(target, shown);
    if (late) throw new CliError(late);
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

/** `-o -`: the file goes to standard output. */
export const STANDARD_OUTPUT = '-';

/**
 * Writes a command's file: to standard output for `-o -` (a pipe or a redirect; a terminal is refused, it would
 * show the bytes as garbage), else whole to its path (writeWholeFile).
 */
export async function writeOutput(out: string, bytes: Uint8Array, io: CliIo): Promise<void> {
  if (out !== STANDARD_OUTPUT) return writeWholeFile(out, bytes);
  if (!io.stdoutBytes || io.stdoutIsTerminal) {
    throw new CliError('-o - skriver filen till standard ut, men standard ut är en terminal; styr om den (> fil.xlsx eller | program) eller ange en fil med -o.');
  }
  io.stdoutBytes(bytes);
}

/** Where a command's line "Skrev …" goes: beside the file on standard output it would corrupt it, so to stderr. */
export function reportTo(out: string, io: CliIo): (text: string) => void {
  return out === STANDARD_OUTPUT ? io.stderr : io.stdout;
}

/** For tests: the temps of a target currently in its folder. */
export function tempsOf(target: string): string[] {
  try {
    return readdirSync(dirname(target)).filter((n) => TEMP.exec(n)?.[1] === basename(target));
  } catch {
    return [];
  }
}
