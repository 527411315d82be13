import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What LibreOffice Writer reads in the .docx, as plain text: one line per paragraph and per table cell. */
export function docxToText(soffice: string, file: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'iop-memo-lo-'));
  execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'txt:Text (encoded):UTF8', file, '--outdir', dir], {
    stdio: 'pipe',
    timeout: 120000,
  });
  const name = readdirSync(dir).find((f) => f.endsWith('.txt'));
  if (!name) throw new Error('LibreOffice kunde inte läsa Word-filen (saknas libreoffice-writer?)');
  return readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).map(squash);
}

/** Seed 004's own overview table: its rows of seven tab-separated cells with amounts. */
