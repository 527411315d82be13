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

// A build is fresh when its output is newer than every input it is made from; bench then reuses it.
function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((newest, name) => Math.max(newest, newestMtime(path.join(p, name))), stat.mtimeMs);
}

function fresh(output, inputs) {
  const built = fs.existsSync(path.join(root, output)) ? fs.statSync(path.join(root, output)).mtimeMs : 0;
  return built > 0 && inputs.every((input) => newestMtime(path.join(root, input)) < built);
}

function buildIfStale(what, output, inputs, args) {
  if (fresh(output, inputs)) process.stdout.write(`… ${what}: aktuellt, byggs inte om\n`);
  else step(what, args);
}

function report(label, value, unit, goal) {
  const shown = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 3 : 1)) : String(value);
  const goalText = goal ? `   (mål: ${goal})` : '';
  process.stdout.write(`${label.padEnd(58)} ${shown.padStart(10)} ${unit}${goalText}\n`);
}

async function main() {
  const sources = ['src', 'package-lock.json', 'tsconfig.json'];
  buildIfStale('bygger lib/ (tsc -p tsconfig.cli.json)', 'lib/cli/main.js', [...sources, 'tsconfig.cli.json'], [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json']);
  if (!process.env.IOP_BENCH_SKIP_BUNDLE) {
    // A development build (build:dev) also writes dist/ and carries preview.html: never measure that one.
    if (fs.existsSync(path.join(root, 'dist/preview.html'))) fs.rmSync(path.join(root, 'dist/taskpane.html'), { force: true });
    buildIfStale('bygger dist/ (webpack --mode production)', 'dist/taskpane.html', [...sources, 'webpack.config.js', 'manifest.xml', 'assets'], [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production']);
  }
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
