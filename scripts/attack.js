#!/usr/bin/env node
'use strict';
// `npm run attack -- [--count N] [--seed S]`: the hostile cases found after the import (scripts/hostileCases.js), as
// real `iop` processes, then N random ones in-process: absurd amounts, rates and years in documents and in a
// workbook's cells through flerar, oversikt and promemoria; every seed in every encoding an editor writes through
// `iop import`; `-o` at targets that are no regular file; and long economy tables (the CLI's time and answer size).
// Prints one line per class with its figures and exits 1 on any failure (written to attack-failures.json).
const fc = require('fast-check');
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const { execFileSync, spawnSync } = require('child_process');
const cases = require('./hostileCases');

const ROOT = path.join(__dirname, '..');
const IOP = path.join(ROOT, 'bin/iop.js');
const COMMANDS = ['flerar', 'oversikt', 'promemoria'];

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const failures = [];
function fail(kind, detail) {
  failures.push({ kind, detail: String(detail).slice(0, 500) });
}

/** One `iop` process: its exit, its error lines (not warnings), whether a stack trace showed, and its time. */
function iop(args, cwd) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [IOP, ...args], { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: 600_000 });
  const stderr = r.stderr.toString('utf8');
  return {
    status: r.status,
    stdout: r.stdout,
    stderr,
    errors: stderr.split('\n').filter((l) => l && !l.startsWith('varning: ')),
    stack: /\n\s+at\s/.test(stderr),
    ms: Date.now() - started,
  };
}

/** The rule for every command: exit 0, or exit 2 with exactly one line; never another code, never a stack trace. */
function judge(what, r) {
  if (r.status !== 0 && r.status !== 2) fail('exit', `${what}: exit ${r.status ?? 'signal'}: ${r.stderr.slice(0, 300)}`);
  else if (r.stack) fail('stack', `${what}: ${r.stderr.slice(0, 300)}`);
  else if (r.status === 2 && r.errors.length !== 1) fail('lines', `${what}: ${r.errors.length} error lines`);
  return r;
}

/** The largest yearly figure of `iop flerar --json`'s answer. */
function largestFigure(stdout) {
  let max = 0;
  for (const plan of JSON.parse(stdout.toString('utf8'))) for (const y of plan.years) max = Math.max(max, y.public, y.civil, y.total);
  return max;
}

function commandArgs(command, file, out) {
  return command === 'flerar' ? ['flerar', file, '--json'] : [command, file, '-o', out, '--ar', '2025'];
}

/** The range for money as the built CLI has it (required after the build in main). */
const maxKronor = () => require('../lib/domain/money.js').MAX_KRONOR;

function tally(results) {
  const t = { runs: results.length, exit0: 0, exit2: 0, other: 0, maxMs: 0 };
  for (const r of results) {
    if (r.status === 0) t.exit0++;
    else if (r.status === 2) t.exit2++;
    else t.other++;
    t.maxMs = Math.max(t.maxMs, r.ms);
  }
  return t;
}

function amounts(dir) {
  const seed = fs.readFileSync(cases.SEED_000, 'utf8');
  const results = [];
  let largest = 0;
  let warned = 0;
  for (const c of cases.AMOUNT_CASES) {
    const file = path.join(dir, `${c.name}.txt`);
    fs.writeFileSync(file, c.edit(seed));
    for (const command of COMMANDS) {
      const r = judge(`${c.name} ${command}`, iop(commandArgs(command, file, path.join(dir, `${c.name}.${command === 'promemoria' ? 'docx' : 'xlsx'}`)), dir));
      results.push(r);
      if (/mer än taket/.test(r.stderr)) warned++;
      if (command === 'flerar' && r.status === 0) largest = Math.max(largest, largestFigure(r.stdout));
    }
  }
  if (largest > maxKronor()) fail('range', `a yearly figure of ${largest} kr`);
  const t = tally(results);
  return `belopp i dokument: ${cases.AMOUNT_CASES.length} fall × ${COMMANDS.length} kommandon = ${t.runs} körningar, exit 0 ${t.exit0}, exit 2 ${t.exit2}, annan ${t.other}; varning om taket i ${warned}; största årsbelopp ${largest} kr; längsta ${t.maxMs} ms`;
}

