import { writePlanXlsx } from '../../src/writers/xlsx';
import { buildSchedule } from '../../src/domain/schedule';
import { buildWorkbookPlan, cellAddress, columnLetter, SheetPlan, WorkbookPlan } from '../../src/workbook';
import { ALL, yearPriced } from '../fixtures/workbook/agreements';
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { convertWithLibreOffice, csvValue, findSoffice, recalculateWithLibreOffice } from './libreoffice';
import { requires } from '../requirements';

const soffice = findSoffice();
const { describe: describeLo } = requires('libreoffice');

/** A decided extension recorded (Förlängt till), mid-year, with one more possible: the period runs to it. */
const extendedByDecision = { ...ALL[1], name: 'Förlängd genom beslut', validity: { start: '2024-01-01', end: '2025-06-30', extension: { years: 1, times: 2 }, extendedEnd: '2026-06-30' } };
/** Base period over before the status date, extensions still possible: "Kan förlängas". */
const extendableOnly = { ...ALL[1], name: 'Kan fortfarande förlängas', validity: { start: '2023-01-01', end: '2025-12-31', extension: { years: 1, times: 1 } } };

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };

const asNumber = csvValue;

describeLo('the .xlsx recalculated by LibreOffice', () => {
  let plan: WorkbookPlan;
  let sheets: Record<string, string[][]>;

  beforeAll(async () => {
    if (!soffice) throw new Error('LibreOffice (soffice) saknas, men i CI måste testet köras: installera libreoffice-calc.');
    plan = buildWorkbookPlan([...ALL, yearPriced, extendedByDecision, extendableOnly], settings, { year: 2026, today: new Date(2026, 2, 15) });
    // LibreOffice gets a copy without cached results, so every number it reports is its own calculation.
    const uncached: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((sh) => ({ ...sh, cells: sh.cells.map((row) => row.map((c) => (c?.formula ? { ...c, value: null } : c))) })),
    };
    const xlsx = await writePlanXlsx(uncached);
    sheets = recalculateWithLibreOffice(soffice, xlsx, plan.sheets.map((s) => s.name));
  }, 180000);

  it('computes every formula cell to the value the domain core computed', () => {
    const mismatches: string[] = [];
    let formulas = 0;
    for (const sheet of plan.sheets) {
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell?.formula) return;
          formulas++;
          const got = asNumber(sheets[sheet.name][r]?.[c] ?? '');
          const want = cell.value === null ? '' : cell.value;
          const same = typeof want === 'number' && typeof got === 'number' ? Math.abs(got - want) < 1e-6 : String(got) === String(want);
          if (!same) mismatches.push(`${sheet.name}!${cellAddress(r, c)} ${cell.formula}: LibreOffice ${JSON.stringify(got)}, domänen ${JSON.stringify(want)}`);
        }),
      );
    }
    expect(formulas).toBeGreaterThan(100);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('uses the amounts stated per calendar year: the stated years as stated, the others indexed', () => {
    const flerar = sheets['Flerårsplan'];
    const header = flerar[3];
    const row = (period: string, part: string) => flerar.find((r) => r[0] === yearPriced.name && r[1] === period && r[2] === part)!;
    const at = (part: string, year: number) => Number(row('Med förlängningar', part)[header.indexOf(String(year))]);
    // 2026: the municipality's stated 1 250 000; the association's 321 000 + 60 000 × 1,02.
    expect(at('Offentlig', 2026)).toBe(1250000);
    expect(at('Idéburen', 2026)).toBe(321000 + 61200);
    // 2027 (no amount stated for the municipality): 1 213 000 × 1,02².
    expect(at('Offentlig', 2027)).toBe(Math.round(1213000 * 1.02 * 1.02));
    // 2028, the extension year: 1 300 000 as stated; the association's 300 000 + 60 000 indexed three years.
    expect(at('Offentlig', 2028)).toBe(1300000);
    expect(at('Idéburen', 2028)).toBe(Math.round(360000 * 1.02 ** 3));
    // 2025 from March: ten months of the first year's level.
    expect(at('Offentlig', 2025)).toBe(Math.round((1213000 * 10) / 12));
  });

  it('keeps text that looks like a formula as text', () => {
    const avtal = sheets['Avtal'];
    expect(avtal.some((row) => row.includes('=hälsa, språk, samhällskunskap'))).toBe(true);
    expect(avtal.some((row) => row.includes('+individer som pga föräldraledighet ej kan delta i SFI'))).toBe(true);
  });

  it('matches buildSchedule for every agreement and year in the multi-year plan', () => {
    const flerar = sheets['Flerårsplan'];
    const header = flerar[3];
    for (const a of [...ALL.slice(0, 4), yearPriced]) {
      const schedule = buildSchedule(a);
      for (const y of schedule.years) {
        const col = header.indexOf(String(y.year));
        const row = (period: string, part: string) => flerar.find((r) => r[0] === a.name && r[1] === period && r[2] === part)!;
        expect(Number(row('Med förlängningar', 'Offentlig')[col])).toBe(y.public);
        expect(Number(row('Med förlängningar', 'Idéburen')[col])).toBe(y.civil);
        expect(Number(row('Avtalsperiod', 'Totalt')[col])).toBe(y.baseTotal);
      }
    }
  });
});

