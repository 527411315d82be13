import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { resolve } from 'path';

/**
 * What some tests need from the machine: Debian's Chromium, LibreOffice (Calc; Writer for .docx), poppler's
 * pdfinfo/pdftoppm, and the shared folder beside the project (`../shared`: seeds, corpus). In CI (`CI` set)
 * every one of them must be there, so a test that needs a missing one fails, naming what to install; on a
 * developer's machine it is skipped with the same message. One helper, so no test skips silently in CI.
 */
export const ROOT = resolve(__dirname, '..');
export const SHARED = resolve(ROOT, '../shared');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Requirement = 'chromium' | 'libreoffice' | 'libreoffice-writer' | 'poppler' | 'shared';

let sofficeBinary: string | null | undefined;

/** The soffice binary, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  if (sofficeBinary !== undefined) return sofficeBinary;
  sofficeBinary = null;
  for (const bin of ['soffice', 'libreoffice']) {
    if (spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0) {
      sofficeBinary = bin;
      break;
    }
  }
  return sofficeBinary;
}

const WRITER_LIBRARY = '/usr/lib/libreoffice/program/libswlo.so';

/** Why a requirement is missing (with what to install), or null when it is there. */
export function missingReason(need: Requirement): string | null {
  switch (need) {
    case 'chromium':
      return existsSync(CHROMIUM) ? null : `Chromium saknas på ${CHROMIUM} (apt-get install chromium)`;
    case 'libreoffice':
      return findSoffice() ? null : 'LibreOffice (soffice) saknas (apt-get install libreoffice-calc)';
    case 'libreoffice-writer':
      return findSoffice() && existsSync(WRITER_LIBRARY) ? null : 'LibreOffice Writer saknas (apt-get install libreoffice-writer)';
    case 'poppler':
      return spawnSync('pdfinfo', ['-v']).status === 0 ? null : 'pdfinfo/pdftoppm saknas (apt-get install poppler-utils)';
    case 'shared':
      return existsSync(resolve(SHARED, 'corpus')) && existsSync(resolve(SHARED, 'seeds')) ? null : `Mappen ../shared (seeds, korpus) saknas bredvid projektet (${SHARED})`;
  }
}

export const inCI = (): boolean => !!process.env.CI && process.env.CI !== 'false';

/** The first missing requirement's reason, or null when all are there. */
export function missingOf(needs: readonly Requirement[]): string | null {
  for (const n of needs) {
    const why = missingReason(n);
    if (why) return why;
  }
  return null;
}

/**
 * `describe`, `it` and `test` for tests that need these: the real ones when everything is there; otherwise, in
 * CI, a test that fails with the reason (the body is not run), and elsewhere skipped with the reason printed.
 * @example const { describe: describeLo } = requires('libreoffice'); describeLo('the .xlsx in LibreOffice', () => …)
 */
export function requires(...needs: Requirement[]): { describe: jest.Describe; it: jest.It; test: jest.It; missing: string | null } {
  const missing = missingOf(needs);
  if (!missing) return { describe, it, test, missing };
  if (!inCI()) {
    console.warn(`Hoppar över: ${missing}.`);
    return { describe: describe.skip, it: it.skip, test: test.skip, missing };
  }
  const failing = (name: string) => global.it(`${name} (kräver ${needs.join(', ')})`, () => {
    throw new Error(`${missing}: i CI måste testet köras.`);
  });
  const failingDescribe = ((name: string) => global.describe(String(name), () => failing('kan köras'))) as unknown as jest.Describe;
  const failingIt = ((name: string) => failing(String(name))) as unknown as jest.It;
  return { describe: failingDescribe, it: failingIt, test: failingIt, missing };
}

/**
 * Whether the machine has these, for a part of a test that needs them (a memo read back by Writer): true when
 * they are there; in CI a missing one throws (the test fails); elsewhere false, with the reason printed.
 */
export function has(...needs: Requirement[]): boolean {
  const missing = missingOf(needs);
  if (!missing) return true;
  if (inCI()) throw new Error(`${missing}: i CI måste testet köras.`);
  console.warn(`Hoppar över en del av testet: ${missing}.`);
  return false;
}
