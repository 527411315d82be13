import { readAgreements, writeAgreements } from '../../src/writers/officejs';
import { MemoryWorkbook } from '../../src/preview/memoryExcel';
import { hoppfullFramtid, inkludering } from '../fixtures/workbook/agreements';
import type { Agreement } from '../../src/domain/agreement';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };

const withFollowUp: Agreement = {
  ...hoppfullFramtid,
  validity: { ...hoppfullFramtid.validity, noticeMonths: 6 },
  followUp: { meetingsPerYear: 2, reportsPerYear: 1, reportDue: '02-15', extensionDecisionMonths: 6 },
};

describe('the follow-up an agreement requires, in IOP_Avtal', () => {
  it('is written and read back with the agreement; agreements without it read as before', async () => {
    const wb = new MemoryWorkbook();
    await writeAgreements(wb.excelContext, [withFollowUp, inkludering], settings);
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(problems).toEqual([]);
    expect(agreements.map(({ id: _id, ...rest }) => rest)).toEqual([withFollowUp, inkludering]);
    // "02-15" is stored as text, not as the 15th of February of some year.
    const grid = wb.grid('Avtal');
    const column = grid[0].findIndex((c) => c.value === 'Rapport senast');
    expect(grid[1][column].value).toBe('02-15');
  });

  it('reads a date typed into "Rapport senast" as its day, and refuses what is no day with a message', async () => {
    const wb = new MemoryWorkbook();
    await writeAgreements(wb.excelContext, [withFollowUp], settings);
    const grid = wb.grid('Avtal');
    const column = grid[0].findIndex((c) => c.value === 'Rapport senast');
    const sheet = wb.excelContext.workbook.worksheets.getItem('Avtal');
    const address = `${String.fromCharCode(65 + column)}2`;
    sheet.getRange(address).values = [[46068]]; // 2026-02-15
    await wb.excelContext.sync();
    expect((await readAgreements(wb.excelContext)).agreements[0].followUp?.reportDue).toBe('02-15');
    sheet.getRange(address).values = [['i februari']];
    await wb.excelContext.sync();
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(agreements[0].followUp).toEqual({ meetingsPerYear: 2, reportsPerYear: 1, reportDue: null, extensionDecisionMonths: 6 });
    expect(problems).toEqual([`Avtal rad 2, kolumn Rapport senast: "i februari" är ingen dag; skriv månad-dag, t.ex. 02-15 – värdet lästes inte in.`]);
  });
});
