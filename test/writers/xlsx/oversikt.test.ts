import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../../src/cli/main';

// Copies of ../shared/seeds committed with the tests.
const SEEDS = join(__dirname, '../../fixtures/seeds');
const seed = (n: string) => join(SEEDS, readdirSync(SEEDS).find((f: string) => f.startsWith(n))!);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: process.cwd() }, out, err };
}

function result(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result;
  return v;
}

async function overviewRows(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: unknown[][] = [];
  wb.getWorksheet('Översikt')!.eachRow((row, i) => {
    // Below the title, the status date, what the amounts are and the header.
    if (i > 5) rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(result));
  });
  return rows;
}

describe('iop oversikt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-oversikt-'));

  it('reproduces seed 004: five rows in the seven columns', async () => {
    const { io, out } = capture();
    const file = join(dir, '004.xlsx');
    expect(await main(['oversikt', seed('004'), '-o', file, '--ar', '2021'], io)).toBe(0);
    expect(out.join('')).toContain(file);
    const rows = await overviewRows(file);
    const seven = rows.slice(0, 5).map((r) => [r[0], r[4], r[5], (r[6] as Date).toISOString().slice(2, 10).replace(/-/g, '.')]);
    expect(seven).toEqual([
      ['Hoppfull framtid', 2080500, 1100000, '23.12.31'],
      ['Bro-modellen', 1791200, 1150000, '23.12.31'],
      ['Vi Ses!', 1156000, 600000, '23.12.31'],
      ['Kompletterande språkträning', 897626, 295000, '23.12.31'],
      ['Inkludering på lika villkor', 454000, 230000, '22.12.31'],
    ]);
    expect(rows[0][1]).toBe('Linköpings Stadsmission');
    expect(rows[1][1]).toBe('Bilda, Erikshjälpen');
    expect(rows[5][0]).toBe('Summa');
  });

  it('writes a native column chart on Flerårsplan', async () => {
    const { io } = capture();
    const file = join(dir, 'chart.xlsx');
    // Seed 004 gives no start dates (no calendar years, nothing to chart); seed 003 and an example do.
    expect(await main(['oversikt', seed('003'), 'examples/03-lasframmande-bibliotek.md', '-o', file, '--ar', '2024'], io)).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const sheetNumber = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]).indexOf('Flerårsplan') + 1;
    const rels = await zip.file(`xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`)!.async('string');
    expect(rels).toContain('Target="../drawings/drawing1.xml"');
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:barChart><c:barDir val="col"/>');
    expect(chart).toMatch(/<c:f>'Flerårsplan'!\$D\$4:\$[A-Z]+\$4<\/c:f>/);
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
  });

  it('gives seed 003’s figures (664 800 kr, of which the committee 339 200 kr), below the sum: the memo states no end', async () => {
    const { io } = capture();
    const file = join(dir, '003.xlsx');
    expect(await main(['oversikt', seed('003'), '-o', file, '--ar', '2021'], io)).toBe(0);
    const rows = await overviewRows(file);
    expect(rows[0].slice(0, 1).concat(rows[0].slice(4, 6))).toEqual(['Summa', 0, 0]);
    // The decision memo's title only names the document type: the partnership is named by its civil party.
    const row = rows.find((r) => r[0] === 'Internationella Kvinnoföreningen i Linköping')!;
    expect([row[4], row[5], row[7]]).toEqual([664800, 339200, 'Slutdatum saknas.']);
  });

  it('gives seeds 001+002’s figures as one agreement (2 080 500 kr, of which 1 100 000 kr)', async () => {
    const { io } = capture();
    const file = join(dir, '001.xlsx');
    expect(await main(['oversikt', seed('001'), seed('002'), '-o', file, '--ar', '2019'], io)).toBe(0);
    const rows = await overviewRows(file);
    expect(rows[0].slice(4, 6)).toEqual([2080500, 1100000]);
  });

  it('refuses a bad year as a usage error', async () => {
    const { io, err } = capture();
    expect(await main(['oversikt', seed('003'), '--ar', 'nästa'], io)).toBe(2);
    expect(err.join('')).toMatch(/--ar ska vara ett årtal/);
  });
});

describe('iop flerar --json', () => {
  it('prints whole kronor per calendar year with extension years marked', async () => {
    const { io, out } = capture();
    expect(await main(['flerar', 'examples/03-lasframmande-bibliotek.md', '--json'], io)).toBe(0);
    const [plan] = JSON.parse(out.join(''));
    expect(plan.agreement).toBe('Läslust i Ljura');
    expect(plan.years).toEqual([
      { year: 2023, public: 100000, civil: 91333, total: 191333, extension: false },
      { year: 2024, public: 300000, civil: 274000, total: 574000, extension: false },
      { year: 2025, public: 300000, civil: 274000, total: 574000, extension: false },
      { year: 2026, public: 300000, civil: 274000, total: 574000, extension: true },
      { year: 2027, public: 200000, civil: 182667, total: 382667, extension: true },
    ]);
  });
});

describe('iop oversikt output path', () => {
  it('refuses a folder or a path through a file with exit 2 and one Swedish line, leaving nothing behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iop-out-'));
    for (const out of [dir, join(seed('000'), 'x.xlsx')]) {
      const { io, err } = capture();
      expect(await main(['oversikt', seed('003'), '-o', out], io)).toBe(2);
      expect(err.join('').trim().split('\n')).toHaveLength(1);
      expect(err.join('')).toMatch(/kan inte skriva/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

it('iop flerar --json says on stderr why an agreement has no years, keeping the JSON contract', async () => {
  const { io, out, err } = capture();
  expect(await main(['flerar', seed('002'), '--json'], io)).toBe(0);
  expect(JSON.parse(out.join(''))).toEqual([{ agreement: 'Hoppfull framtid', years: [] }]);
  expect(err.join('')).toMatch(/Hoppfull framtid: ingen flerårsplan – Startdatum saknas/);
});
