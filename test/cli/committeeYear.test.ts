import { mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { importFiles } from '../../src/cli/documents';
import { main } from '../../src/cli/main';
import type { PlanJson } from '../../src/cli/commands/flerar';
import { reportFor } from '../../src/domain/yearReport';
import { committeeSummaries } from '../../src/domain/committeeSummary';
import { defaultSettings } from '../../src/domain/settings';
import { buildWorkbookPlan } from '../../src/workbook';
import { writePlanXlsx } from '../../src/writers/xlsx';
import { findSoffice, recalculateWithLibreOffice } from '../workbook/libreoffice';
import { requires } from '../requirements';
import { docxToPdfPages, docxToText, memoTable } from '../writers/docx/docxText';

/*
 * Issue 17's "one truth": seeds 000–004 imported together, the committee's year as the CLI memo (read back by
 * LibreOffice), `iop flerar`, the committee summary and the domain's reportFor give it — the same partnerships and
 * the same kronor, in 2021 (seed 004's own record: five partnerships, 6 379 326 kr, 3 375 000 kr) and in 2025.
 */

const SEEDS = join(__dirname, '../fixtures/seeds');
const SEED_FILES = readdirSync(SEEDS).map((f) => join(SEEDS, f)).sort();
const AN = 'Arbetsmarknadsnämnden';
const kronor = (s: string) => Number(s.replace(/\D/g, ''));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: process.cwd() }, out, err };
}

const soffice = findSoffice();
// Fails in CI when LibreOffice Writer is missing; skipped with the reason elsewhere.
const { describe: describeLibreOffice } = requires('libreoffice-writer');

describeLibreOffice.each([
  { year: 2021, arende: 'Inom arbetsmarknadsnämnden finns under 2021 fem idéburna offentliga partnerskap (IOP) med fem olika aktörer från det lokala civilsamhället.', value: 6_379_326, cost: 3_375_000 },
  { year: 2025, arende: 'Inom arbetsmarknadsnämnden finns under 2025 ett idéburet offentligt partnerskap (IOP) med en aktör från det lokala civilsamhället.', value: 4_914_972, cost: 1_744_200 },
])('the committee’s year $year in every face', ({ year, arende, value, cost }) => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-year-'));
  const file = join(dir, `memo-${year}.docx`);
  let lines: string[];
  let plans: PlanJson[];

  beforeAll(async () => {
    const memo = capture();
    expect(await main(['promemoria', ...SEED_FILES, '-o', file, '--ar', String(year)], memo.io)).toBe(0);
    lines = docxToText(soffice!, file);
    const flerar = capture();
    expect(await main(['flerar', ...SEED_FILES, '--json'], flerar.io)).toBe(0);
    plans = JSON.parse(flerar.out.join(''));
  }, 240_000);

  it('memo, flerar, committee summary and reportFor show the same partnerships and kronor', async () => {
    const { agreements } = await importFiles(SEED_FILES);
    const report = reportFor(agreements, AN, year);
    const summary = committeeSummaries(agreements, year, `${year}-03-01`).find((r) => r.committee === AN)!;
    const { header, rows, totals } = memoTable(lines);

    // The domain's answer, as seed 004 (2021) and seed 000's second year (2025) give it.
    expect([report.totals.inYear.total, report.totals.inYear.committee]).toEqual([value, cost]);

    // The memo: exactly the counted rows, the year's figures, the sums over them, and Ärende counting them.
    expect(header.slice(4, 6)).toEqual([`Beräknat värde ${year}`, `Kostnad AN ${year}`]);
    expect(rows.map((r) => r[0])).toEqual(report.counted.map((r) => r.agreement.name));
    expect(rows.map((r) => [kronor(r[4]), kronor(r[5])])).toEqual(report.counted.map((r) => [r.inYear!.total, r.inYear!.committee]));
    expect([kronor(totals[4]), kronor(totals[5])]).toEqual([value, cost]);
    expect(lines).toContain(arende);
    expect(lines.some((l) => l.includes(`${year} års belopp`))).toBe(true);

    // iop flerar: the agreements with a decided year are the counted ones, with the same amounts.
    const decided = plans.flatMap((p) => p.years.filter((y) => y.year === year && !y.extension).map((y) => ({ name: p.agreement, ...y })));
    expect(decided.map((d) => d.name).sort()).toEqual(rows.map((r) => r[0]).sort());
    for (const r of report.counted) {
      const d = decided.find((x) => x.name === r.agreement.name)!;
      expect([d.public, d.civil, d.total]).toEqual([r.inYear!.public, r.inYear!.civil, r.inYear!.total]);
    }
    expect(decided.reduce((s, d) => s + d.total, 0)).toBe(value);

    // The committee summary (the pane's committee table).
    expect(summary).toMatchObject({ counted: rows.length, unknown: 0, own: cost, civil: report.totals.inYear.civil });

    // The Översikt sheet as LibreOffice computes it from the tables (no cached value): the same rows and sums.
    const plan = buildWorkbookPlan(agreements, { ...defaultSettings(), committee: AN }, { year, committee: AN, today: new Date(year, 2, 1) });
    const uncached = { ...plan, sheets: plan.sheets.map((sh) => ({ ...sh, cells: sh.cells.map((row) => row.map((c) => (c?.formula ? { ...c, value: null } : c))) })) };
    const sheet = recalculateWithLibreOffice(soffice!, await writePlanXlsx(uncached), ['Översikt'])['Översikt'];
    const head = sheet.findIndex((r) => r[0] === 'Namn');
    const sum = sheet.findIndex((r) => r[0] === 'Summa');
    const col = (h: RegExp) => sheet[head].findIndex((c) => h.test(c));
    expect(sheet.slice(head + 1, sum).map((r) => r[0])).toEqual(report.counted.map((r) => r.agreement.name));
    expect([sheet[sum][col(/^Värde \d{4}$/)], sheet[sum][col(/^Kostnad AN \d{4}$/)]].map(Number)).toEqual([value, cost]);
  }, 240_000);

  it('prints the table on one landscape page with no word broken inside', () => {
    const pages = docxToPdfPages(soffice!, file);
    const { header, rows, totals } = memoTable(lines);
    const at = pages.findIndex((p) => /Namn\s+Samverkanspart/.test(p.text));
    expect(at).toBeGreaterThan(-1);
    const page = pages[at];
    expect(page.landscape).toBe(true);
    // Header to "Summa" on one page: no row fills a page, and the table does not run over.
    const tableLines = page.text.split('\n');
    const first = tableLines.findIndex((l) => /Namn\s+Samverkanspart/.test(l));
    const last = tableLines.findIndex((l) => l.trim().startsWith('Summa'));
    expect(last).toBeGreaterThan(first);
    const table = tableLines.slice(first, last + 1).join('\n');
    // Each word of each cell stands whole on one printed line ("Överenskom" / "melse" would not).
    const words = [...header, ...rows.flat(), ...totals].flatMap((cell) => cell.split(/\s+/)).filter(Boolean);
    expect(words.filter((w) => !table.includes(w))).toEqual([]);
    // The follow-up is back on portrait pages.
    expect(pages[pages.length - 1].landscape).toBe(false);
  }, 180_000);
});
