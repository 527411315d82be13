import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { Budget, ImportError, importDocument, importText } from '../../src/import';
import { toDocx } from '../fixtures/build';

/** Bad input is expected input: any text or damaged Word file ends in a result or an ImportError, quickly. */
const seeds = ['000.txt', '001.txt', '002.md', '003.md', '004.txt'].map((f) => readFileSync(join(__dirname, '../fixtures/seeds', f), 'utf8'));

const pieces = fc.constantFrom(
  ' ', '\n', '\n\n', '\t', '|', '1 750 000 kr', '600 tkr', '1,2 mnkr', '2 %', 'á', '100%', '2024-01-01', '23.12.31', 'den 1 januari 2022',
  'Överenskommelse', 'IOP', 'Totalt', 'Ekonomi', 'Giltighet', 'två år i taget', 'högst två gånger', 'justeras', 'med', 'org.nr',
  '212000-0449', '822001-0022', 'Linköpings kommun', 'genom arbetsmarknadsnämnden', 'Föreningen', '(', ')', '”', ':', '-', '.',
  'Namn\tSamverkanspart\tBeräknat värde/år\tKostnad AN/år\tGiltighet', 'platser', 'varav', 'del', '\u00a0', '\u2009', '<b>', '**',
);

/**
 * "Quickly" is judged on this process's CPU time, not the wall clock: eight agents sharing two cores stretch wall
 * time many times over, CPU time hardly. Each import gets a budget whose clock is the CPU (the import's own
 * checks stop it there, and it checks once more at its end); the cases take well under a tenth of it.
 */
const CPU_BUDGET_MS = 5_000;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function settle(fn: (budget: Budget) => unknown): 'ok' | 'refused' {
  try {
    fn(new Budget({ timeMs: CPU_BUDGET_MS }, cpuMs));
    return 'ok';
  } catch (e) {
    if (e instanceof ImportError && e.code === 'TIMEOUT') throw new Error(`more than ${CPU_BUDGET_MS} ms of CPU: ${e.message}`, { cause: e });
    if (e instanceof ImportError) return 'refused';
    throw e;
  }
}

test('any mix of IOP vocabulary imports or is refused, and always the same way', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 120 }), (parts) => {
      const text = parts.join('');
      const first = settle((budget) => importText(text, 'f.txt', budget));
      if (first === 'ok') expect(importText(text, 'f.txt')).toEqual(importText(text, 'f.txt'));
    }),
    { numRuns: 2500, seed: 4242 },
  );
}, 180_000);

test('seeds with random cuts, insertions and full-unicode noise never crash', () => {
  fc.assert(
    fc.property(fc.nat(seeds.length - 1), fc.nat(), fc.nat(400), fc.string({ unit: 'binary', maxLength: 40 }), (i, at, cut, noise) => {
      const s = seeds[i];
      const p = at % (s.length + 1);
      const text = s.slice(0, p) + noise + s.slice(Math.min(s.length, p + cut));
      settle((budget) => importText(text, 'f.txt', budget));
    }),
    { numRuns: 800, seed: 7 },
  );
}, 180_000);

test('mutated Word files import or are refused with an ImportError', async () => {
  const docx = await toDocx(seeds[0]);
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.nat(docx.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), async (edits) => {
      const bytes = docx.slice();
      for (const [at, value] of edits) bytes[at] = value;
      try {
        await importDocument('f.docx', bytes);
      } catch (e) {
        if (!(e instanceof ImportError)) throw e;
      }
    }),
    { numRuns: 1500, seed: 11 },
  );
}, 180_000);
