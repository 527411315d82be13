import { readAgreements, writeAgreements } from '../../../src/writers/officejs';
import { MemoryWorkbook } from '../../../src/preview/memoryExcel';
import { ALL } from '../../fixtures/workbook/agreements';
import type { Agreement } from '../../../src/domain/agreement';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };
const many = (n: number, purpose?: (i: number) => string): Agreement[] => Array.from({ length: n }, (_, i) => ({ ...ALL[i % 4], name: `${ALL[i % 4].name} ${i + 1}`, ...(purpose ? { purpose: purpose(i) } : {}) }));

describe('reads within Excel on the web’s response limit', () => {
  it('the memory workbook refuses a response over 5 MB, as Excel on the web does', async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet('Stort');
    for (let r = 1; r <= 200; r++) wb.setCell('Stort', `A${r}`, `'${'x'.repeat(30_000)}`);
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem('Stort').getRange('A1:A200').load('values');
        await context.sync();
      }),
    ).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
  });

  it('reads a small workbook in three syncs (which tables exist; their values; their formulas)', async () => {
    const wb = new MemoryWorkbook();
    await writeAgreements(wb.excelContext, ALL, settings);
    const before = wb.syncCount;
    expect((await readAgreements(wb.excelContext)).agreements).toHaveLength(ALL.length);
    expect(wb.syncCount - before).toBe(3);
  });

  it('splits the read of a large workbook by size: every response under 4 MB, every row read', async () => {
    const wb = new MemoryWorkbook();
    // 600 agreements with long texts: the tables are some 18 MB, far over one response.
    const agreements = many(600, (i) => `Syfte ${i}: ${'text '.repeat(6_000)}`);
    await writeAgreements(wb.excelContext, agreements, settings);
    const before = wb.syncs.length;
    const read = await readAgreements(wb.excelContext);
    const reads = wb.syncs.slice(before);
    expect(read.problems).toEqual([]);
    expect(read.agreements.map((a) => a.purpose)).toEqual(agreements.map((a) => a.purpose));
    expect(reads.length).toBeGreaterThan(5);
    expect(Math.max(...reads.map((s) => s.response))).toBeLessThan(4_000_000);
  }, 120_000);
});
