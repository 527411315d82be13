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
    // Header row 5; the committee's agreements that count in 2025, the totals row; then a heading and the
    // agreements that do not count, with the reason.
    const grid = wb.grid('Översikt');
    const rows = grid.length - 4;
    expect(layout.borderedRanges).toContainEqual({ row: 4, column: 0, rows, columns: OVERVIEW_ROLES.length - 1 });
    expect(layout.cell('A5')).toEqual({ fill: '#DCE6F1', wrap: true });
    expect(layout.cell('D6').wrap).toBe(true);
    expect(layout.cell('E6').wrap).toBeUndefined();
    expect(grid[4].map((c) => c.value).slice(-1)).toEqual(['Avtals-id']);
  });
});
