/**
 * Workbook benchmark: time to build and write the plan for 1 000 agreements as .xlsx (goal under 2 s),
 * LibreOffice's full recalculation of the written workbook for 100, 300 and 1 000 agreements, as written and with
 * IOP_Poster sorted by amount as an official might sort it (goal: 1 000 take at most 12× the time of 100, both
 * ways). The Office.js writer's syncs and payloads are in officejs.js. The .xlsx path uses lib/ (npx tsc -p
 * tsconfig.cli.json).
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
/** src/writers/officejs and src/preview are not part of lib/: the Office.js bench transpiles them on the fly. */
module.exports.requireTs = requireTs;

/** The soffice binary, or null. */
function soffice() {
  const { spawnSync } = require('child_process');
  for (const bin of ['soffice', 'libreoffice']) if (spawnSync(bin, ['--version']).status === 0) return bin;
  return null;
}

/**
 * Seconds of CPU (user + system, through /usr/bin/time; wall-clock time where that is missing) LibreOffice
 * takes to open an .xlsx, compute every formula and write every sheet as CSV, as test/workbook/libreoffice.ts
 * does; the least of `runs`. CPU time, because the machine is shared and wall-clock time there measures the
 * other work as much as this.
 */
function libreOfficeSeconds(bin, xlsx, runs) {
  const { spawnSync } = require('child_process');
  const os = require('os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iop-bench-lo-'));
  const file = path.join(dir, 'plan.xlsx');
  fs.writeFileSync(file, xlsx);
  const timer = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const args = (f) => [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', f, '--outdir', path.join(dir, 'out')];
  const convert = (f) => {
    const t0 = process.hrtime.bigint();
    const r = timer ? spawnSync(timer, ['-f', 'cpu %U %S', bin, ...args(f)], { encoding: 'utf8', timeout: 600000 }) : spawnSync(bin, args(f), { encoding: 'utf8', timeout: 600000 });
    if (r.status !== 0) throw new Error(`LibreOffice: ${r.stderr || r.error}`);
    const cpu = timer ? /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr) : null;
    return cpu ? Number(cpu[1]) + Number(cpu[2]) : Number(process.hrtime.bigint() - t0) / 1e9;
  };
  // The first start creates the profile; it is not part of any measurement.
  fs.writeFileSync(path.join(dir, 'warm.csv'), 'a\n');
  convert(path.join(dir, 'warm.csv'));
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, convert(file));
  fs.rmSync(dir, { recursive: true, force: true });
  return best;
}

/** The same workbook with every formula replaced by its value: what opening and saving cost without calculating. */
function valuesOnly(plan) {
  return { ...plan, sheets: plan.sheets.map((sh) => ({ ...sh, cells: sh.cells.map((row) => row.map((c) => (c && c.formula ? { ...c, formula: undefined } : c))) })) };
}

/** The plan with IOP_Poster's rows sorted by amount, largest first: no agreement's rows follow each other any more. */
function itemsSortedByAmount(plan) {
  return {
    ...plan,
    sheets: plan.sheets.map((sh) => {
      if (sh.name !== 'Poster') return sh;
      const [header, ...rows] = sh.cells;
      const at = header.findIndex((c) => c && c.value === 'Belopp/år');
      return { ...sh, cells: [header, ...[...rows].sort((a, b) => (b[at] ? b[at].value : 0) - (a[at] ? a[at].value : 0))] };
    }),
  };
}

function withoutCachedResults(plan) {
  return { ...plan, sheets: plan.sheets.map((sh) => ({ ...sh, cells: sh.cells.map((row) => row.map((c) => (c && c.formula ? { ...c, value: null } : c))) })) };
}

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
  // The CLI reading the workbook back (iop oversikt/promemoria FIL.xlsx): tables, follow-up and settings.
  const { readXlsxWorkbook } = require(path.join(root, 'lib/workbook/xlsxWorkbook'));
  const t3 = process.hrtime.bigint();
  const back = await readXlsxWorkbook(xlsx);
  const t4 = process.hrtime.bigint();
  if (back.agreements.length !== list.length) throw new Error(`läste tillbaka ${back.agreements.length} av ${list.length} avtal`);
  report('.xlsx-läsning (tabellerna) för 1 000 avtal', Number(t4 - t3) / 1e9, 's');

  const bin = soffice();
  if (!bin) report('LibreOffice-omräkning', 'hoppas över (soffice saknas)', '');
  else {
    // One run, the sizes after one another: the ratio is what the goal is about. The recalculation time is the
    // time with formulas (no cached results) less the time for the same cells as plain values, so LibreOffice's
    // start, loading and saving are not counted.
    for (const [order, arrange] of [['som skrivna', (p) => p], ['IOP_Poster sorterad på belopp', itemsSortedByAmount]]) {
      const net = {};
      for (const n of [100, 300, 1000]) {
        const plan = arrange(buildWorkbookPlan(agreements(n), settings, { year: 2025 }));
        const withFormulas = libreOfficeSeconds(bin, await writePlanXlsx(withoutCachedResults(plan)), 3);
        const values = libreOfficeSeconds(bin, await writePlanXlsx(valuesOnly(plan)), 3);
        net[n] = Math.max(1e-3, withFormulas - values);
        report(`LibreOffice, ${n} avtal, ${order}: med formler / bara värden (CPU)`, `${withFormulas.toFixed(2)} / ${values.toFixed(2)}`, 's');
        report(`LibreOffice-omräkning, ${n} avtal, ${order}`, net[n], 's');
      }
      report(`omräkning 1 000 : 100 avtal, ${order}`, net[1000] / net[100], '×', '≤ 12');
    }
  }

};

if (require.main === module) {
  module.exports.run((label, value, unit, goal) => console.log(`${label}: ${typeof value === 'number' ? value.toFixed(unit === 's' ? 3 : 0) : value} ${unit}${goal !== undefined ? ` (mål ≤ ${goal})` : ''}`));
}
