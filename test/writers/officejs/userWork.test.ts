/**
 * The user's work survives a re-import: their own columns, formulas (relative references still pointing at
 * their own row), notes, formats, rows and filters, also when the import adds and removes rows around them.
 * Each test writes agreements, works in the tables as a user would, imports again and checks cell by cell.
 */
import { deleteAgreementRows, readAgreements, recordForUndo, undoLast, writeAgreements } from '../../../src/writers/officejs';
import type { Agreement } from '../../../src/domain/agreement';
import { MemoryWorkbook } from '../../../src/preview/memoryExcel';
import { columnLetter } from '../../../src/workbook/plan';
import { hoppfullFramtid, inkludering, partial } from '../../fixtures/workbook/agreements';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };
const HOPP = 'iop-hoppfull-framtid';
const INK = 'iop-inkludering-pa-lika-villkor';

const TABLE_OF: Record<string, string> = { Avtal: 'IOP_Avtal', Parter: 'IOP_Parter', Poster: 'IOP_Poster' };

function headers(wb: MemoryWorkbook, sheet: string): string[] {
  const t = wb.table(TABLE_OF[sheet]);
  return Array.from({ length: t.columns }, (_, j) => String(wb.cell(sheet, `${columnLetter(t.column + j)}${t.row + 1}`).value));
}

function col(wb: MemoryWorkbook, sheet: string, header: string): string {
  const t = wb.table(TABLE_OF[sheet]);
  const at = headers(wb, sheet).indexOf(header);
  if (at < 0) throw new Error(`${sheet} har ingen kolumn ${header}`);
  return columnLetter(t.column + at);
}

/** Body rows (1-based sheet rows) of a table, with a getter by header. */
function bodyRows(wb: MemoryWorkbook, sheet: string): { row: number; get: (h: string) => unknown; formula: (h: string) => string | null }[] {
  const t = wb.table(TABLE_OF[sheet]);
  const hs = headers(wb, sheet);
  return Array.from({ length: t.rows - 1 }, (_, i) => {
    const row = t.row + 2 + i;
    const cell = (h: string) => wb.cell(sheet, `${columnLetter(t.column + hs.indexOf(h))}${row}`);
    return { row, get: (h: string) => cell(h).value, formula: (h: string) => cell(h).formula };
  });
}

function itemRow(wb: MemoryWorkbook, key: string, label: string, nth = 0): number {
  const found = bodyRows(wb, 'Poster').filter((r) => r.get('Avtals-id') === key && r.get('Benämning') === label);
  if (!found[nth]) throw new Error(`Ingen rad ${nth} för ${label}`);
  return found[nth].row;
}

/** Adds a column of the user's right of a table, as typing a header beside it does in Excel. */
function addUserColumn(wb: MemoryWorkbook, sheet: string, header: string): string {
  const t = wb.table(TABLE_OF[sheet]);
  const letter = columnLetter(t.column + t.columns);
  wb.setCell(sheet, `${letter}${t.row + 1}`, header);
  wb.extendTable(TABLE_OF[sheet], { columns: 1 });
  return letter;
}

async function written(agreements: Agreement[]): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await writeAgreements(wb.excelContext, agreements, settings);
  return wb;
}

/** Inkludering gains a cost item (a row above Hoppfull's); Hoppfull loses one and gains another. */
const inkluderingMore: Agreement = { ...inkludering, costItems: [...inkludering.costItems, { party: 'Linköpings kommun', label: 'Resor', annualAmount: 12000 }] };
const hoppfullChanged: Agreement = {
  ...hoppfullFramtid,
  costItems: [...hoppfullFramtid.costItems.filter((c) => c.label !== 'Utbildningslokal'), { party: 'Linköpings Stadsmission', label: 'Ny lokal', annualAmount: 130000 }],
};

