/**
 * Import speed: the median time to import seed 000 as .docx after warm-up (goal under 50 ms), and the time
 * for a batch of 100 documents (the committed .docx and .pdf of seeds 000 and 001, and the text seeds), and the
 * time to import the whole shared corpus (../shared/corpus/docs), when it is there; an overview of 500 and of 2 000
 * rows and their ratio (reading must stay linear in the rows).
 * Requires the compiled code in lib/ (npx tsc -p tsconfig.cli.json).
 */
const { existsSync, readFileSync, readdirSync } = require('fs');
const { join } = require('path');
const { performance } = require('perf_hooks');
const { importDocument } = require('../lib/import/index.js');

const fixtures = join(__dirname, '../test/fixtures');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function run(report) {
  const docx = new Uint8Array(readFileSync(join(fixtures, 'documents/000.docx')));
  for (let i = 0; i < 10; i++) await importDocument('000.docx', docx);
  const times = [];
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    await importDocument('000.docx', docx);
    times.push(performance.now() - t0);
  }
  report('seed 000 som .docx, median efter uppvärmning', Number(median(times).toFixed(1)), 'ms', '< 50 ms');

  const documents = [
    ...readdirSync(join(fixtures, 'documents')).map((f) => [f, new Uint8Array(readFileSync(join(fixtures, 'documents', f)))]),
    ...readdirSync(join(fixtures, 'seeds')).map((f) => [f, new Uint8Array(readFileSync(join(fixtures, 'seeds', f)))]),
  ];
  const t0 = performance.now();
  for (let i = 0; i < 100; i++) {
    const [name, bytes] = documents[i % documents.length];
    await importDocument(name, bytes);
  }
  report('100 dokument i följd (docx, pdf, txt, md)', Math.round(performance.now() - t0), 'ms');

  const corpus = join(__dirname, '../../shared/corpus/docs');
  if (existsSync(corpus)) await corpusTime(corpus, report);

  // A committee's overview of many partnerships, one table row each: reading it must grow with the rows, not faster
  // (a search of the rows read so far for each row once made 2 000 rows take six times 500 rows' time).
  const overview = (rows) => {
    const lines = ['# Översikt över idéburna offentliga partnerskap, socialnämnden', '', '| Partnerskap | Idéburen part | Period | Nämndens bidrag, kr/år | Idéburen insats, kr/år |', '|---|---|---|---|---|'];
    for (let i = 0; i < rows; i++) lines.push(`| Partnerskap ${i} | Förening nummer ${i} | 2027-01-01 – 2028-12-31 | ${100000 + i * 10} | ${50000 + i} |`);
    return new TextEncoder().encode(`${lines.join('\n')}\n`);
  };
  const overviewTime = async (rows) => {
    const bytes = overview(rows);
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await importDocument('oversikt.md', bytes);
      runs.push(performance.now() - t);
    }
    return median(runs);
  };
  const small = await overviewTime(500);
  const large = await overviewTime(2000);
  report('översikt med 500 rader, median av 3', Math.round(small), 'ms');
  report('översikt med 2 000 rader, median av 3', Math.round(large), 'ms');
  report('kvot 2 000 / 500 rader', (large / small).toFixed(1), '', 'högst 5 (linjärt: 4)');
}

/** The whole shared corpus once (after the documents above: measured before the overview, whose garbage it would pay for). */
async function corpusTime(corpus, report) {
  const files = readdirSync(corpus).map((f) => [f, new Uint8Array(readFileSync(join(corpus, f)))]);
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  // Documents that are not IOPs are refused (ImportError); refusing them is part of the work measured.
  for (const [name, bytes] of files) await importDocument(name, bytes).catch(() => null);
  const wall = Math.round(performance.now() - t1);
  const used = process.cpuUsage(cpu);
  report(`hela korpusen (${files.length} dokument, ../shared/corpus)`, wall, 'ms', '< 3 000 ms');
  // The process's CPU time (all its threads) beside the wall time: on a machine busy with other work the wall time
  // measures the others too.
  report('hela korpusen, processens CPU-tid', Math.round((used.user + used.system) / 1000), 'ms');
}

module.exports = { run };
