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
 * LibreOffice's CPU seconds (the least of `runs`) to open each workbook and to recalculate it fully
 * (bench/libreofficeRecalc.py, one soffice process driven through UNO, so its start and the export are not
 * counted), or null when python3-uno is missing.
 */
function libreOfficeCosts(files, runs) {
  const { spawnSync } = require('child_process');
  const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const r = spawnSync(python, [path.join(__dirname, 'libreofficeRecalc.py'), String(runs), ...files], { encoding: 'utf8', timeout: 3600000 });
  if (r.status !== 0) {
    if (/No module named 'uno'/.test(r.stderr)) return null;
    throw new Error(`LibreOffice: ${r.stderr || r.error}`);
  }
  const out = JSON.parse(r.stdout);
  return files.map((f) => ({ open: out[f].open[0], recalc: out[f].recalc[0] }));
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
  if (!bin) {
    report('LibreOffice-omräkning', 'hoppas över (soffice saknas)', '');
    return;
  }
  // Every size and order in one LibreOffice process, each file opened and recalculated three times. "Öppna" is
  // the CPU time to open the workbook with no cached results (LibreOffice computes every formula as it loads)
  // less the same cells as plain values; "omräkning" a full recalculation of the open workbook.
  const os = require('os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iop-bench-lo-'));
  const sizes = [100, 300, 1000];
  const orders = [['som skrivna', (p) => p], ['IOP_Poster sorterad på belopp', itemsSortedByAmount]];
  const files = [];
  for (const [order, arrange] of orders) {
    for (const n of sizes) {
      const plan = arrange(buildWorkbookPlan(agreements(n), settings, { year: 2025 }));
      for (const [kind, variant] of [['formler', withoutCachedResults], ['värden', valuesOnly]]) {
        const file = path.join(dir, `${n}-${files.length}-${kind}.xlsx`);
        fs.writeFileSync(file, await writePlanXlsx(variant(plan)));
        files.push({ order, n, kind, file });
      }
    }
  }
  const costs = libreOfficeCosts(files.map((f) => f.file), 3);
  fs.rmSync(dir, { recursive: true, force: true });
  if (!costs) {
    report('LibreOffice-omräkning', 'hoppas över (python3-uno saknas)', '');
    return;
  }
  for (const [order] of orders) {
    const open = {};
    const recalc = {};
    for (const n of sizes) {
      const at = (kind) => costs[files.findIndex((f) => f.order === order && f.n === n && f.kind === kind)];
      open[n] = Math.max(1e-3, at('formler').open - at('värden').open);
      recalc[n] = Math.max(1e-3, at('formler').recalc);
      report(`LibreOffice, ${n} avtal, ${order}: öppna med formler / bara värden (CPU)`, `${at('formler').open.toFixed(2)} / ${at('värden').open.toFixed(2)}`, 's');
      report(`LibreOffice, ${n} avtal, ${order}: öppna (formlernas del) / full omräkning (CPU)`, `${open[n].toFixed(2)} / ${recalc[n].toFixed(2)}`, 's');
    }
    report(`öppna 1 000 : 100 avtal, ${order}`, open[1000] / open[100], '×', '≤ 12');
    report(`full omräkning 1 000 : 100 avtal, ${order}`, recalc[1000] / recalc[100], '×', '≤ 12');
  }
};

if (require.main === module) {
  module.exports.run((label, value, unit, goal) => console.log(`${label}: ${typeof value === 'number' ? value.toFixed(unit === 's' ? 3 : 0) : value} ${unit}${goal !== undefined ? ` (mål ≤ ${goal})` : ''}`));
}
