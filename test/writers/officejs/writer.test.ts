import { fillOverview, readAgreements, readSettings, writeAgreements, writeSettings } from '../../../src/writers/officejs';
import { buildSchedule } from '../../../src/domain/schedule';
import { MemoryWorkbook } from '../../../src/preview/memoryExcel';
import { ALL, hoppfullFramtid, inkludering, partial } from '../../fixtures/workbook/agreements';
import type { Agreement } from '../../../src/domain/agreement';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };

function many(n: number): Agreement[] {
  return Array.from({ length: n }, (_, i) => ({ ...ALL[i % 4], name: `${ALL[i % 4].name} ${i + 1}` }));
}

function findRow(wb: MemoryWorkbook, sheet: string, predicate: (values: unknown[]) => boolean): number {
  const grid = wb.grid(sheet);
  return grid.findIndex((row) => predicate(row.map((c) => c.value)));
}

describe('the Office.js writer on the memory workbook', () => {
  it.each([1, 40])('writes %i agreements with at most four syncs (three to read, one to write)', async (n) => {
    const wb = new MemoryWorkbook();
    const report = await writeAgreements(wb.excelContext, many(n), settings);
    expect(wb.syncCount).toBeLessThanOrEqual(4);
    expect(report.syncs).toBe(wb.syncCount);
    const before = wb.syncCount;
    await fillOverview(wb.excelContext, { year: 2025, committee: 'Arbetsmarknadsnämnden' });
    expect(wb.syncCount - before).toBeLessThanOrEqual(4);
    const beforeRead = wb.syncCount;
    const back = await readAgreements(wb.excelContext);
    expect(wb.syncCount - beforeRead).toBeLessThanOrEqual(3);
    expect(back.agreements).toHaveLength(n);
  });

  it('splits 400 agreements across syncs that each stay under 4 MB (Excel on the web refuses over 5 MB)', async () => {
    const wb = new MemoryWorkbook();
    const report = await writeAgreements(wb.excelContext, many(400), settings);
    await fillOverview(wb.excelContext, { year: 2025, committee: 'Arbetsmarknadsnämnden' });
    expect(report.syncs).toBeGreaterThan(3);
    expect(Math.max(...wb.syncs.map((s) => s.request))).toBeLessThan(4_000_000);
    expect(Math.max(...wb.syncs.map((s) => s.response))).toBeLessThan(4_000_000);
    // Re-importing the same agreements writes in place, as many rows as before.
    await writeAgreements(wb.excelContext, many(400), settings);
    expect((await readAgreements(wb.excelContext)).agreements).toHaveLength(400);
    expect(wb.table('IOP_Avtal').rows).toBe(401);
  });

  it('reads back exactly the agreements it wrote', async () => {
    const wb = new MemoryWorkbook();
    await writeAgreements(wb.excelContext, ALL, settings);
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(problems).toEqual([]);
    expect(agreements.map(({ id: _id, ...rest }) => rest)).toEqual(ALL);
    expect(agreements.map((a) => a.id)).toEqual(['iop-hoppfull-framtid', 'iop-inkludering-pa-lika-villkor', 'iop-sprakstod-for-foraldralediga', 'iop-laxhjalp-i-skaggetorp', 'iop-trygg-fritid']);
  });

  it('updates instead of duplicating on re-import, keeping the user’s columns, rows and notes', async () => {
    const wb = new MemoryWorkbook();
    await writeAgreements(wb.excelContext, [hoppfullFramtid, inkludering], settings);
    // The user adds a column, a note in it, and a cost item of their own.
    const avtal = wb.grid('Avtal');
    const noteCol = avtal[0].length;
    wb.setCell('Avtal', `${String.fromCharCode(65 + noteCol)}1`, 'Anteckning');
    wb.setCell('Avtal', `${String.fromCharCode(65 + noteCol)}2`, 'Följs upp i maj');
    const ctx = wb.context;
    const t = ctx.tables.get('iop_avtal')!;
    t.columns += 1;
    const poster = ctx.tables.get('iop_poster')!;
    const r = poster.row + poster.rows;
    ['iop-inkludering-pa-lika-villkor', 'Inkludering på lika villkor', 'Kostnadspost', 'Linköpings kommun', 'Offentlig', 'Extra handledning', 10000].forEach((v, c) =>
      wb.setCell('Poster', `${String.fromCharCode(65 + c)}${r + 1}`, v as string | number),
    );
    poster.rows += 1;

    const changed = { ...hoppfullFramtid, purpose: 'arbetslik aktivitet (45 helårsplatser)', places: 45 };
    const report = await writeAgreements(wb.excelContext, [changed, inkludering], settings);
    expect(report).toMatchObject({ added: 0, updated: 2 });
    const { agreements } = await readAgreements(wb.excelContext);
    expect(agreements).toHaveLength(2);
    expect(agreements[0].places).toBe(45);
    expect(agreements[1].costItems.map((c) => c.label)).toContain('Extra handledning');
    expect(wb.cell('Avtal', `${String.fromCharCode(65 + noteCol)}2`).value).toBe('Följs upp i maj');
    expect(wb.cell('Avtal', `${String.fromCharCode(65 + noteCol)}1`).value).toBe('Anteckning');
  });

  it('writes text that begins with =, +, - or @ as text', async () => {
    const wb = new MemoryWorkbook();
    const tricky = { ...partial, name: '@Språkstöd', purpose: '-minus', targetGroup: '=SUM(1,2)' };
    await writeAgreements(wb.excelContext, [tricky], settings);
    const row = wb.grid('Avtal')[1];
    expect(row.slice(1, 4).map((c) => [c.value, c.formula])).toEqual([
      ['@Språkstöd', null],
      ['=SUM(1,2)', null],
      ['-minus', null],
    ]);
  });

  it('cuts a text longer than a cell holds to 32 767 characters and says so', async () => {
    const wb = new MemoryWorkbook();
    const long = { ...partial, purpose: 'Syfte '.repeat(7_000) };
    const report = await writeAgreements(wb.excelContext, [long], settings);
    expect(report.warnings).toEqual([expect.stringMatching(/^Avtal, kolumn Syfte \(avtalet "Språkstöd för föräldralediga"\): texten har 42000 tecken och kortades till 32767/)]);
    const { agreements } = await readAgreements(wb.excelContext);
    expect(agreements[0].purpose).toHaveLength(32_767);
    expect(long.purpose.startsWith(agreements[0].purpose!)).toBe(true);
  });

  it('writes report formulas and shows the domain core’s values in the preview', async () => {
    const wb = new MemoryWorkbook();
    await writeAgreements(wb.excelContext, ALL, settings);
    await fillOverview(wb.excelContext, { year: 2021, committee: 'Arbetsmarknadsnämnden' });
    expect(wb.listSheets()).toEqual(expect.arrayContaining(['Översikt', 'Flerårsplan', 'Förlängningar', 'Inställningar', 'Avtal', 'Parter', 'Poster']));
    // No hidden helper sheet: every report cell reads its agreement's row in IOP_Avtal by Avtals-id.
    expect(wb.listSheets()).not.toContain('Beräkning');
    const r = findRow(wb, 'Översikt', (v) => v[0] === 'Inkludering på lika villkor');
    const row = wb.grid('Översikt')[r];
    expect(row[0].formula).toBe('=INDEX(IOP_Avtal[Namn],MATCH("iop-inkludering-pa-lika-villkor",IOP_Avtal[[Avtals-id]],0))&""');
    expect(row[4].value).toBe(664800);
    expect(row[5].value).toBe(339200);
    expect(row[5].formula).toBe('=INDEX(IOP_Avtal[Nämndens per år],MATCH("iop-inkludering-pa-lika-villkor",IOP_Avtal[[Avtals-id]],0))');
    expect(findRow(wb, 'Översikt', (v) => v[0] === 'Trygg fritid')).toBe(-1);
    const plan = wb.grid('Flerårsplan');
    const header = plan[3].map((c) => c.value);
    const schedule = buildSchedule(inkludering);
    const pub = plan.find((row) => row[0].value === inkludering.name && row[1].value === 'Avtalsperiod' && row[2].value === 'Offentlig')!;
    for (const y of schedule.years) expect(pub[header.indexOf(y.year)].value).toBe(y.basePublic);
    expect(wb.charts('Flerårsplan')).toHaveLength(1);
  });

  it('round-trips settings through the workbook names', async () => {
    const wb = new MemoryWorkbook();
    await writeSettings(wb.excelContext, { ...settings, committee: 'Socialnämnden', indexRate: 0.025 });
    expect(await readSettings(wb.excelContext)).toEqual({ ...settings, committee: 'Socialnämnden', indexRate: 0.025 });
    expect(wb.context.names.has('iop_indexsats')).toBe(true);
    await writeSettings(wb.excelContext, settings);
    expect((await readSettings(wb.excelContext)).committee).toBe('Arbetsmarknadsnämnden');
  });

  it('fills the committee’s own overview in place', async () => {
    const wb = new MemoryWorkbook();
    // Hoppfull framtid as the committee's overview records it: extended to 2023 (a decided extension).
    const extended = { ...hoppfullFramtid, validity: { ...hoppfullFramtid.validity, extendedEnd: '2023-12-31' } };
    await writeAgreements(wb.excelContext, [extended, inkludering], settings);
    wb.addSheet('AN översikt');
    wb.setActiveSheet('AN översikt');
    const headers = ['Namn', 'Samverkanspart/-er', 'Kategorisering/ målgrupp', 'Verksamhetens syfte', 'Beräknat värde/år', 'Kostnad AN/år', 'Giltighet', 'Kommentar'];
    headers.forEach((h, c) => wb.setCell('AN översikt', `${String.fromCharCode(65 + c)}3`, h));
    wb.setCell('AN översikt', 'A1', 'Översikt IOP inom arbetsmarknadsnämnden');
    wb.setCell('AN översikt', 'A4', 'Inkludering på lika villkor');
    wb.setCell('AN översikt', 'H4', 'Ny överenskommelse 2021');
    const report = await fillOverview(wb.excelContext, { year: 2021, committee: 'Arbetsmarknadsnämnden' });
    expect(report).toMatchObject({ inPlace: true, updated: 1, added: 1 });
    expect(wb.cell('AN översikt', 'F4').formula).toMatch(/^=INDEX\(IOP_Avtal\[Nämndens per år\],MATCH\(/);
    expect(wb.cell('AN översikt', 'F4').value).toBe(339200);
    expect(wb.cell('AN översikt', 'H4').value).toBe('Ny överenskommelse 2021');
    expect(wb.cell('AN översikt', 'A5').value).toBe('Hoppfull framtid');
    expect(wb.cell('AN översikt', 'E5').value).toBe(2080500);
  });

  it('reports rows it cannot read instead of guessing', async () => {
    const wb = new MemoryWorkbook();
    await writeAgreements(wb.excelContext, [inkludering], settings);
    wb.setCell('Avtal', 'F2', 'snart');
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(agreements).toEqual([]);
    expect(problems[0]).toMatch(/^Avtal rad 2, kolumn Start: "snart" är inget datum/);
  });
});
