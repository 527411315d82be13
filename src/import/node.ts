import { readFile, stat } from 'fs/promises';
import { basename } from 'path';
import { importDocument } from './index';
import { ImportError, type ImportResult } from './result';
import { MAX_FILE_BYTES } from './limits';

export * from './index';

/** Node only: reads a file (size checked before reading) and imports it; `source` is the file's name. */
export async function importFile(path: string): Promise<ImportResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ImportError('UNREADABLE', `${basename(path)} är ingen fil.`);
    size = info.size;
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('UNREADABLE', `Filen ${path} finns inte eller kan inte läsas.`);
  }
  if (size > MAX_FILE_BYTES) throw new ImportError('TOO_LARGE', `${basename(path)} är större än 25 MB och läses inte.`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    throw new ImportError('UNREADABLE', `Filen ${path} kan inte läsas.`);
  }
  return importDocument(basename(path), bytes);
}
