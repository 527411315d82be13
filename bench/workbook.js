/**
 * Workbook benchmark: time to build and write the plan for 1 000 agreements as .xlsx (goal under 2 s; about
 * 100 000 formula cells on Beräkning and Flerårsplan each), and
 * the number of context.sync calls the Office.js writer makes on the in-memory workbook.
 * The .xlsx path uses lib/ (npx tsc -p tsconfig.cli.json); src/writers/officejs and src/preview are not part of that
 * build, so they are transpiled on the fly here.
 */
const path = require('path');
const fs = require('fs');
const ts = require('typescript');

function requireTs(file) {
  const previous = require.extensions['.ts'];
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } });
    module._compile(out.outputText, filename);
  };
  try {
    return require(file);
  } finally {
    if (previous) require.extensions['.ts'] = previous;
    else delete require.extensions['.ts'];
  }
}

function agreements(n) {
  const lk = { name: 'Linköpings kommun', orgNumber: '212000-0449', sector: 'public', unit: 'Arbetsmarknadsnämnden' };
  return Array.from({ length: n }, (_, i) => {
    const civil = { name: `Förening ${i + 1}`, orgNumber: null, sector: 'civil', unit: null };
    const startYear = 2020 + (i % 6);
    const startMonth = 1 + (i % 12);
    return {
      name: `IOP nummer ${i + 1}`,
      parties: [lk, civil],
      targetGroup: 'Personer långt från arbetsmarknaden',
      purpose: 'Arbetslik aktivitet',
      places: 10 + (i % 50),
      validity: {
        start: `${startYear}-${String(startMonth).padStart(2, '0')}-01`,
        end: `${startYear + 2}-${String(startMonth).padStart(2, '0')}-01`,
        extension: i % 3 === 0 ? { years: 1, times: null } : { years: 2, times: 1 },
      },
      indexation: { rate: 0.02, baseYear: null },
      costItems: [
        { party: lk.name, label: 'Handledare', annualAmount: 400000 + i * 13 },
        { party: civil.name, label: 'Lokaler', annualAmount: 120000 + i * 7 },
        { party: civil.name, label: 'Ideella timmar', annualAmount: 80000 + i },
      ],
      contributions: [],
      annualTotal: null,
    };
  });
}

module.exports.agreements = agreements;

module.exports.run = async function run(report) {
  const root = path.join(__dirname, '..');
  const { buildWorkbookPlan } = require(path.join(root, 'lib/workbook'));
  const { writePlanXlsx } = require(path.join(root, 'lib/writers/xlsx'));
  const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };
  const list = agreements(1000);

  const t0 = process.hrtime.bigint();
  const plan = buildWorkbookPlan(list, settings, { year: 2025 });
  const t1 = process.hrtime.bigint();
  const xlsx = await writePlanXlsx(plan);
  const t2 = process.hrtime.bigint();
  report('plan för 1 000 avtal', Number(t1 - t0) / 1e9, 's');
  report('.xlsx-skrivning för 1 000 avtal', Number(t2 - t1) / 1e9, 's');
  report('plan + .xlsx för 1 000 avtal', Number(t2 - t0) / 1e9, 's', '< 2 s');
  report('.xlsx-storlek', Math.round(xlsx.length / 1024), 'KB');

  const { writeAgreements, fillOverview } = requireTs(path.join(root, 'src/writers/officejs/index.ts'));
  const { MemoryWorkbook } = requireTs(path.join(root, 'src/preview/memoryExcel.ts'));
  const wb = new MemoryWorkbook();
  const t3 = process.hrtime.bigint();
  await writeAgreements(wb.excelContext, list, settings);
  const t4 = process.hrtime.bigint();
  report('Office.js-skrivaren, context.sync för 1 000 avtal', wb.syncCount, 'st', '≤ 3');
  report('Office.js-skrivaren på minnesarbetsboken, tid', Number(t4 - t3) / 1e9, 's');
  const before = wb.syncCount;
  await fillOverview(wb.excelContext, { year: 2025, committee: settings.committee });
  report('fillOverview, context.sync', wb.syncCount - before, 'st', '≤ 3');
};

if (require.main === module) {
  module.exports.run((label, value, unit, goal) => console.log(`${label}: ${typeof value === 'number' ? value.toFixed(unit === 's' ? 3 : 0) : value} ${unit}${goal !== undefined ? ` (mål ≤ ${goal})` : ''}`));
}
