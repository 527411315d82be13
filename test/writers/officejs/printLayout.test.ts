import { writeAgreements } from '../../../src/writers/officejs';
import { MemoryWorkbook } from '../../../src/preview/memoryExcel';
import { OVERVIEW_ROLES } from '../../../src/workbook/overview';
import { ALL } from '../../fixtures/workbook/agreements';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };

describe('the Office.js writer lays Översikt out for the memo', () => {
  it('frames the overview, fills and wraps its header, wraps the text columns and hides the id column', async () => {
    const wb = new MemoryWorkbook();
    await writeAgreements(wb.excelContext, ALL, settings);
    const layout = wb.layout('Översikt');
    expect(layout.hiddenColumns).toEqual([OVERVIEW_ROLES.indexOf('key')]);
    // Header row 4, the committee's four agreements, the totals row.
    expect(layout.borderedRanges).toContainEqual({ row: 3, column: 0, rows: 6, columns: OVERVIEW_ROLES.length - 1 });
    expect(layout.cell('A4')).toEqual({ fill: '#DCE6F1', wrap: true });
    expect(layout.cell('D5').wrap).toBe(true);
    expect(layout.cell('E5').wrap).toBeUndefined();
    expect(wb.grid('Översikt')[3].map((c) => c.value).slice(-1)).toEqual(['Avtals-id']);
  });
});
