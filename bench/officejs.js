'use strict';
/**
 * The Office.js writer on the strict memory workbook (src/preview/memoryExcel.ts), which counts the bytes each
 * context.sync sends and receives and refuses over 5 MB as Excel on the web does: syncs and the largest request
 * for writing 100, 300, 1 000 and 5 000 agreements into a new workbook, importing the same agreements again, and
 * filling the overview; and the largest response of reading the tables back (100 / 1 000 / 5 000 agreements).
 * Goal: every request and response under 4 MB; a small workbook in at most 3 syncs.
 */
const path = require('path');
const { agreements, requireTs } = require('./workbook');

const MB = 1e6;

module.exports.run = async function run(report) {
  const root = path.join(__dirname, '..');
  const { writeAgreements, fillOverview, readAgreements } = requireTs(path.join(root, 'src/writers/officejs/index.ts'));
  const { MemoryWorkbook } = requireTs(path.join(root, 'src/preview/memoryExcel.ts'));
  const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };
  const largest = (syncs, key) => Math.max(...syncs.map((s) => s[key])) / MB;

  const small = new MemoryWorkbook();
  await writeAgreements(small.excelContext, agreements(5), settings);
  report('5 avtal i en ny arbetsbok, context.sync', small.syncCount, 'st', '≤ 3');

  for (const n of [100, 300, 1000, 5000]) {
    const list = agreements(n);
    const wb = new MemoryWorkbook();
    const steps = [
      ['skriva', () => writeAgreements(wb.excelContext, list, settings)],
      ...(n <= 1000
        ? [
            ['importera igen', () => writeAgreements(wb.excelContext, list, settings)],
            ['fylla översikten', () => fillOverview(wb.excelContext, { year: 2025, committee: settings.committee })],
          ]
        : []),
    ];
    for (const [what, step] of steps) {
      const from = wb.syncs.length;
      const t0 = process.hrtime.bigint();
      await step();
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const syncs = wb.syncs.slice(from);
      report(`${n} avtal, ${what}: context.sync / största begäran`, `${syncs.length} / ${largest(syncs, 'request').toFixed(2)}`, 'st / MB', '< 4 MB');
      report(`${n} avtal, ${what}: största svar / tid i minnet`, `${largest(syncs, 'response').toFixed(2)} / ${seconds.toFixed(2)}`, 'MB / s');
    }
    if (n === 300) continue;
    // Reading the tables back (readAgreements: the read every save and overview starts with), split by size.
    const from = wb.syncs.length;
    await readAgreements(wb.excelContext);
    const reads = wb.syncs.slice(from);
    report(`${n} avtal, läsa tabellerna: context.sync / största svar`, `${reads.length} / ${largest(reads, 'response').toFixed(2)}`, 'st / MB', '< 4 MB');
  }
};

if (require.main === module) {
  module.exports.run((label, value, unit, goal) => console.log(`${label}: ${value} ${unit}${goal ? ` (mål: ${goal})` : ''}`));
}
