import { execFileSync } from 'child_process';
import JSZip from 'jszip';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { readXlsxWorkbook } from '../../src/workbook/xlsxWorkbook';
import { AGREEMENT_COLUMNS } from '../../src/workbook/names';
import { XLSX_LIMITS } from '../../src/workbook/xlsxTables';
import { readWorkbookFile } from '../../src/cli/workbookFile';
import { CliError } from '../../src/cli/io';
import { findSoffice } from '../workbook/libreoffice';
import { requires } from '../requirements';
import { docxToText } from '../writers/docx/docxText';

// Copies of ../shared/seeds committed with the tests.
const SEEDS = join(__dirname, '../fixtures/seeds');
const seed = (n: string) => join(SEEDS, readdirSync(SEEDS).find((f: string) => f.startsWith(n))!);
const SEED_FILES = ['000', '001', '002', '003', '004'].map(seed);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: process.cwd() }, out, err };
}

type Edit = string | number | { formula: string };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const colOf = (ref: string) => /^[A-Z]+/.exec(ref)![0];
const rowOf = (ref: string) => Number(/\d+$/.exec(ref)![0]);
const colNum = (c: string) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function cellXml(ref: string, v: Edit): string {
  if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
  return `<c r="${ref}"><f>${esc(v.formula)}</f></c>`;
}

/** Sets cells in a worksheet part as a spreadsheet program would store them (inline strings, numbers, formulas without a cached value). */
function setCells(xml: string, cells: Record<string, Edit>): string {
  for (const [ref, v] of Object.entries(cells)) {
    const r = rowOf(ref);
    const rowRe = new RegExp(`<row r="${r}"[^>]*>([\\s\\S]*?)</row>`);
    const m = rowRe.exec(xml);
    if (!m) {
      const rows = [...xml.matchAll(/<row r="(\d+)"/g)];
      const after = rows.filter((x) => Number(x[1]) > r)[0];
      const row = `<row r="${r}">${cellXml(ref, v)}</row>`;
      xml = after ? xml.slice(0, after.index) + row + xml.slice(after.index) : xml.replace('</sheetData>', `${row}</sheetData>`);
      continue;
    }
    const cells = [...m[1].matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)];
    const same = cells.find((c) => c[1] === ref);
    let body: string;
    if (same) body = m[1].replace(same[0], cellXml(ref, v));
    else {
      const next = cells.find((c) => colNum(colOf(c[1])) > colNum(colOf(ref)));
      body = next ? m[1].replace(next[0], cellXml(ref, v) + next[0]) : m[1] + cellXml(ref, v);
    }
    xml = xml.replace(m[0], m[0].replace(m[1], body));
  }
  return xml;
}

