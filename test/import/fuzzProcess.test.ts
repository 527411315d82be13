import fc from 'fast-check';
import { ensureCliBuilt } from '../cli/builtCli';

/* eslint-disable @typescript-eslint/no-require-imports */
const { recipeArbitrary, FORMATS } = require('../../scripts/fuzzCases.js') as { recipeArbitrary(f: string): fc.Arbitrary<unknown>; FORMATS: string[] };
const { runRecipes } = require('../../scripts/fuzzRun.js') as {
  runRecipes(r: unknown[], o?: object): Promise<{ cases: number; crashes: number; hangs: number; uncaught: number; badValues: number; maxMs: number; maxCpuMs: number; peakRssMb: number; failures: unknown[] }>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * A bounded run of the fuzz suite (`npm run fuzz -- --count N` runs it long, with new seeds): hostile .docx, .pdf
 * and text files built from the repository's own fixtures through `iop import --json` in child processes. Each
 * must end with exit 0 or 2, one plain line and no stack trace, no promise rejected unhandled (pdf.js's own
 * unawaited ones counted apart), in a child whose peak memory stays under 1 GB, and with whole non-negative
 * amounts within the range for money. The seed is fixed, so every run tests the same cases on every machine;
 * IOP_FUZZ_SEED=… runs another. How long a case takes is not judged here: the CLI's watchdog bounds it (proven in
 * test/cli/boundedImport.test.ts) and `npm run fuzz` reports the figures.
 */
const SEED = Number(process.env.IOP_FUZZ_SEED ?? 20261202);
const PER_FORMAT = Number(process.env.IOP_FUZZ_COUNT ?? 40);
const MEMORY_BOUND_MB = 1024;
// A case with no answer at all: the watchdog ends every import within 25 s of its own clock, so this only stops a
// run that would otherwise never end, however loaded the machine.
const NO_ANSWER_MS = 600_000;

beforeAll(() => ensureCliBuilt(), 120_000);

test.each(FORMATS)(`hostile %s files end in a result or one plain refusal (seed ${SEED})`, async (format) => {
  console.log(`fuzz seed ${SEED} (${format}, ${PER_FORMAT} fall): IOP_FUZZ_SEED=${SEED} npx jest test/import/fuzzProcess.test.ts`);
  const recipes = fc.sample(recipeArbitrary(format), { numRuns: PER_FORMAT, seed: SEED });
  // A hang is no answer at all; on a loaded machine wall time stretches far beyond the CPU time judged below.
  const stats = await runRecipes(recipes, { hangMs: NO_ANSWER_MS, separateEvery: 20 });
  expect({ seed: SEED, failures: stats.failures }).toEqual({ seed: SEED, failures: [] });
  expect(stats).toMatchObject({ cases: PER_FORMAT, crashes: 0, hangs: 0, uncaught: 0, badValues: 0 });
  console.log(`${format}: längsta fall ${stats.maxMs} ms väggtid, ${stats.maxCpuMs} ms CPU; största minne ${stats.peakRssMb} MB`);
  expect(stats.peakRssMb).toBeLessThan(MEMORY_BOUND_MB);
}, 3_600_000);
