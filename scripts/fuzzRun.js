'use strict';
// Runs fuzz recipes in child processes (scripts/fuzzChild.js), a fresh child every `perChild` cases or after a
// hang, and tallies crashes, hangs, uncaught errors, bad values, time and peak memory per child.
const { fork, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { build } = require('./fuzzCases');

const ROOT = path.join(__dirname, '..');

function startChild() {
  const child = fork(path.join(__dirname, 'fuzzChild.js'), [], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  const ready = new Promise((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`fuzz child ended at start (${code}): ${stderr}`)));
  });
  return { child, ready, stderr: () => stderr };
}

/**
 * Each case through one child: its answer within `hangMs`, else the child is killed and the case counted as a
 * hang. Every `separateEvery`-th case also runs as its own `node bin/iop.js` process (exit code, stack trace).
 */
async function runRecipes(recipes, { hangMs = 30_000, perChild = 100, separateEvery = 50, onCase = () => {}, onFailure = () => {} } = {}) {
  const stats = { cases: 0, ok: 0, refused: 0, crashes: 0, hangs: 0, uncaught: 0, badValues: 0, separate: 0, maxMs: 0, maxCpuMs: 0, pdfjsStrays: 0, peakRssMb: 0, failures: [], errors: new Map() };
  let current = null;
  let used = 0;
  const stop = () => {
    if (current) current.child.kill('SIGKILL');
    current = null;
  };
  for (let i = 0; i < recipes.length; i++) {
    const recipe = recipes[i];
    if (!current || used >= perChild) {
      stop();
      current = startChild();
      // A child that cannot start (lib/ being rebuilt at that moment) is retried once after a pause.
      await current.ready.catch(async () => {
        await new Promise((r) => setTimeout(r, 5000));
        current = startChild();
        await current.ready;
      });
      used = 0;
    }
    used++;
    const { child } = current;
    const answer = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ hang: true }), hangMs);
      const onExit = (code, signal) => resolve({ died: `${code ?? signal}` });
      child.once('exit', onExit);
      child.once('message', (m) => {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(m);
      });
      child.send({ id: i, recipe });
    });
    stats.cases++;
    const fail = (kind, detail) => {
      stats.failures.push({ kind, detail, recipe, index: i });
      onFailure({ kind, detail, recipe, index: i });
    };
    if (answer.hang) {
      stats.hangs++;
      fail('hang', `no answer in ${hangMs} ms`);
      stop();
    } else if (answer.died) {
      stats.crashes++;
      fail('crash', `child ended (${answer.died}): ${current ? current.stderr().slice(-300) : ''}`);
      current = null;
    } else {
      if (answer.ms > stats.maxMs) stats.slowest = { ms: answer.ms, code: answer.code, error: answer.error, recipe, index: i };
      stats.maxMs = Math.max(stats.maxMs, answer.ms);
      stats.maxCpuMs = Math.max(stats.maxCpuMs, answer.cpuMs ?? 0);
      stats.pdfjsStrays += answer.strays ? 1 : 0;
      stats.peakRssMb = Math.max(stats.peakRssMb, Math.round(answer.maxRssKb / 1024));
      if (answer.code === 0) stats.ok++;
      else if (answer.code === 2) {
        stats.refused++;
        const key = answer.error.replace(/^iop import: [^:]*: /, '').replace(/\d(?:[\d ]*\d)?/g, 'N').slice(0, 90);
        stats.errors.set(key, (stats.errors.get(key) ?? 0) + 1);
      }
      for (const p of answer.problems) {
        if (/^unhandledRejection|^uncaughtException/.test(p)) stats.uncaught++;
        else if (/^bad values/.test(p)) stats.badValues++;
        else stats.crashes++;
        fail('problem', p);
      }
    }
    if (separateEvery && i % separateEvery === 0) {
      stats.separate++;
      const problem = runSeparate(recipe, hangMs);
      if (problem) {
        stats.crashes++;
        fail('separate process', problem);
      }
    }
    onCase(stats, i);
  }
  stop();
  return stats;
}

/** The case as a real `iop import` process: exit 0 or 2, and no stack trace on stderr. */
function runSeparate(recipe, hangMs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iop-fuzz-sep-'));
  try {
    const { name, bytes } = build(recipe);
    fs.writeFileSync(path.join(dir, name), bytes);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/iop.js'), 'import', name, '--json'], { cwd: dir, encoding: 'utf8', timeout: hangMs, maxBuffer: 64 * 1024 * 1024 });
    if (r.error) return `process: ${r.error.message}`;
    if (r.status !== 0 && r.status !== 2) return `exit ${r.status ?? r.signal}: ${r.stderr.slice(0, 300)}`;
    if (/\n\s+at\s/.test(r.stderr)) return `stack trace: ${r.stderr.slice(0, 300)}`;
    return null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { runRecipes };
