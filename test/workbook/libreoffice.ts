import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { findSoffice } from '../requirements';

export { findSoffice };

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
  return recalculateManyWithLibreOffice(soffice, [xlsx], sheetNames)[0];
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

/**
 * Several .xlsx files recalculated in one LibreOffice start (starting it is most of the time): each file's sheets
 * as raw CSV cells, keyed by sheet name, in the order given.
 */
export function recalculateManyWithLibreOffice(soffice: string, files: readonly Buffer[], sheetNames: string[]): Record<string, string[][]>[] {
  const dir = mkdtempSync(join(tmpdir(), 'iop-lo-'));
  const paths = files.map((xlsx, i) => {
    const file = join(dir, `plan${i}.xlsx`);
    writeFileSync(file, xlsx);
    return file;
  });
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      ...paths,
      '--outdir',
      join(dir, 'out'),
    ],
    { stdio: 'pipe', timeout: 600000 },
  );
  const written = readdirSync(join(dir, 'out'));
  return files.map((_, i) => {
    const result: Record<string, string[][]> = {};
    for (const name of sheetNames) {
      const csv = written.find((f) => f === `plan${i}-${name}.csv`);
      if (!csv) throw new Error(`LibreOffice skrev inget blad "${name}" för fil ${i} (filer: ${written.join(', ')})`);
      result[name] = parseCsv(readFileSync(join(dir, 'out', csv), 'utf8'));
    }
    return result;
  });
}

const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000 + 25569;

/** A raw CSV cell as LibreOffice writes it (dates and percentages still rendered) as the number or text it holds. */
export function csvValue(s: string): number | string {
  if (s.trim() === '') return '';
  let m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  if (m) return serial(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^-?[\d.]+%$/.test(s)) return Number(s.slice(0, -1)) / 100;
  const n = Number(s);
  return Number.isFinite(n) ? n : s;
}
