import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT, ensureCliBuilt } from './builtCli';

/**
 * The built CLI imports in a worker thread that is terminated at its deadline, so even a library step that never
 * yields ends in one plain refusal. The watchdog is proven on steps of the test's own, never on a document that is
 * merely slow on this machine: a thread that loops forever without yielding (what mammoth's XML parser did on a
 * damaged .docx) and one that answers. The deadline is a clock the test fires itself, so no assertion depends on
 * how fast the machine is.
 */
beforeAll(() => ensureCliBuilt(), 120_000);

type Deadline = (expire: () => void, ms: number) => () => void;
type Bounded = {
  importFileBounded(path: string, deadlineMs?: number): Promise<unknown>;
  configureWatchdog(options: { script?: string; deadline?: Deadline }): void;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled module, loaded at run time
const lib = () => require(join(ROOT, 'lib/cli/boundedImport.js')) as Bounded;

const dir = mkdtempSync(join(tmpdir(), 'iop-bounded-'));
/** A thread that takes the request and never returns to its event loop: only termination ends it. */
const spinning = join(dir, 'spinning.js');
writeFileSync(spinning, "require('worker_threads').parentPort.on('message', () => { for (;;) {} });\n");
/** A thread that answers every request with a result of its own. */
const answering = join(dir, 'answering.js');
writeFileSync(
  answering,
  "const { parentPort } = require('worker_threads');\n" +
    "parentPort.on('message', ({ id, path }) => parentPort.postMessage({ id, result: { documentKind: 'agreement', agreements: [], path } }));\n",
);

/** A deadline the test fires: `fire()` expires the one that is running; `cancelled` counts those called off. */
function manualDeadline() {
  const state = { pending: [] as (() => void)[], cancelled: 0, ms: [] as number[] };
  const deadline: Deadline = (expire, ms) => {
    state.ms.push(ms);
    state.pending.push(expire);
    return () => {
      state.cancelled++;
    };
  };
  const fire = () => state.pending.splice(0).forEach((expire) => expire());
  return { state, deadline, fire };
}

/** Resolves once `promise` has settled or `ms` passed, whichever first: whether it settled is the answer. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  promise.then(() => (settled = true), () => (settled = true));
  await new Promise((r) => setTimeout(r, ms));
  return settled;
}

afterEach(() => lib().configureWatchdog({}));

test('a step that never yields is stopped when its deadline passes, with the time-limit refusal', async () => {
  const clock = manualDeadline();
  lib().configureWatchdog({ script: spinning, deadline: clock.deadline });
  const pending = lib().importFileBounded(join(ROOT, 'test/fixtures/documents/000.docx'), 1_234);
  // However long it is given, the spinning thread never answers by itself.
  expect(await settlesWithin(pending, 300)).toBe(false);
  expect(clock.state.ms).toEqual([1_234]);
  clock.fire();
  await expect(pending).rejects.toMatchObject({ code: 'TIMEOUT', message: expect.stringMatching(/tidsgräns/) });
}, 30_000);

test('an answer before the deadline is the result, and the deadline passing afterwards changes nothing', async () => {
  const clock = manualDeadline();
  lib().configureWatchdog({ script: answering, deadline: clock.deadline });
  await expect(lib().importFileBounded('/any/file.txt')).resolves.toMatchObject({ documentKind: 'agreement', path: '/any/file.txt' });
  expect(clock.state.cancelled).toBe(1);
  clock.fire();
  // The same thread still serves the next file: it was neither terminated nor replaced by the late expiry.
  await expect(lib().importFileBounded('/next.txt')).resolves.toMatchObject({ path: '/next.txt' });
}, 30_000);

test('after a terminated import the next file is read by a fresh thread of the real importer', async () => {
  const clock = manualDeadline();
  lib().configureWatchdog({ script: spinning, deadline: clock.deadline });
  const stuck = lib().importFileBounded(join(ROOT, 'test/fixtures/documents/000.docx'));
  clock.fire();
  await expect(stuck).rejects.toMatchObject({ code: 'TIMEOUT' });
  lib().configureWatchdog({});
  const result = (await lib().importFileBounded(join(ROOT, 'test/fixtures/documents/000.docx'))) as { documentKind: string; agreements: unknown[] };
  expect(result).toMatchObject({ documentKind: 'agreement', agreements: [expect.anything()] });
}, 60_000);

test('a refusal inside the thread keeps its code and Swedish message', async () => {
  const empty = join(dir, 'tom.pdf');
  writeFileSync(empty, '%PDF-1.4\n%%EOF\n');
  await expect(lib().importFileBounded(empty)).rejects.toMatchObject({ name: 'ImportError', message: expect.stringMatching(/PDF|läsas/) });
}, 60_000);

test('`iop import` as a process whose import never yields: exit 2, one line, the thread does not keep it running', () => {
  // The real CLI with the spinning thread and a short wall-clock deadline: only the watchdog can end this run.
  const cli = [
    `const bounded = require(${JSON.stringify(join(ROOT, 'lib/cli/boundedImport.js'))});`,
    `const wallClock = (expire, ms) => { const t = setTimeout(expire, 500); return () => clearTimeout(t); };`,
    `bounded.configureWatchdog({ script: ${JSON.stringify(spinning)}, deadline: wallClock });`,
    `process.argv = [process.argv[0], 'iop', 'import', ${JSON.stringify(join(ROOT, 'test/fixtures/documents/000.docx'))}, '--json'];`,
    `require(${JSON.stringify(join(ROOT, 'bin/iop.js'))});`,
  ].join('\n');
  const r = spawnSync(process.execPath, ['-e', cli], { encoding: 'utf8', timeout: 90_000 });
  expect({ status: r.status, lines: r.stderr.trim().split('\n').length, stack: /\n\s+at\s/.test(r.stderr) }).toEqual({ status: 2, lines: 1, stack: false });
  expect(r.stderr).toMatch(/tidsgräns/);
}, 90_000);
