/**
 * Follow-up entered in the pane becomes one row of IOP_Uppfoljning per agreement and year: a second entry for
 * the same year replaces that row where it stands, the user's other rows and own columns stay, a filter is
 * given back, and the reader reads exactly what was entered.
 */
import { readAgreements, readFollowUp, writeAgreements, writeFollowUpRow } from '../../../src/writers/officejs';
import type { FollowUpRecord } from '../../../src/domain/followUp';
import { MemoryWorkbook } from '../../../src/preview/memoryExcel';
import { columnLetter } from '../../../src/workbook/plan';
import { hoppfullFramtid, inkludering } from '../../fixtures/workbook/agreements';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };
const HOPP = 'iop-hoppfull-framtid';
const INK = 'iop-inkludering-pa-lika-villkor';
const TABLE = 'IOP_Uppfoljning';
const SHEET = 'Uppföljning';

const record = (agreement: string, year: number, more: Partial<FollowUpRecord> = {}): FollowUpRecord => ({
  agreement,
  year,
  participants: 40,
  placesUsed: 12.5,
  reportReceived: '2026-02-10',
  meetingsHeld: 2,
  comment: 'Verksamheten enligt plan',
  ...more,
});

async function written(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await writeAgreements(wb.excelContext, [hoppfullFramtid, inkludering], settings);
  return wb;
}

async function agreementOf(wb: MemoryWorkbook, key: string) {
  const { agreements } = await readAgreements(wb.excelContext);
  return agreements.find((a) => a.id === key)!;
}

function headers(wb: MemoryWorkbook): string[] {
  const t = wb.table(TABLE);
  return Array.from({ length: t.columns }, (_, j) => String(wb.cell(SHEET, `${columnLetter(t.column + j)}${t.row + 1}`).value));
}

function cellOf(wb: MemoryWorkbook, bodyRow: number, header: string) {
  const t = wb.table(TABLE);
  return wb.cell(SHEET, `${columnLetter(t.column + headers(wb).indexOf(header))}${t.row + 2 + bodyRow}`);
}

describe('writeFollowUpRow', () => {
  it('adds rows per agreement and year and reads them back as entered', async () => {
    const wb = await written();
    await writeFollowUpRow(wb.excelContext, await agreementOf(wb, HOPP), HOPP, record(HOPP, 2025));
    await writeFollowUpRow(wb.excelContext, await agreementOf(wb, INK), INK, record(INK, 2025, { participants: 8, reportReceived: null, comment: '' }));
    await writeFollowUpRow(wb.excelContext, await agreementOf(wb, HOPP), HOPP, record(HOPP, 2024, { participants: 35 }));
    const { records, problems } = await readFollowUp(wb.excelContext);
    expect(problems).toEqual([]);
    expect(records).toEqual([record(HOPP, 2025), record(INK, 2025, { participants: 8, reportReceived: null, comment: '' }), record(HOPP, 2024, { participants: 35 })]);
    expect(cellOf(wb, 0, 'Avtal').value).toBe('Hoppfull framtid');
  });

  it('replaces the row of the same agreement and year in place, keeping the other rows and the user’s column', async () => {
    const wb = await written();
    const hopp = await agreementOf(wb, HOPP);
    await writeFollowUpRow(wb.excelContext, hopp, HOPP, record(HOPP, 2024));
    await writeFollowUpRow(wb.excelContext, hopp, HOPP, record(HOPP, 2025));
    await writeFollowUpRow(wb.excelContext, await agreementOf(wb, INK), INK, record(INK, 2025));
    const t = wb.table(TABLE);
    const letter = columnLetter(t.column + t.columns);
    wb.setCell(SHEET, `${letter}${t.row + 1}`, 'Handläggare');
    wb.extendTable(TABLE, { columns: 1 });
    wb.setCell(SHEET, `${letter}${t.row + 3}`, 'Eva');

    await writeFollowUpRow(wb.excelContext, hopp, HOPP, record(HOPP, 2025, { participants: 44, reportReceived: null, comment: 'Rapporten kompletteras' }));

    const { records } = await readFollowUp(wb.excelContext);
    expect(records).toEqual([record(HOPP, 2024), record(HOPP, 2025, { participants: 44, reportReceived: null, comment: 'Rapporten kompletteras' }), record(INK, 2025)]);
    expect(wb.table(TABLE).rows).toBe(t.rows);
    expect(cellOf(wb, 1, 'Deltagare').value).toBe(44);
    expect(cellOf(wb, 1, 'Handläggare').value).toBe('Eva');
  });

  it('writes under a filter and gives the filter back', async () => {
    const wb = await written();
    await writeFollowUpRow(wb.excelContext, await agreementOf(wb, HOPP), HOPP, record(HOPP, 2024));
    await writeFollowUpRow(wb.excelContext, await agreementOf(wb, INK), INK, record(INK, 2024));
    const criteria = { filterOn: 'Values', values: ['Hoppfull framtid'] };
    wb.filterTable(TABLE, 'Avtal', criteria);

    await writeFollowUpRow(wb.excelContext, await agreementOf(wb, INK), INK, record(INK, 2025, { participants: 9 }));

    expect(wb.filters(TABLE)).toEqual({ Avtal: criteria });
    const { records } = await readFollowUp(wb.excelContext);
    expect(records.map((r) => [r.agreement, r.year, r.participants])).toEqual([[HOPP, 2024, 40], [INK, 2024, 40], [INK, 2025, 9]]);
  });

  it('keeps the text a user types as text, never a formula', async () => {
    const wb = await written();
    await writeFollowUpRow(wb.excelContext, await agreementOf(wb, HOPP), HOPP, record(HOPP, 2025, { comment: '=1+1' }));
    expect(cellOf(wb, 0, 'Kommentar').value).toBe('=1+1');
    expect((await readFollowUp(wb.excelContext)).records[0].comment).toBe('=1+1');
  });
});