/** The worksheet part and table part of a sheet by name, in a workbook `iop oversikt` wrote. */
async function parts(zip: JSZip, sheet: string): Promise<{ sheetPart: string; tablePart: string | null }> {
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rid = new RegExp(`<sheet name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(wb)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  const sheetPart = `xl/${target}`;
  const sheetRels = zip.file(sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels');
  const t = sheetRels ? /Target="\.\.\/(tables\/[^"]+)"/.exec(await sheetRels.async('string')) : null;
  return { sheetPart, tablePart: t ? `xl/${t[1]}` : null };
}

async function editXlsx(file: string, sheet: string, cells: Record<string, Edit>, tableRef?: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const { sheetPart, tablePart } = await parts(zip, sheet);
  zip.file(sheetPart, setCells(await zip.file(sheetPart)!.async('string'), cells));
  if (tableRef && tablePart) {
    const t = await zip.file(tablePart)!.async('string');
    zip.file(tablePart, t.replace(/ ref="[^"]+"/g, ` ref="${tableRef}"`));
  }
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

const dir = mkdtempSync(join(tmpdir(), 'iop-xlsxin-'));
const soffice = findSoffice();

/** The overview workbook of seeds 000–004 for 2021, with follow-up recorded and one target group edited by the user. */
async function followedUpWorkbook(name: string): Promise<{ file: string; hoppfull: string }> {
  const file = join(dir, name);
  const { io } = capture();
  expect(await main(['oversikt', ...SEED_FILES, '-o', file, '--ar', '2021'], io)).toBe(0);
  const read = await readXlsxWorkbook(readFileSync(file));
  const row = read.agreements.findIndex((a) => a.name === 'Hoppfull framtid');
  expect(row).toBeGreaterThanOrEqual(0);
  const hoppfull = read.agreements[row].id!;
  // The user's own edit in IOP_Avtal: the target group (column C) of Hoppfull framtid's row.
  await editXlsx(file, 'Avtal', { [`C${row + 2}`]: 'Unga vuxna 18–29 år (ändrat i Excel)' });
  // Follow-up typed on Uppföljning: one row by Avtals-id, one by the agreement's name only; a report date as a serial (2022-02-10).
  await editXlsx(
    file,
    'Uppföljning',
    {
      A2: hoppfull, C2: 2021, D2: 37, E2: 31.5, F2: 44602, G2: 2, H2: '=HYPERLINK("http://x") skrevs som text',
      B3: 'Bro-modellen', C3: 2021, D3: 12, H3: 'Rapporten väntas i mars',
    },
    'A1:I3',
  );
  return { file, hoppfull };
}

describe('iop promemoria and oversikt reading an .xlsx workbook', () => {
  requires('libreoffice-writer').it('writes the memo from the workbook, with the follow-up recorded there (read back by LibreOffice)', async () => {
    const { file } = await followedUpWorkbook('memo-in.xlsx');
    // The memo's table shows the committee overview's short texts where an overview row joined an agreement
    // document (Hoppfull framtid: "Kategorisering (översikt)"), else the agreement's own (Bro-modellen: Målgrupp).
    const read = await readXlsxWorkbook(readFileSync(file));
    const rowOf = (name: string) => read.agreements.findIndex((a) => a.name === name) + 2;
    const overviewColumn = String.fromCharCode(65 + AGREEMENT_COLUMNS.indexOf('Kategorisering (översikt)'));
    await editXlsx(file, 'Avtal', { [`${overviewColumn}${rowOf('Hoppfull framtid')}`]: 'Unga vuxna (översiktens text, ändrad i Excel)', [`C${rowOf('Bro-modellen')}`]: 'Arbetsträning (ändrat i Excel)' });
    const memo = join(dir, 'memo.docx');
    const { io, err } = capture();
    expect(await main(['promemoria', file, '-o', memo, '--ar', '2021'], io)).toBe(0);
    expect(err.join('')).toBe('');
    const lines = docxToText(soffice!, memo);
    expect(lines).toContain('Inom arbetsmarknadsnämnden finns under 2021 fem idéburna offentliga partnerskap (IOP) med fem olika aktörer från det lokala civilsamhället.');
    const section = lines.indexOf('Sammanfattning och återrapport 2021');
    const hoppfull = lines.indexOf('Hoppfull framtid', section);
    expect(lines.slice(hoppfull + 1, hoppfull + 5)).toEqual([
      'Deltagare 2021: 37',
      'Helårsplatser använda: 31,5 av 40 avtalade',
      'Uppföljningsmöten: 2 (avtalet anger 1 gång per år)',
      'Skriftlig rapport: Inkommen 2022-02-10',
    ]);
    expect(lines.slice(hoppfull, hoppfull + 8)).toContain('=HYPERLINK("http://x") skrevs som text');
    const bro = lines.indexOf('Bro-modellen', section);
    expect(lines[bro + 1]).toBe('Deltagare 2021: 12');
    expect(lines.slice(bro, bro + 8)).toContain('Rapporten väntas i mars');
    // The user's edits are in the memo's table.
    expect(lines).toContain('Unga vuxna (översiktens text, ändrad i Excel)');
    expect(lines).toContain('Arbetsträning (ändrat i Excel)');
  }, 180_000);

  it('oversikt on the written workbook gives the same workbook values again (round trip), follow-up and edit kept', async () => {
    const { file } = await followedUpWorkbook('round-in.xlsx');
    const again = join(dir, 'round-out.xlsx');
    const { io, err } = capture();
    // Without --ar: the workbook's own year (Inställningar) is the overview's.
    expect(await main(['oversikt', file, '-o', again], io)).toBe(0);
    expect(err.join('')).toBe('');
    const first = await readXlsxWorkbook(readFileSync(file));
    const second = await readXlsxWorkbook(readFileSync(again));
    expect(second.agreements).toEqual(first.agreements);
    expect(second.records).toEqual(first.records);
    expect(second.settings).toEqual(first.settings);
    expect(first.records).toHaveLength(2);
    expect(first.agreements.find((a) => a.name === 'Hoppfull framtid')!.targetGroup).toBe('Unga vuxna 18–29 år (ändrat i Excel)');
    // The overview itself: written again from the rewritten workbook, Översikt is the same sheet, cell for cell.
    const third = join(dir, 'round-out-2.xlsx');
    expect(await main(['oversikt', again, '-o', third], capture().io)).toBe(0);
    const overview = async (f: string) => {
      const zip = await JSZip.loadAsync(readFileSync(f));
      return [await zip.file('xl/worksheets/sheet1.xml')!.async('string'), await zip.file('xl/sharedStrings.xml')!.async('string')];
    };
    const [sheet, strings] = await overview(again);
    expect(await overview(third)).toEqual([sheet, strings]);
    // …and shows the follow-up recorded: 37 participants of Hoppfull framtid, its report "Inkommen".
    expect(sheet).toContain('<v>37</v>');
    expect(sheet).toContain('<v>Inkommen</v>');
  });

  it('a document given alongside an agreement already in the workbook: the workbook’s values win, and a note says so', async () => {
    const { file } = await followedUpWorkbook('with-docs.xlsx');
    const out = join(dir, 'with-docs-out.xlsx');
    const { io, err } = capture();
    expect(await main(['oversikt', file, seed('001'), '-o', out, '--ar', '2021'], io)).toBe(0);
    const read = await readXlsxWorkbook(readFileSync(out));
    expect(read.agreements.filter((a) => a.name === 'Hoppfull framtid')).toHaveLength(1);
    expect(read.agreements.find((a) => a.name === 'Hoppfull framtid')!.targetGroup).toBe('Unga vuxna 18–29 år (ändrat i Excel)');
    expect(read.records).toHaveLength(2);
    expect(err.join('')).toMatch(/Hoppfull framtid: finns redan i arbetsboken, vars värden gäller/);
  });

  it('flerar reads the workbook as it reads the documents', async () => {
    const { file } = await followedUpWorkbook('flerar.xlsx');
    const a = capture();
    const b = capture();
    expect(await main(['flerar', file, '--json'], a.io)).toBe(0);
    expect(await main(['flerar', ...SEED_FILES, '--json'], b.io)).toBe(0);
    expect(JSON.parse(a.out.join(''))).toEqual(JSON.parse(b.out.join('')));
  });

  it('reports a cell it cannot read with sheet, row and column, on stderr', async () => {
    const { file } = await followedUpWorkbook('bad-cell.xlsx');
    await editXlsx(file, 'Uppföljning', { D3: 'tolv' });
    const { io, err } = capture();
    expect(await main(['promemoria', file, '-o', join(dir, 'bad.docx'), '--ar', '2021'], io)).toBe(0);
    expect(err.join('')).toContain('varning: bad-cell.xlsx: Uppföljning rad 3, kolumn Deltagare: "tolv" är inget tal');
  });

  requires('libreoffice').it('reads the workbook as LibreOffice saves it again (its own strings, styles and table parts) to the same values', async () => {
    const { file } = await followedUpWorkbook('lo-in.xlsx');
    const outDir = join(dir, 'lo-out');
    execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, file], { stdio: 'pipe', timeout: 120_000 });
    const resaved = join(outDir, 'lo-in.xlsx');
    expect(readFileSync(resaved).equals(readFileSync(file))).toBe(false);
    const original = await readXlsxWorkbook(readFileSync(file));
    const again = await readXlsxWorkbook(readFileSync(resaved));
    expect(again.problems).toEqual([]);
    expect(again.agreements).toEqual(original.agreements);
    expect(again.records).toEqual(original.records);
    expect(again.records.find((r) => r.participants === 37)!.reportReceived).toBe('2022-02-10');
  }, 180_000);

  it('iop import points a workbook to the commands that read one', async () => {
    const { file } = await followedUpWorkbook('import.xlsx');
    const { io, err } = capture();
    expect(await main(['import', file], io)).toBe(2);
    expect(err.join('')).toMatch(/en arbetsbok \(\.xlsx\) läses av "iop oversikt", "iop promemoria" och "iop flerar"/);
  });

  it('refuses to write over the workbook it reads', async () => {
    const { file } = await followedUpWorkbook('self.xlsx');
    const before = readFileSync(file);
    const { io, err } = capture();
    expect(await main(['oversikt', file, '-o', file], io)).toBe(2);
    expect(err.join('')).toMatch(/skrivs inte över/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('hostile .xlsx input: one plain line, exit code 2', () => {
  const refuse = async (file: string, pattern: RegExp) => {
    const { io, err } = capture();
    expect(await main(['promemoria', file, '-o', join(dir, 'x.docx')], io)).toBe(2);
    const text = err.join('');
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(text).toMatch(pattern);
    expect(text).not.toMatch(/\bat .*\.ts:\d+/);
  };

  it('a file that is not a zip', async () => {
    const file = join(dir, 'text.xlsx');
    writeFileSync(file, 'Avtals-id;Namn\n');
    await refuse(file, /ingen Excel-arbetsbok \(\.xlsx\): den är inget zip-arkiv/);
  });

  it('a zip without a workbook, and a workbook without the IOP tables', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hej');
    const file = join(dir, 'nozip.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    await refuse(file, /zip-arkiv men ingen Excel-arbetsbok: xl\/workbook\.xml saknas/);

    const { file: wb } = await followedUpWorkbook('notables.xlsx');
    const z = await JSZip.loadAsync(readFileSync(wb));
    for (const name of Object.keys(z.files)) if (/_rels\/sheet\d+\.xml\.rels$/.test(name)) z.remove(name);
    writeFileSync(wb, await z.generateAsync({ type: 'nodebuffer' }));
    await refuse(wb, /ingen tabell IOP_Avtal/);
  });

  it('a table part named by a sheet but missing from the file', async () => {
    const { file } = await followedUpWorkbook('missing-part.xlsx');
    const z = await JSZip.loadAsync(readFileSync(file));
    const { tablePart } = await parts(z, 'Avtal');
    z.remove(tablePart!);
    writeFileSync(file, await z.generateAsync({ type: 'nodebuffer' }));
    await refuse(file, /skadad: tabelldelen xl\/tables\/table\d+\.xml \(bladet Avtal\) saknas/);
  });

  // The caps are the reader's (test/workbook/xlsxTables.test.ts covers each); here the CLI's own
  // wrapper is given small caps, so the test needs neither a 2-million-cell sheet nor a 200 MB part and does not
  // depend on how fast the machine builds them. The message still names the file, the cap and the reason.
  const refusedWith = async (file: string, limits: Partial<typeof XLSX_LIMITS>): Promise<string> => {
    const error = await readWorkbookFile(file, { ...XLSX_LIMITS, ...limits }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    return (error as Error).message;
  };

  it('more cells than the cap, and a DOCTYPE (entity expansion)', async () => {
    const { file } = await followedUpWorkbook('many-cells.xlsx');
    const z = await JSZip.loadAsync(readFileSync(file));
    const { sheetPart } = await parts(z, 'Uppföljning');
    const xml = await z.file(sheetPart)!.async('string');
    // Cells far outside the table still cost the scan: they count.
    const rows = Array.from({ length: 60 }, (_, i) => `<row r="${i + 10}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(75 + c)}${i + 10}"><v>1</v></c>`).join('')}</row>`).join('');
    z.file(sheetPart, xml.replace('</sheetData>', `${rows}</sheetData>`));
    writeFileSync(file, await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(await refusedWith(file, { cells: 500 })).toMatch(/^many-cells\.xlsx: .*fler än 500 celler .*\(gräns för antal celler\)/);

    const bomb = join(dir, 'doctype.xlsx');
    const b = await JSZip.loadAsync(readFileSync(join(dir, 'self.xlsx')));
    const wb = await b.file('xl/workbook.xml')!.async('string');
    b.file('xl/workbook.xml', wb.replace('<workbook', '<!DOCTYPE x [<!ENTITY a "aaaa">]><workbook'));
    writeFileSync(bomb, await b.generateAsync({ type: 'nodebuffer' }));
    await refuse(bomb, /skadad: delen xl\/workbook\.xml kan inte läsas \(filen har en DOCTYPE-deklaration/);
  });

  it('a part that inflates beyond the cap', async () => {
    const z = new JSZip();
    z.file('xl/workbook.xml', '<workbook>' + ' '.repeat(20_000) + '</workbook>');
    const file = join(dir, 'inflate.xlsx');
    writeFileSync(file, await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(await refusedWith(file, { inflatedBytes: 10_000 })).toMatch(/^inflate\.xlsx: .*packas upp till mer än .*\(gräns för uppackad storlek\)/);
  });
});
