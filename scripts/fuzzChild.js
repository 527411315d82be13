'use strict';
// One fuzz worker process: builds each recipe it is sent, runs `iop import FILE --json` in this process through the
// CLI's own main() and answers with what the parent checks. Its peak memory (maxRSS) is this process's.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { build } = require('./fuzzCases');
const { main } = require('../lib/cli/main.js');
const { MAX_KRONOR } = require('../lib/domain/money.js');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iop-fuzz-'));
const { isStrayPdfjsRejection } = require('../lib/import/readers/strayRejection.js');
// The CLI imports in its own thread (lib/cli/boundedImport.js); what that thread reports with no document in
// hand (a promise rejecting after the answer) is collected there and counted here like this process's own.
const { takeLateErrors } = require('../lib/cli/boundedImport.js');

let uncaught = null;
let strays = 0;
// As in bin/iop.js: pdf.js's unawaited internal rejections are counted apart, anything else is a failure.
process.on('unhandledRejection', (e) => {
  if (isStrayPdfjsRejection(e)) strays++;
  else uncaught = `unhandledRejection: ${e && e.stack ? e.stack : e}`;
});
process.on('uncaughtException', (e) => (uncaught = `uncaughtException: ${e && e.stack ? e.stack : e}`));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
// The parent gone (killed, ended): so is this worker.
process.on('disconnect', () => process.exit(0));

/**
 * Every amount in the JSON contract is a whole, non-negative number of kronor within the range for money
 * (src/domain/money.ts: at most 10^11 kr per year), or null where allowed.
 * @example badAmounts({ annualTotal: 1e300 }) // ['$.annualTotal = 1e+300']
 */
function badAmounts(value, where = '$', out = []) {
  if (Array.isArray(value)) value.forEach((v, i) => badAmounts(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // `obtained` maps field names to how each was obtained ("read", "computed" …): its keys are names, not amounts.
      if (k === 'obtained') continue;
      if (/^(annualAmount|annualTotal|amount|public|civil|total)$/.test(k) && v !== null && !(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_KRONOR)) out.push(`${where}.${k} = ${v}`);
      if (/^(years|times|baseYear|year)$/.test(k) && v !== null && typeof v !== 'object' && !(Number.isInteger(v) && v >= (k === 'years' || k === 'times' ? 1 : 1900))) out.push(`${where}.${k} = ${v}`);
      badAmounts(v, `${where}.${k}`, out);
    }
  }
  return out;
}

process.on('message', async ({ id, recipe }) => {
  let built;
  try {
    built = build(recipe);
  } catch (e) {
    process.send({ id, code: -1, ms: 0, problems: [`the fuzzer could not build the case: ${e && e.stack}`], bytes: 0, error: '', maxRssKb: process.resourceUsage().maxRSS });
    return;
  }
  const { name, bytes } = built;
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  let stdout = '';
  let stderr = '';
  uncaught = null;
  strays = 0;
  const started = Date.now();
  const cpu = process.cpuUsage();
  let code;
  try {
    code = await main(['import', file, '--json'], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
  } catch (e) {
    code = -1;
    stderr += String(e && e.stack);
  }
  const ms = Date.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  // pdf.js or mammoth may reject a promise a moment later: give it a moment to show itself (one that comes
  // later still is counted with the next case).
  await new Promise((r) => setTimeout(r, 5));
  for (const late of takeLateErrors()) {
    if (late.stray) strays++;
    else uncaught = `unhandledRejection (import thread): ${late.message}`;
  }
  const problems = [];
  if (code !== 0 && code !== 2) problems.push(`exit ${code}: ${stderr.slice(0, 300)}`);
  if (/\n\s+at\s/.test(stderr)) problems.push(`stack trace: ${stderr.slice(0, 300)}`);
  if (stderr.split('\n').filter((l) => l && !l.startsWith('varning: ')).length > 1) problems.push(`more than one error line: ${stderr.slice(0, 300)}`);
  if (uncaught) problems.push(uncaught.slice(0, 500));
  if (code === 0) {
    try {
      const bad = badAmounts(JSON.parse(stdout));
      if (bad.length) problems.push(`bad values: ${bad.slice(0, 5).join(', ')}`);
    } catch (e) {
      problems.push(`stdout is not JSON: ${e.message}`);
    }
  }
  fs.rmSync(file, { force: true });
  process.send({ id, code, ms, cpuMs, strays, problems, bytes: bytes.length, error: code === 2 ? stderr.trim().slice(0, 160) : '', maxRssKb: process.resourceUsage().maxRSS });
});
process.send({ ready: true });
