import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** LibreOffice Writer's conversion of the .docx (`--convert-to`), in a fresh profile; the path of the file it wrote. */
function convert(soffice: string, file: string, to: string, ext: string, what: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'iop-memo-lo-'));
  execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', to, file, '--outdir', dir], {
    stdio: 'pipe',
    timeout: 120000,
  });
  const name = readdirSync(dir).find((f) => f.endsWith(ext));
  if (!name) throw new Error(`LibreOffice kunde inte ${what} Word-filen (saknas libreoffice-writer?)`);
  return join(dir, name);
}

/** What LibreOffice Writer reads in the .docx, as plain text: one line per paragraph and per table cell. */
export function docxToText(soffice: string, file: string): string[] {
  return readFileSync(convert(soffice, file, 'txt:Text (encoded):UTF8', '.txt', 'läsa'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).map(squash);
}

/** The .docx printed by LibreOffice Writer: per page, its text as `pdftotext -layout` lays it out, and its orientation. */
export function docxToPdfPages(soffice: string, file: string): { text: string; landscape: boolean }[] {
  const pdf = convert(soffice, file, 'pdf', '.pdf', 'skriva ut');
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  const sizes = [...execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), pdf], { encoding: 'utf8' }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)];
  return pages.map((text, i) => ({ text, landscape: Number(sizes[i][1]) > Number(sizes[i][2]) }));
}

/** The memo's overview table as LibreOffice reads it (`docxToText`): the seven headers, then seven cells per row up to "Summa". */
export function memoTable(lines: string[]): { header: string[]; rows: string[][]; totals: string[] } {
  const start = lines.indexOf('Namn');
  const header = lines.slice(start, start + 7);
  const rows: string[][] = [];
  let i = start + 7;
  while (lines[i] !== 'Summa') {
    rows.push(lines.slice(i, i + 7));
    i += 7;
  }
  return { header, rows, totals: lines.slice(i, i + 7) };
}