async function workbooks(dir) {
  fs.copyFileSync(cases.SEED_000, path.join(dir, '000.txt'));
  judge('base workbook', iop(['oversikt', '000.txt', '-o', 'bas.xlsx'], dir));
  const base = fs.readFileSync(path.join(dir, 'bas.xlsx'));
  const results = [];
  let named = 0;
  for (const c of cases.WORKBOOK_CASES) {
    const file = path.join(dir, `${c.name}.xlsx`);
    fs.writeFileSync(file, await cases.editWorkbook(base, c.edits));
    for (const command of COMMANDS) {
      const r = judge(`${c.name} ${command}`, iop(commandArgs(command, file, path.join(dir, `${c.name}-ut.${command === 'promemoria' ? 'docx' : 'xlsx'}`)), dir));
      results.push(r);
      if (r.status === 2 && /(Poster|Avtal|Belopp) rad \d+/.test(r.stderr)) named++;
      if (command === 'flerar' && r.status === 0 && largestFigure(r.stdout) > maxKronor()) fail('range', `${c.name}: ${largestFigure(r.stdout)} kr`);
    }
  }
  const t = tally(results);
  return `belopp i arbetsbok: ${cases.WORKBOOK_CASES.length} fall × ${COMMANDS.length} kommandon = ${t.runs} körningar, exit 0 ${t.exit0}, exit 2 ${t.exit2} (cellen eller raden namngiven i ${named}), annan ${t.other}; längsta ${t.maxMs} ms`;
}

function encodings(dir) {
  const seedDir = path.join(ROOT, 'test/fixtures/seeds');
  const seeds = fs.readdirSync(seedDir).sort();
  let same = 0;
  let differ = 0;
  let unwritable = 0;
  let refused = 0;
  let named = 0;
  const results = [];
  for (const s of seeds) {
    const text = fs.readFileSync(path.join(seedDir, s), 'utf8');
    const file = path.join(dir, s);
    fs.writeFileSync(file, cases.ENCODINGS['utf-8'](text));
    const original = judge(`${s} utf-8`, iop(['import', s, '--json'], dir));
    for (const [encoding, encode] of Object.entries(cases.ENCODINGS)) {
      if (encoding === 'utf-8') continue;
      let bytes;
      try {
        bytes = encode(text);
      } catch {
        // A seed with a character Windows-1252 has no byte for ("→"): no editor could save it so.
        unwritable++;
        continue;
      }
      fs.writeFileSync(file, bytes);
      const r = judge(`${s} ${encoding}`, iop(['import', s, '--json'], dir));
      results.push(r);
      if (r.status === 0 && r.stdout.equals(original.stdout)) same++;
      else {
        differ++;
        fail('encoding', `${s} as ${encoding}: ${r.status === 0 ? 'another result' : r.errors[0]}`);
      }
    }
    for (const [encoding, encode] of Object.entries(cases.REFUSED_ENCODINGS)) {
      fs.writeFileSync(file, encode(text));
      const r = judge(`${s} ${encoding}`, iop(['import', s, '--json'], dir));
      results.push(r);
      if (r.status === 2) refused++;
      else fail('encoding', `${s} as ${encoding} was read`);
      if (/UTF-32|UTF-16|UTF-8|binärt/.test(r.errors[0] ?? '')) named++;
    }
  }
  const t = tally(results);
  return `kodningar: ${seeds.length} frön × ${Object.keys(cases.ENCODINGS).length - 1} kodningar samma resultat som UTF-8 i ${same}, annat i ${differ} (${unwritable} går inte att skriva i kodningen); ${seeds.length} × ${Object.keys(cases.REFUSED_ENCODINGS).length} otillåtna avvisade ${refused} (problemet namngivet i ${named}); längsta ${t.maxMs} ms`;
}

async function targets(dir) {
  fs.copyFileSync(cases.SEED_000, path.join(dir, '000.txt'));
  const root = process.getuid?.() === 0;
  const made = [];
  const kind = (p) => {
    const s = fs.lstatSync(p);
    return s.isFIFO() ? 'fifo' : s.isCharacterDevice() ? 'char' : s.isSocket() ? 'socket' : s.isDirectory() ? 'dir' : s.isSymbolicLink() ? 'link' : 'file';
  };
  const server = net.createServer();
  for (const t of cases.OUTPUT_TARGETS) {
    const p = path.join(dir, t);
    if (t === 'fifo') execFileSync('mkfifo', [p]);
    else if (t === 'char-device') {
      if (!root) continue;
      execFileSync('mknod', [p, 'c', '1', '3']);
    } else if (t === 'socket') await new Promise((resolve) => server.listen(p, resolve));
    else if (t === 'folder') fs.mkdirSync(p);
    else if (t === 'link-to-fifo') fs.symlinkSync(path.join(dir, 'fifo'), p);
    else if (t === 'link-to-device') {
      if (!root) continue;
      fs.symlinkSync(path.join(dir, 'char-device'), p);
    }
    made.push(t);
  }
  let kept = 0;
  const results = [];
  for (const t of made) {
    const p = path.join(dir, t);
    const before = kind(p);
    for (const command of ['oversikt', 'promemoria']) {
      const r = judge(`-o ${t}`, iop([command, '000.txt', '-o', t], dir));
      results.push(r);
      if (r.status !== 2) fail('target', `${command} -o ${t}: exit ${r.status}`);
      if (kind(p) === before) kept++;
      else fail('target', `${command} -o ${t}: the ${before} became a ${kind(p)}`);
    }
  }
  server.close();
  const pipe = iop(['oversikt', '000.txt', '-o', '-'], dir);
  const whole = pipe.status === 0 && pipe.stdout.subarray(0, 2).toString() === 'PK' && pipe.stdout.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (!whole) fail('target', `-o - into a pipe: exit ${pipe.status}, ${pipe.stdout.length} bytes`);
  const t = tally(results);
  return `utdata: -o på ${made.join(', ')} (${made.length} mål × 2 kommandon): exit 2 ${t.exit2} av ${t.runs}, målet orört ${kept}; -o - i en pipe: ${whole ? `hel arbetsbok, ${pipe.stdout.length} byte` : 'FEL'}`;
}

