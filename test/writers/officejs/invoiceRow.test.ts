/**
 * Invoices registered in the pane become rows of IOP_Fakturor, and those rows are the user's (issue 18): saving the
 * agreements again, re-importing or deleting an agreement leaves them as they are; undo of a registration takes back
 * that row only; the overview's "Fakturerat {år}" follows.
 */
import { deleteAgreementRows, readAgreements, readInvoices, recordForUndo, undoLast, writeAgreements, writeInvoiceRow } from '../../../src/writers/officejs';
import type { InvoiceRecord } from '../../../src/domain/invoiceCheck';
import { MemoryWorkbook } from '../../../src/preview/memoryExcel';
import { INVOICE_TABLE } from '../../../src/workbook/names';
import { hoppfullFramtid, inkludering } from '../../fixtures/workbook/agreements';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };
const HOPP = 'iop-hoppfull-framtid';

async function written(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await writeAgreements(wb.excelContext, [hoppfullFramtid, inkludering], settings);
  return wb;
}

async function agreementOf(wb: MemoryWorkbook, key: string) {
  const { agreements } = await readAgreements(wb.excelContext);
  return agreements.find((a) => a.id === key)!;
}

const invoice = (over: Partial<InvoiceRecord> = {}): InvoiceRecord => ({
  agreement: HOPP,
  party: 'Linköpings kommun',
  number: 'F-1',
  date: '2025-01-20',
  period: 'helår 2025',
  amount: 100_000,
  reference: '385-612',
  attestedOn: null,
  attestedBy: '',
  comment: '',
  ...over,
});

/** Registers as the pane does: recorded for undo (IOP_Fakturor only), the row, the reports rebuilt. */
async function register(wb: MemoryWorkbook, record: InvoiceRecord): Promise<void> {
  await recordForUndo(wb.excelContext, 'save', 'registrerade en faktura', [record.agreement], [INVOICE_TABLE]);
  await writeInvoiceRow(wb.excelContext, await agreementOf(wb, record.agreement), record.agreement, record);
  await writeAgreements(wb.excelContext, [], settings);
}

describe('writeInvoiceRow', () => {
  it('adds each invoice as a row and reads them back as entered, duplicates too', async () => {
    const wb = await written();
    await register(wb, invoice());
    await register(wb, invoice({ amount: 100_001 }));
    const { records, problems } = await readInvoices(wb.excelContext);
    expect(problems).toEqual([]);
    expect(records).toEqual([invoice(), invoice({ amount: 100_001 })]);
  });

  it('keeps the invoices through a save of the same agreement and through deleting it', async () => {
    const wb = await written();
    const all = [invoice(), invoice({ number: 'F-2', period: 'helår 2019' }), invoice({ number: 'F-3', period: 'helår 2018' })];
    for (const r of all) await register(wb, r);
    await writeAgreements(wb.excelContext, [hoppfullFramtid, inkludering], settings);
    expect((await readInvoices(wb.excelContext)).records).toEqual(all);
    await recordForUndo(wb.excelContext, 'delete', 'tog bort', [HOPP]);
    await deleteAgreementRows(wb.excelContext, HOPP);
    await writeAgreements(wb.excelContext, [], settings);
    expect((await readInvoices(wb.excelContext)).records).toEqual(all);
    // Undoing the delete brings the agreement back and leaves the invoices where they are.
    await undoLast(wb.excelContext);
    expect((await readAgreements(wb.excelContext)).agreements.map((a) => a.id)).toContain(HOPP);
    expect((await readInvoices(wb.excelContext)).records).toEqual(all);
  });

  it('undoes a registration: that invoice goes, the earlier ones and the agreements stay', async () => {
    const wb = await written();
    await register(wb, invoice());
    await register(wb, invoice({ number: 'F-2', period: 'helår 2026' }));
    const before = (await readAgreements(wb.excelContext)).agreements;
    expect(await undoLast(wb.excelContext)).toMatchObject({ only: [INVOICE_TABLE] });
    expect((await readInvoices(wb.excelContext)).records).toEqual([invoice()]);
    expect((await readAgreements(wb.excelContext)).agreements).toEqual(before);
  });
});
