'use strict';
// IOP.INDEX and IOP.SUMMA per 10 000 calls (after warm-up), and the size of the code that must load before the
// functions are registered (the page's eager entry).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { performance } = require('perf_hooks');

const CALLS = 10_000;

function timePer10k(fn) {
  for (let i = 0; i < 2_000; i++) fn(i); // warm-up
  const samples = [];
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    for (let i = 0; i < CALLS; i++) fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[2];
}

const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

exports.run = async (report) => {
  const { index, summa } = require('../lib/functions/functions.js');
  report('IOP.INDEX, 10 000 anrop (median av 5)', timePer10k((i) => index(1_000_000 + i, 2024 + (i % 10), 2024, 0.02)), 'ms');
  report('IOP.SUMMA 2024–2029, 10 000 anrop (median av 5)', timePer10k((i) => summa(1_000_000 + i, 2024, 2029, 2024, 0.02)), 'ms');

  const dist = path.join(__dirname, '..', 'dist');
  if (!fs.existsSync(path.join(dist, 'taskpane.js'))) {
    report('paketstorlek', 'saknas', '(kör utan IOP_BENCH_SKIP_BUNDLE)');
    return;
  }
  report('kod före registrering (taskpane.js), gzip', gz(path.join(dist, 'taskpane.js')), 'KB', '≤ 40 KB');
  // The lazily loaded pane is measured by bench/taskpane.js (the chunks a first render really loads).
};
