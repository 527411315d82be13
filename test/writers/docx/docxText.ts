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

/** The .docx printed by LibreOffice Writer: per page, its text as `pdftotext -layout` lays it out, and its size. */
export function docxToPdfPages(soffice: string, file: string): { text: string; landscape: boolean }[] {
  const dir = mkdtempSync(join(tmpdir(), 'iop-memo-pdf-'));
  execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', file, '--outdir', dir], {
    stdio: 'pipe',
    timeout: 120000,
  });
  const name = readdirSync(dir).find((f) => f.endsWith('.pdf'));
  if (!name) throw new Error('LibreOffice kunde inte skriva ut Word-filen som PDF (saknas libreoffice-writer?)');
  const pdf = join(dir, name);
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  const sizes = [...execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), pdf], { encoding: 'utf8' }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)];
  return pages.map((text, i) => ({ text, landscape: Number(sizes[i][1]) > Number(sizes[i][2]) }));
}