function tables(dir) {
  const seed = fs.readFileSync(cases.SEED_000, 'utf8');
  const lines = [];
  for (const rows of [1000, 8000, 49000]) {
    const file = path.join(dir, `tabell-${rows}.txt`);
    fs.writeFileSync(file, cases.longTable(seed, rows));
    const r = judge(`table ${rows}`, iop(['import', file, '--json'], dir));
    const items = r.status === 0 ? JSON.parse(r.stdout.toString('utf8')).agreements.reduce((s, a) => s + a.costItems.length, 0) : 0;
    lines.push(`${rows} rader (${Math.round(fs.statSync(file).size / 1024)} KB): exit ${r.status}${r.status === 2 ? ` (${r.errors[0]})` : `, ${items} poster, svar ${Math.round(r.stdout.length / 1024)} KB`}, ${r.ms} ms`);
  }
  return `långa tabeller (iop import --json): ${lines.join('; ')}`;
}

/** Random amounts in the seed's economy lines and random values in a workbook cell, through the CLI in-process. */
async function random(dir, count, seed) {
  const { main } = require('../lib/cli/main.js');
  const text = fs.readFileSync(cases.SEED_000, 'utf8');
  fs.copyFileSync(cases.SEED_000, path.join(dir, '000.txt'));
  const digits = fc.integer({ min: 1, max: 40 }).chain((n) => fc.stringMatching(new RegExp(`^[1-9][0-9]{${n - 1}}$`)));
  const grouped = (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const unit = fc.constantFrom('kr', 'tkr', 'mnkr', 'kr per månad', ':-', 'SEK');
  const docCase = fc.record({
    line: fc.constantFrom('Handläggare, 3 st á 100%\t', 'Lokaler\t', 'Ideella värdar, 1 800 timmar à ', 'Lokaler\t9000 st à ', '<b>Totalt:</b>\t'),
    amount: digits,
    unit,
    rate: fc.option(fc.integer({ min: 1, max: 99 })),
    start: fc.option(fc.integer({ min: 1900, max: 2100 })),
  });
  const cellValue = fc.oneof(
    fc.constantFrom('1e300', '-1e300', '1e21', '9007199254740993', 'NaN', 'Infinity', '1E+308', '0.000001', '100000000001'),
    digits,
    digits.map((d) => `${grouped(d)} kr`),
    fc.double({ noNaN: false }).map(String),
  );
  const bookCase = fc.record({
    column: fc.constantFrom('Belopp/år', 'Antal', 'Årsarbetare', 'Timmar'),
    row: fc.integer({ min: 2, max: 9 }),
    value: cellValue,
    avtal: fc.option(fc.record({ column: fc.constantFrom('Totalt/år', 'Indexsats', 'Basår', 'Start', 'Slut', 'Förlängning år', 'Förlängning gånger'), value: cellValue })),
  });
  const run = async (args) => {
    let out = '';
    let err = '';
    const started = Date.now();
    let status;
    try {
      status = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir });
    } catch (e) {
      status = -1;
      err += String(e && e.stack);
    }
    return { status, stdout: Buffer.from(out), stderr: err, errors: err.split('\n').filter((l) => l && !l.startsWith('varning: ')), stack: /\n\s+at\s/.test(err), ms: Date.now() - started };
  };
  const results = [];
  let largest = 0;
  for (const [i, c] of fc.sample(docCase, { numRuns: count, seed }).entries()) {
    let doc = text.replace(/^(Handläggare, 3 st á 100%\t|Lokaler\t|<b>Totalt:<\/b>\t).*$/m, (all, head) => (head === c.line ? `${c.line}${grouped(c.amount)} ${c.unit}` : all));
    if (c.line === 'Ideella värdar, 1 800 timmar à ' || c.line === 'Lokaler\t9000 st à ') doc = doc.replace(/^(Arbetskläder.*)$/m, `$1\n${c.line}${grouped(c.amount)} ${c.unit}`);
    if (c.rate !== null) doc = doc.replace('med 2%', `med ${c.rate}%`);
    if (c.start !== null) doc = doc.replace('2024-01-01', `${c.start}-01-01`);
    fs.writeFileSync(path.join(dir, 'slump.txt'), doc);
    for (const command of COMMANDS) {
      const r = judge(`random document ${i} (seed ${seed}) ${command}: ${JSON.stringify(c)}`, await run(commandArgs(command, 'slump.txt', path.join(dir, `slump.${command === 'promemoria' ? 'docx' : 'xlsx'}`))));
      results.push(r);
      if (command === 'flerar' && r.status === 0) largest = Math.max(largest, largestFigure(r.stdout));
    }
  }
  await run(['oversikt', '000.txt', '-o', 'bas.xlsx']);
  const base = fs.readFileSync(path.join(dir, 'bas.xlsx'));
  for (const [i, c] of fc.sample(bookCase, { numRuns: count, seed }).entries()) {
    const edits = [{ sheet: 'Poster', column: c.column, row: c.row, value: c.value }];
    if (c.avtal) edits.push({ sheet: 'Avtal', column: c.avtal.column, row: 2, value: c.avtal.value });
    fs.writeFileSync(path.join(dir, 'slump.xlsx'), await cases.editWorkbook(base, edits));
    for (const command of COMMANDS) {
      const r = judge(`random workbook ${i} (seed ${seed}) ${command}: ${JSON.stringify(c)}`, await run(commandArgs(command, 'slump.xlsx', path.join(dir, `slump-ut.${command === 'promemoria' ? 'docx' : 'xlsx'}`))));
      results.push(r);
      if (command === 'flerar' && r.status === 0) largest = Math.max(largest, largestFigure(r.stdout));
    }
  }
  if (largest > maxKronor()) fail('range', `a random case gave a yearly figure of ${largest} kr`);
  const t = tally(results);
  return `slump (seed ${seed}): ${count} dokument + ${count} arbetsböcker × ${COMMANDS.length} kommandon = ${t.runs} körningar, exit 0 ${t.exit0}, exit 2 ${t.exit2}, annan ${t.other}; största årsbelopp ${largest} kr; längsta ${t.maxMs} ms`;
}

