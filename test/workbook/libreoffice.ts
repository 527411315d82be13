import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/** The soffice binary, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const bin of ['soffice', 'libreoffice']) {
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return bin;
  }
  return null;
}

/** Parses one CSV file as LibreOffice writes it (comma, double quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Opens an .xlsx in LibreOffice headless, recalculates (the file asks for a full calculation on load) and
 * returns every sheet as raw (unformatted) CSV cells, keyed by sheet name.
 */
export function recalculateWithLibreOffice(soffice: string, xlsx: Buffer, sheetNames: string[]): Record<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'iop-lo-'));
  const file = join(dir, 'plan.xlsx');
  writeFileSync(file, xlsx);
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      file,
      '--outdir',
      join(dir, 'out'),
    ],
    { stdio: 'pipe', timeout: 120000 },
  );
  const files = readdirSync(join(dir, 'out'));
  const result: Record<string, string[][]> = {};
  for (const name of sheetNames) {
    const csv = files.find((f) => f === `plan-${name}.csv`);
    if (!csv) throw new Error(`LibreOffice skrev inget blad "${name}" (filer: ${files.join(', ')})`);
    result[name] = parseCsv(readFileSync(join(dir, 'out', csv), 'utf8'));
  }
  return result;
}

/** Converts an .xlsx with LibreOffice headless (e.g. to "pdf" or "xlsx") and returns the file it wrote. */
export function convertWithLibreOffice(soffice: string, xlsx: Buffer, format: string, extension: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'iop-lo-'));
  const file = join(dir, 'plan.xlsx');
  writeFileSync(file, xlsx);
  const out = join(dir, 'out');
  execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', format, file, '--outdir', out], {
    stdio: 'pipe',
    timeout: 120000,
  });
  return readFileSync(join(out, `plan.${extension}`));
}
