import { readUndo, recordForUndo, writeAgreements } from '../../../src/writers/officejs';
import { UNDO_SHEET } from '../../../src/writers/officejs/undo';
import { MemoryWorkbook } from '../../../src/preview/memoryExcel';
import { hoppfullFramtid } from '../../fixtures/workbook/agreements';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };

describe('the undo record’s sheet', () => {
  it('is VeryHidden: the user cannot unhide it from Excel’s menus to edit the record', async () => {
    const wb = new MemoryWorkbook();
    await writeAgreements(wb.excelContext, [hoppfullFramtid], settings);
    await recordForUndo(wb.excelContext, 'save', 'sparade', ['iop-hoppfull-framtid']);
    await wb.context.sync();
    expect(wb.sheetVisibility(UNDO_SHEET)).toBe('VeryHidden');
    expect(() => wb.setSheetVisibility(UNDO_SHEET, 'Visible')).toThrow(/InvalidOperation/);
    expect(await readUndo(wb.excelContext)).toEqual(expect.objectContaining({ keys: ['iop-hoppfull-framtid'] }));
  });

  it('an older workbook’s Hidden undo sheet becomes VeryHidden at the next record', async () => {
    const wb = new MemoryWorkbook();
    await writeAgreements(wb.excelContext, [hoppfullFramtid], settings);
    wb.addSheet(UNDO_SHEET);
    wb.setSheetVisibility(UNDO_SHEET, 'Hidden');
    await recordForUndo(wb.excelContext, 'save', 'sparade', ['iop-hoppfull-framtid']);
    await wb.context.sync();
    expect(wb.sheetVisibility(UNDO_SHEET)).toBe('VeryHidden');
  });
});