async function main() {
  const count = Number(arg('--count', '100'));
  const seed = Number(arg('--seed', String(Date.now() % 2147483647)));
  if (!Number.isInteger(count) || count < 0) {
    process.stderr.write('Användning: npm run attack -- [--count N] [--seed S]\n');
    process.exit(2);
  }
  if (!process.env.IOP_FUZZ_SKIP_BUILD) execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'inherit' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iop-attack-'));
  const started = Date.now();
  process.stdout.write(`attack: seed ${seed}, ${count} slumpfall per slag, ${os.cpus().length} kärnor, belastning ${os.loadavg()[0].toFixed(1)}\n`);
  try {
    const steps = [
      () => amounts(fs.mkdtempSync(path.join(dir, 'a-'))),
      () => workbooks(fs.mkdtempSync(path.join(dir, 'w-'))),
      () => encodings(fs.mkdtempSync(path.join(dir, 'e-'))),
      () => targets(fs.mkdtempSync(path.join(dir, 't-'))),
      () => tables(fs.mkdtempSync(path.join(dir, 'l-'))),
      () => random(fs.mkdtempSync(path.join(dir, 'r-')), count, seed),
    ];
    for (const step of steps) process.stdout.write(`  ${await step()}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`attack: ${Math.round((Date.now() - started) / 1000)} s, belastning ${os.loadavg()[0].toFixed(1)}\n`);
  if (failures.length) {
    fs.writeFileSync(path.join(ROOT, 'attack-failures.json'), JSON.stringify({ seed, failures }, null, 2));
    process.stdout.write(`attack: ${failures.length} fel (seed ${seed}); se attack-failures.json\n`);
    for (const f of failures.slice(0, 10)) process.stdout.write(`  ${f.kind}: ${f.detail.split('\n')[0]}\n`);
    process.exitCode = 1;
  } else process.stdout.write(`attack: inga fel (seed ${seed})\n`);
}

main().then(
  () => process.exit(),
  (e) => {
    process.stderr.write(`attack: ${e && e.stack}\n`);
    process.exit(1);
  },
);