describeLo('tables in another order than written: IOP_Avtal sorted, a row of IOP_Poster added by hand at the end', () => {
  it('still count: the reports equal the domain core', async () => {
    if (!soffice) throw new Error('LibreOffice (soffice) saknas, men i CI måste testet köras: installera libreoffice-calc.');
    const plan = buildWorkbookPlan(ALL, settings, { year: 2025, today: new Date(2025, 2, 15) });
    const sheets = plan.sheets.map((sh) => {
      const cells = sh.cells.map((row) => row.map((c) => (c?.formula ? { ...c, value: null } : c)));
      // The first agreement's first cost item moves below every other row, as a row added by hand would stand.
      if (sh.name === 'Poster') cells.push(cells.splice(1, 1)[0]);
      // The agreements in reverse order, as after sorting the table.
      if (sh.name === 'Avtal') return { ...sh, cells: [cells[0], ...cells.slice(1).reverse()] };
      return { ...sh, cells };
    });
    const got = recalculateWithLibreOffice(soffice, await writePlanXlsx({ ...plan, sheets }), ['Översikt', 'Flerårsplan']);
    const mismatches: string[] = [];
    for (const name of ['Översikt', 'Flerårsplan']) {
      const sheet = plan.sheets.find((s) => s.name === name)!;
      // Where an agreement's row stands in IOP_Avtal (column Rad) is a position, not a figure: it moves with the sort.
      const position = sheet.cells[3]?.findIndex((h) => h?.value === 'Rad') ?? -1;
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell?.value !== 'number' || !cell.formula || c === position) return;
          const v = asNumber(got[name][r]?.[c] ?? '');
          if (typeof v !== 'number' || Math.abs(v - cell.value) > 1e-6) mismatches.push(`${name}!${cellAddress(r, c)}: LibreOffice ${v}, domänen ${cell.value}`);
        }),
      );
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  }, 180000);
});

describeLo('the chart on Flerårsplan in LibreOffice', () => {
  let xlsx: Buffer;
  let title: string;
  let plan: SheetPlan;

  beforeAll(async () => {
    if (!soffice) throw new Error('LibreOffice (soffice) saknas, men i CI måste testet köras: installera libreoffice-calc.');
    const workbook = buildWorkbookPlan(ALL, settings, { year: 2025, today: new Date(2025, 2, 15) });
    plan = workbook.sheets.find((s) => s.name === 'Flerårsplan')!;
    title = plan.chart!.title;
    xlsx = await writePlanXlsx(workbook);
  });

  it('is read as a stacked column chart with the two series (saved again as .xlsx by LibreOffice)', async () => {
    const again = await JSZip.loadAsync(convertWithLibreOffice(soffice!, xlsx, 'xlsx', 'xlsx'));
    const charts = Object.keys(again.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const chart = await again.files[charts[0]].async('string');
    expect(chart).toMatch(/<c:barDir val="col"\/>/);
    expect(chart).toMatch(/<c:grouping val="stacked"\/>/);
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
    // LibreOffice writes the sheet name unquoted; the references are the plan's rows.
    const refs = [...chart.matchAll(/<c:f>'?Flerårsplan'?!([^<]+)<\/c:f>/g)].map((m) => m[1]);
    const { categoryRow, series } = plan.chart!;
    const { firstColumn, lastColumn } = plan.chart!;
    const row = (r: number) => `$${columnLetter(firstColumn)}$${r + 1}:$${columnLetter(lastColumn)}$${r + 1}`;
    const label = (r: number) => `$${columnLetter(firstColumn - 1)}$${r + 1}`;
    expect(refs).toEqual([label(series[0].row), row(categoryRow), row(series[0].row), label(series[1].row), row(categoryRow), row(series[1].row)]);
    expect(chart).toContain(title);
  }, 120000);

  it('prints the chart to PDF', () => {
    const pdf = convertWithLibreOffice(soffice!, xlsx, 'pdf', 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // With poppler-utils the chart's title (only the chart has the ": med förlängningar" suffix) is in the text.
    const dir = mkdtempSync(join(tmpdir(), 'iop-pdf-'));
    writeFileSync(join(dir, 'plan.pdf'), pdf);
    const text = spawnSync('pdftotext', [join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' });
    if (text.status === 0) expect(text.stdout).toContain(title);
  }, 120000);
});