describe('the user’s work survives re-import', () => {
  it('keeps the user’s formulas pointing at their own row when rows are added and removed above them', async () => {
    const wb = await written([inkludering, hoppfullFramtid]);
    const moms = addUserColumn(wb, 'Poster', 'Moms');
    const belopp = col(wb, 'Poster', 'Belopp/år');
    const labels = ['Yrkescoachning och verksamhetsledare', 'Teknik, utbildning och utbildningsmaterial', 'Volontärsinsats – Mentorskap'];
    for (const label of labels) {
      const r = itemRow(wb, HOPP, label);
      wb.setCell('Poster', `${moms}${r}`, `=${belopp}${r}*0.25`);
    }
    const before = itemRow(wb, HOPP, labels[0]);

    await writeAgreements(wb.excelContext, [inkluderingMore, hoppfullChanged], settings);

    expect(itemRow(wb, HOPP, labels[0])).toBe(before + 1); // Inkludering's new row went in above
    for (const label of labels) {
      const r = itemRow(wb, HOPP, label);
      expect(wb.cell('Poster', `${moms}${r}`).formula).toBe(`=${belopp}${r}*0.25`);
    }
    const added = itemRow(wb, HOPP, 'Ny lokal');
    expect(wb.cell('Poster', `${moms}${added}`).formula).toBeNull();
    expect(bodyRows(wb, 'Poster').some((r) => r.get('Benämning') === 'Utbildningslokal')).toBe(false);
  });

  it('fills the user’s calculated column into the rows the import adds', async () => {
    const wb = await written([inkludering, hoppfullFramtid]);
    addUserColumn(wb, 'Poster', 'Moms');
    const belopp = col(wb, 'Poster', 'Belopp/år');
    wb.fillTableColumn('IOP_Poster', 'Moms', `=${belopp}2*0.25`);

    await writeAgreements(wb.excelContext, [inkluderingMore, hoppfullChanged, partial], settings);

    const rows = bodyRows(wb, 'Poster');
    expect(rows.length).toBeGreaterThan(11);
    for (const r of rows) expect(r.formula('Moms')).toBe(`=${belopp}${r.row}*0.25`);
    expect(wb.calculatedColumns('IOP_Poster')).toEqual(['Moms']);
  });

  it('keeps notes and the user’s columns with their agreement when agreements are added before it', async () => {
    const wb = await written([hoppfullFramtid, inkludering]);
    const note = addUserColumn(wb, 'Avtal', 'Kommentar');
    const rowOf = (key: string) => bodyRows(wb, 'Avtal').find((r) => r.get('Avtals-id') === key)!.row;
    wb.setCell('Avtal', `${note}${rowOf(INK)}`, 'Följs upp i maj');
    wb.setCell('Avtal', `${note}${rowOf(HOPP)}`, '=1+1');

    await writeAgreements(wb.excelContext, [partial, inkludering, { ...hoppfullFramtid, places: 45 }], settings);

    expect(wb.cell('Avtal', `${note}${rowOf(INK)}`).value).toBe('Följs upp i maj');
    expect(wb.cell('Avtal', `${note}${rowOf(HOPP)}`).formula).toBe('=1+1');
    expect(bodyRows(wb, 'Avtal').find((r) => r.get('Avtals-id') === HOPP)!.get('Platser')).toBe(45);
    expect(headers(wb, 'Avtal')).toContain('Kommentar');
  });

  it('keeps the user’s own rows where they put them, and the formats of the user’s cells', async () => {
    const wb = await written([inkludering, hoppfullFramtid]);
    const moms = addUserColumn(wb, 'Poster', 'Andel');
    const teknik = itemRow(wb, HOPP, 'Teknik, utbildning och utbildningsmaterial');
    // A row of the user's, inserted inside the table right below "Teknik …".
    wb.insertRows('Poster', teknik + 1);
    const own = teknik + 1;
    [HOPP, 'Hoppfull framtid', 'Kostnadspost', 'Linköpings Stadsmission', 'Idéburen', 'Kaffe till volontärerna', 5000].forEach((v, j) => wb.setCell('Poster', `${columnLetter(j)}${own}`, v as string | number));
    wb.setCell('Poster', `${col(wb, 'Poster', 'Källa')}${own}`, 'Egen');
    wb.setCell('Poster', `${moms}${teknik}`, 0.5);
    wb.setFormat('Poster', `${moms}${teknik}`, '0.0%');

    await writeAgreements(wb.excelContext, [inkluderingMore, hoppfullChanged], settings);

    const teknikNow = itemRow(wb, HOPP, 'Teknik, utbildning och utbildningsmaterial');
    expect(itemRow(wb, HOPP, 'Kaffe till volontärerna')).toBe(teknikNow + 1);
    expect(wb.cell('Poster', `${moms}${teknikNow}`)).toMatchObject({ value: 0.5, format: '0.0%' });
    const { agreements } = await readAgreements(wb.excelContext);
    expect(agreements.find((a) => a.id === HOPP)!.costItems.map((c) => c.label)).toContain('Kaffe till volontärerna');
  });

  it('gives back an imported row the user deleted, without touching the rows around it', async () => {
    const wb = await written([inkludering, hoppfullFramtid]);
    const note = addUserColumn(wb, 'Poster', 'Not');
    const mentor = itemRow(wb, HOPP, 'Volontärsinsats – Mentorskap');
    wb.setCell('Poster', `${note}${mentor}`, 'ringa Eva');
    wb.deleteRow('Poster', itemRow(wb, HOPP, 'Utbildningslokal'));

    await writeAgreements(wb.excelContext, [inkludering, hoppfullFramtid], settings);

    expect(bodyRows(wb, 'Poster').filter((r) => r.get('Avtals-id') === HOPP)).toHaveLength(6);
    expect(wb.cell('Poster', `${note}${itemRow(wb, HOPP, 'Volontärsinsats – Mentorskap')}`).value).toBe('ringa Eva');
  });

  it('writes into a filtered table and gives the filter back as the user set it', async () => {
    const wb = await written([inkludering, hoppfullFramtid]);
    const criteria = { filterOn: 'Values', values: ['Linköpings kommun'] };
    wb.filterTable('IOP_Poster', 'Part', criteria);
    wb.filterTable('IOP_Avtal', 'Namn', { filterOn: 'Custom', criterion1: '=Hopp*' });
    expect(wb.hiddenRows('IOP_Poster').length).toBeGreaterThan(0);

    await writeAgreements(wb.excelContext, [inkluderingMore, hoppfullChanged, partial], settings);

    expect(wb.filters('IOP_Poster')).toEqual({ Part: criteria });
    expect(wb.filters('IOP_Avtal')).toEqual({ Namn: { filterOn: 'Custom', criterion1: '=Hopp*' } });
    const hidden = new Set(wb.hiddenRows('IOP_Poster'));
    for (const r of bodyRows(wb, 'Poster')) expect(hidden.has(r.row)).toBe(r.get('Part') !== 'Linköpings kommun');
    const { agreements } = await readAgreements(wb.excelContext);
    expect(agreements.find((a) => a.id === HOPP)!.costItems.map((c) => c.label)).toContain('Ny lokal');
  });

  it('deletes an agreement’s rows in place: the user’s formulas below still point at their own row, under a filter too', async () => {
    const wb = await written([inkludering, hoppfullFramtid]);
    const moms = addUserColumn(wb, 'Poster', 'Moms');
    const belopp = col(wb, 'Poster', 'Belopp/år');
    const label = 'Volontärsinsats – Mentorskap';
    const r = itemRow(wb, HOPP, label);
    wb.setCell('Poster', `${moms}${r}`, `=${belopp}${r}*0.25`);
    wb.filterTable('IOP_Poster', 'Part', { filterOn: 'Values', values: ['Linköpings Stadsmission'] });

    expect(await deleteAgreementRows(wb.excelContext, INK)).toBeGreaterThan(0);

    const now = itemRow(wb, HOPP, label);
    expect(now).toBeLessThan(r);
    expect(wb.cell('Poster', `${moms}${now}`).formula).toBe(`=${belopp}${now}*0.25`);
    expect(bodyRows(wb, 'Poster').some((x) => x.get('Avtals-id') === INK)).toBe(false);
    expect(wb.filters('IOP_Poster')).toEqual({ Part: { filterOn: 'Values', values: ['Linköpings Stadsmission'] } });
  });

  it('undoes a save in place: the rows come back and the user’s formulas below still point at their own row', async () => {
    const wb = await written([inkludering, hoppfullFramtid]);
    const moms = addUserColumn(wb, 'Poster', 'Moms');
    const belopp = col(wb, 'Poster', 'Belopp/år');
    const label = 'Yrkescoachning och verksamhetsledare';
    const r = itemRow(wb, HOPP, label);
    wb.setCell('Poster', `${moms}${r}`, `=${belopp}${r}*0.25`);
    await recordForUndo(wb.excelContext, 'save', 'sparade', [INK]);
    await writeAgreements(wb.excelContext, [inkluderingMore], settings);
    expect(itemRow(wb, HOPP, label)).toBe(r + 1);
    wb.filterTable('IOP_Poster', 'Part', { filterOn: 'Values', values: ['Linköpings kommun'] });

    expect(await undoLast(wb.excelContext)).not.toBeNull();

    expect(itemRow(wb, HOPP, label)).toBe(r);
    expect(wb.cell('Poster', `${moms}${r}`).formula).toBe(`=${belopp}${r}*0.25`);
    const { agreements } = await readAgreements(wb.excelContext);
    expect(agreements.find((a) => a.id === INK)!.costItems.map((c) => c.label)).toEqual(inkludering.costItems.map((c) => c.label));
    expect(wb.filters('IOP_Poster')).toEqual({ Part: { filterOn: 'Values', values: ['Linköpings kommun'] } });
  });
});
