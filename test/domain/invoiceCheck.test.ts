import type { Agreement } from '../../src/domain/agreement';
import { INVOICE_STATUS, InvoiceRecord, checkInvoice, checkPeriod, groupDigits, invoicedInYear, plannedAgreements } from '../../src/domain/invoiceCheck';
import { seed000 } from './agreements.fixture';

const agreement: Agreement = { ...seed000, id: 'iop-stadsmissionen', invoicing: { period: 'year', reference: '150Z' } };
const plans = plannedAgreements([agreement]);

function invoice(over: Partial<InvoiceRecord> = {}): InvoiceRecord {
  return {
    agreement: 'iop-stadsmissionen',
    party: 'Linköpings kommun',
    number: '1001',
    date: '2025-01-15',
    period: 'helår 2025',
    amount: 1_744_200,
    reference: '150Z',
    attestedOn: null,
    attestedBy: '',
    comment: '',
    ...over,
  };
}

const statusOf = (records: InvoiceRecord[]) => records.map((_, i) => checkInvoice(records, i, plans).status);

describe('checking recorded invoices against the plan', () => {
  it('says whether an invoice matches, and by how much it differs', () => {
    expect(checkInvoice([invoice()], 0, plans)).toEqual({ expected: 1_744_200, difference: 0, status: 'Stämmer' });
    expect(checkInvoice([invoice({ amount: 1_760_000 })], 0, plans)).toEqual({ expected: 1_744_200, difference: 15_800, status: 'Avviker med 15\u00a0800 kr' });
    expect(checkInvoice([invoice({ amount: 1_700_000 })], 0, plans).status).toBe('Avviker med 44\u00a0200 kr');
    // Periods and parties match as the sheet's COUNTIFS matches them: the whole text, any case.
    expect(statusOf([invoice({ period: 'Helår 2025', party: 'LINKÖPINGS KOMMUN', agreement: 'IOP-Stadsmissionen' })])).toEqual(['Stämmer']);
  });

  it('marks both rows of the same invoice number, or of the same period, as duplicates', () => {
    expect(statusOf([invoice(), invoice()])).toEqual([INVOICE_STATUS.duplicateNumber, INVOICE_STATUS.duplicateNumber]);
    expect(statusOf([invoice(), invoice({ number: '1002' })])).toEqual([INVOICE_STATUS.duplicatePeriod, INVOICE_STATUS.duplicatePeriod]);
    expect(statusOf([invoice({ period: 'helår 2024', amount: 1_710_000 }), invoice({ number: '1002' })])).toEqual(['Stämmer', 'Stämmer']);
  });

  it('names what is wrong with an invoice that cannot be checked', () => {
    expect(statusOf([invoice({ agreement: 'iop-okand' })])).toEqual([INVOICE_STATUS.unknownAgreement]);
    expect(statusOf([invoice({ party: 'Region Östergötland' })])).toEqual([INVOICE_STATUS.unknownParty]);
    expect(statusOf([invoice({ period: 'helår 2027' })])).toEqual([INVOICE_STATUS.outsidePeriod]);
    expect(statusOf([invoice({ period: 'Q1 2025' })])).toEqual([INVOICE_STATUS.outsidePeriod]);
    expect(statusOf([invoice({ amount: null })])).toEqual([INVOICE_STATUS.noAmount]);
    expect(statusOf([invoice({ amount: 1_744_200.5 })])).toEqual([INVOICE_STATUS.notWhole]);
    expect(statusOf([invoice({ reference: ' ' })])).toEqual([INVOICE_STATUS.noReference]);
    expect(statusOf([invoice({ reference: 'ID 150010' })])).toEqual(['Fel referens (ska innehålla 150Z)']);
    expect(statusOf([invoice({ reference: 'Ref 150z, ID 150010' })])).toEqual(['Stämmer']);
  });

  it('gives each planned period a status, and the year invoiced against agreed', () => {
    const [planned] = plans;
    const [y2024, y2025] = planned.plan.rows;
    expect(checkPeriod(planned, y2025, [], '2026-01-31').status).toBe('Väntas');
    expect(checkPeriod(planned, y2025, [], '2026-02-01').status).toBe('Ej inkommen');
    expect(checkPeriod(planned, y2025, [invoice({ amount: 1_760_000 })], '2026-02-01')).toMatchObject({ invoices: 1, invoiced: 1_760_000, difference: 15_800, status: 'Avviker med 15\u00a0800 kr' });
    expect(checkPeriod(planned, y2025, [invoice(), invoice({ number: '9' })], '2026-02-01').status).toBe('Fakturerad 2 gånger');
    expect(checkPeriod(planned, y2024, [invoice()], '2026-02-01').status).toBe('Ej inkommen');
    expect(invoicedInYear(planned, [invoice({ amount: 1_760_000 })], 2025)).toEqual({ agreed: 1_744_200, invoiced: 1_760_000, difference: 15_800, periods: 1, invoicedPeriods: 1 });
    expect(invoicedInYear(planned, [], 2025)).toEqual({ agreed: 1_744_200, invoiced: 0, difference: null, periods: 1, invoicedPeriods: 0 });
  });

  it('groups digits as formatKronor does', () => {
    expect([0, 999, 1000, 15_800, 1_744_200, 1_234_567_890].map(groupDigits)).toEqual(['0', '999', '1\u00a0000', '15\u00a0800', '1\u00a0744\u00a0200', '1\u00a0234\u00a0567\u00a0890']);
  });
});
