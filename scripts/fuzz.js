#!/usr/bin/env node
'use strict';
// `npm run fuzz -- --count N [--seed S] [--format text|docx|pdf]`: N hostile documents per format through
// `iop import --json` in child processes. Prints the seed (replay with --seed), then per format the counts of
// crashes, hangs, uncaught errors and bad values, the slowest case and the peak memory of a child. Exit 1 on
// any failure, with the failing recipes written to fuzz-failures.json.
const fc = require('fast-check');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { recipeArbitrary, FORMATS } = require('./fuzzCases');
const { runRecipes } = require('./fuzzRun');

const ROOT = path.join(__dirname, '..');
const MEMORY_BOUND_MB = 1024;
// The CLI answers every document within its watchdog (lib/cli/boundedImport.js terminates the import thread at
// the budget's 20 s + 5 s grace); 2 s more for the answer to come back on a loaded machine.
const SLACK_MS = 2_000;
const HANG_MS = 120_000;

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main() {
  const count = Number(arg('--count', '200'));
  const seed = Number(arg('--seed', String(Date.now() % 2147483647)));
  const formats = arg('--format') ? [arg('--format')] : FORMATS;
  if (!Number.isInteger(count) || count < 1 || !formats.every((f) => FORMATS.includes(f))) {
    process.stderr.write('Användning: npm run fuzz -- --count N [--seed S] [--format text|docx|pdf]\n');
    process.exit(2);
  }
  // IOP_FUZZ_SKIP_BUILD=1 for parallel runs over one build: concurrent builds would hand a child half-written files.
  if (!process.env.IOP_FUZZ_SKIP_BUILD) execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'inherit' });
  const { WATCHDOG_MS } = require('../lib/import/limits.js');
  const TIME_CAP_MS = WATCHDOG_MS + SLACK_MS;
  process.stdout.write(`fuzz: seed ${seed}, ${count} fall per format (${formats.join(', ')})\n`);
  const failures = [];
  for (const format of formats) {
    // The long run may draw on the shared corpus beside the repository (the tests' runs never do).
    const recipes = fc.sample(recipeArbitrary(format, { corpus: true }), { numRuns: count, seed });
    const started = Date.now();
    const log = path.join(ROOT, `fuzz-${format}.log`);
    fs.writeFileSync(log, '');
    const stats = await runRecipes(recipes, {
      // A hang is no answer at all: the budget ends every case, but a loaded machine stretches wall time a lot.
      hangMs: HANG_MS,
      // Each failure and each new slowest case at once, with its recipe: a long run cut short still tells.
      onFailure: (f) => fs.appendFileSync(log, `${JSON.stringify({ seed, format, ...f })}\n`),
      onCase: (s, i) => {
        if (s.slowest && s.slowest.index === i) fs.appendFileSync(log, `${JSON.stringify({ seed, format, kind: 'slowest', ms: s.slowest.ms, index: i, recipe: s.slowest.recipe })}\n`);
        if ((i + 1) % 250 === 0) {
          process.stdout.write(
            `  ${format}: ${i + 1}/${count} (${Math.round((Date.now() - started) / 1000)} s) krascher ${s.crashes}, häng ${s.hangs}, ofångade ${s.uncaught}, ` +
              `belopp ${s.badValues}, längsta ${s.maxMs} ms (${s.maxCpuMs} ms CPU), minne ${s.peakRssMb} MB, belastning ${require('os').loadavg()[0].toFixed(1)}\n`,
          );
        }
      },
    });
    // The cap is on wall time, the time a user waits: the watchdog bounds it whatever the machine's load.
    const slow = stats.maxMs > TIME_CAP_MS;
    const heavy = stats.peakRssMb > MEMORY_BOUND_MB;
    process.stdout.write(
      `${format}: ${stats.cases} fall på ${Math.round((Date.now() - started) / 1000)} s – lästa ${stats.ok}, avvisade ${stats.refused}; ` +
        `krascher ${stats.crashes}, häng ${stats.hangs}, ofångade fel ${stats.uncaught}, felaktiga belopp ${stats.badValues}; ` +
        `pdf.js-interna avvisningar (ofarliga) ${stats.pdfjsStrays}; egna processer ${stats.separate}; längsta ${stats.maxMs} ms väggtid (gräns ${TIME_CAP_MS}), ${stats.maxCpuMs} ms CPU; största minne ${stats.peakRssMb} MB (gräns ${MEMORY_BOUND_MB}); belastning ${require('os').loadavg()[0].toFixed(1)}\n`,
    );
    const top = [...stats.errors].sort((a, b) => b[1] - a[1]).slice(0, 8);
    for (const [message, n] of top) process.stdout.write(`    ${String(n).padStart(6)} × ${message}\n`);
    failures.push(...stats.failures.map((f) => ({ format, ...f })));
    if (slow) failures.push({ format, kind: 'slow', detail: `${stats.maxMs} ms` });
    if (heavy) failures.push({ format, kind: 'memory', detail: `${stats.peakRssMb} MB` });
  }
  if (failures.length) {
    fs.writeFileSync(path.join(ROOT, 'fuzz-failures.json'), JSON.stringify({ seed, failures }, null, 2));
    process.stdout.write(`fuzz: ${failures.length} fel (seed ${seed}); recepten i fuzz-failures.json\n`);
    for (const f of failures.slice(0, 10)) process.stdout.write(`  ${f.format} ${f.kind}: ${String(f.detail).split('\n')[0]}\n`);
    process.exitCode = 1;
  } else process.stdout.write(`fuzz: inga fel (seed ${seed})\n`);
}

main();
