/**
 * No slowdown over time: in one long-lived process (the task pane's runtime, a batch CLI), a document imported
 * after 100 other imports takes no longer than when the process was fresh, and the heap left after a full GC does
 * not grow. The medians of 5 runs before and after; the other imports mix .docx, .pdf, text and a long text.
 * Requires the compiled code in lib/.
 */
const { readFileSync, readdirSync } = require('fs');
const { join } = require('path');
const { performance } = require('perf_hooks');
const { importDocument } = require('../lib/import/index.js');

const fixtures = join(__dirname, '../test/fixtures');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timeOf(name, bytes, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await importDocument(name, bytes).catch(() => undefined);
    times.push(performance.now() - t0);
  }
  return median(times);
}

// The bench runs without --expose-gc: V8 hands out its gc() to a new context once the flag is set.
require('v8').setFlagsFromString('--expose-gc');
const gc = require('vm').runInNewContext('gc');

function heapAfterGc() {
  gc();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

async function run(report) {
  const seed = readFileSync(join(fixtures, 'seeds/000.txt'), 'utf8');
  const target = ['lång.txt', new TextEncoder().encode(`${seed}\n## Ekonomi\n${'Post\t1 000 kr\n'.repeat(20_000)}`)];
  const others = [
    ...readdirSync(join(fixtures, 'documents')).map((f) => [f, new Uint8Array(readFileSync(join(fixtures, 'documents', f)))]),
    ...readdirSync(join(fixtures, 'seeds')).map((f) => [f, new Uint8Array(readFileSync(join(fixtures, 'seeds', f)))]),
  ];
  // Warm-up: every reader loaded once (pdf.js and mammoth stay loaded; that is not growth).
  await timeOf(...target, 2);
  for (const doc of others) await importDocument(...doc).catch(() => undefined);
  const heapBefore = heapAfterGc();
  const before = await timeOf(...target, 5);
  for (let i = 0; i < 100; i++) await importDocument(...others[i % others.length]).catch(() => undefined);
  const after = await timeOf(...target, 5);
  const heapAfter = heapAfterGc();
  report('lång text (20 000 rader) i ny process, median av 5', Math.round(before), 'ms');
  report('samma text efter 100 andra importer, median av 5', Math.round(after), 'ms', 'högst som i ny process (inom brus)');
  report('kvar på heapen efter GC: före / efter de 100', `${heapBefore.toFixed(0)} / ${heapAfter.toFixed(0)}`, 'MB', 'växer inte');
}

module.exports = { run };
