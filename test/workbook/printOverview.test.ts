import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { importFiles } from '../../src/cli/documents';
import { defaultSettings } from '../../src/domain/settings';
import { buildWorkbookPlan, SHEETS, WorkbookPlan } from '../../src/workbook';
import { writePlanXlsx } from '../../src/writers/xlsx';
import { convertWithLibreOffice, findSoffice } from './libreoffice';
import { requires } from '../requirements';

const soffice = findSoffice();
const { describe: describePrint } = requires('libreoffice', 'poppler');

/** The demo's workbook (`npm run demo`: every example, the default committee, the current year's settings). */
async function demoPlan(): Promise<WorkbookPlan> {
  const dir = join(__dirname, '../../examples');
  const { agreements } = await importFiles(readdirSync(dir).map((f) => join(dir, f)));
  return buildWorkbookPlan(agreements, defaultSettings(), { year: 2026, today: new Date(2026, 2, 15) });
}

function pdfText(pdf: Buffer, page?: number): { info: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'iop-print-'));
  const file = join(dir, 'o.pdf');
  writeFileSync(file, pdf);
  const pages = page ? ['-f', String(page), '-l', String(page)] : [];
  return {
    info: spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout,
    text: spawnSync('pdftotext', ['-layout', ...pages, file, '-'], { encoding: 'utf8' }).stdout,
  };
}

describePrint('the printed Översikt (LibreOffice PDF export of the demo)', () => {
  let plan: WorkbookPlan;
  let pdf: Buffer;

  beforeAll(async () => {
    if (!soffice) throw new Error('LibreOffice behövs för utskriftstestet.');
    plan = await demoPlan();
    // Only Översikt is printed: the other sheets are hidden in this copy.
    const only: WorkbookPlan = { ...plan, sheets: plan.sheets.map((s) => (s.name === SHEETS.overview ? s : { ...s, hidden: true })) };
    pdf = convertWithLibreOffice(soffice, await writePlanXlsx(only), 'pdf', 'pdf');
  }, 180000);

  it('is landscape, every column on the page width, the header row on every page, no text cut off', () => {
    const { info } = pdfText(pdf);
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.map(Number);
    expect(w).toBeGreaterThan(h);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const overview = plan.sheets.find((s) => s.name === SHEETS.overview)!;
    const headerRow = overview.cells.findIndex((r) => r[0]?.value === 'Namn');
    const headers = overview.cells[headerRow].map((c) => String(c?.value ?? '')).filter((t, i) => t && !overview.hiddenColumns?.includes(i));
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(pdf, p).text.replace(/\s+/g, ' ');
      // The first and the last visible column on each page: nothing spills onto a page of its own to the right.
      expect(text).toContain(headers[0]);
      expect(text).toContain(headers[headers.length - 1].split(' ')[0]);
    }
    // Every agreement's purpose is printed whole (wrapped, not cut at the column edge).
    const all = pdfText(pdf).text.replace(/\s+/g, ' ');
    for (const row of overview.cells.slice(headerRow + 1)) {
      const purpose = String(row[3]?.value ?? '');
      for (const word of purpose.split(/\s+/).filter((w) => w.length > 3)) expect(all).toContain(word);
    }
    // The technical id column is hidden.
    expect(all).not.toContain('Avtals-id');
  });
});
