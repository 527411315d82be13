#!/usr/bin/env node
'use strict';
// `npm run bench`: builds the CLI library (lib/) and the production bundle (dist/), then runs every bench/*.js
// module. Each module exports `async run(report)`; report(label, value, unit, goal) prints one aligned line.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const only = process.argv.slice(2);

function step(what, args) {
  process.stdout.write(`… ${what}\n`);
  execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

function report(label, value, unit, goal) {
  const shown = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 3 : 1)) : String(value);
  const goalText = goal ? `   (mål: ${goal})` : '';
  process.stdout.write(`${label.padEnd(58)} ${shown.padStart(10)} ${unit}${goalText}\n`);
}

async function main() {
  step('bygger lib/ (tsc -p tsconfig.cli.json)', [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json']);
  if (!process.env.IOP_BENCH_SKIP_BUNDLE) step('bygger dist/ (webpack --mode production)', [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production']);
  const dir = path.join(root, 'bench');
  const modules = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort().filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
  process.stdout.write(`\nnode ${process.version}, ${require('os').cpus().length} kärnor, ${new Date().toISOString().slice(0, 10)}\n`);
  let failed = 0;
  for (const file of modules) {
    process.stdout.write(`\n## ${file.replace(/\.js$/, '')}\n`);
    try {
      await require(path.join(dir, file)).run(report);
    } catch (e) {
      failed++;
      process.stdout.write(`   misslyckades: ${e && e.message ? e.message : e}\n`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

main();
