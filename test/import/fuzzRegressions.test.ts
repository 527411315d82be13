import { ImportError, importDocument } from '../../src/import';

/* eslint-disable-next-line @typescript-eslint/no-require-imports */
const { build } = require('../../scripts/fuzzCases.js') as { build(r: object): { name: string; bytes: Buffer } };

/**
 * Cases the fuzz suite found (seed 20261201), kept as recipes: each ends in a result or an ImportError. (The PDF
 * on which pdf.js rejects an internal promise is a process-level case: test/cli/corruptPdf.test.ts.)
 */
const found: [string, object][] = [
  [
    'a 66 000-letter word that became a party name: the name was compiled into a regular expression too large',
    { format: 'text', base: 61329386, raw: false, mutations: [{ kind: 'noise', at: 115094915, n: 1779490725, count: 12605290, size: 1734 }, { kind: 'longWord', at: 289230056, n: 150442568, count: 2130405076, size: 66544 }, { kind: 'manyRows', at: 471848640, n: 32595605, count: 190378497, size: 89 }, { kind: 'longLine', at: 485996210, n: 1466627174, count: 796762813, size: 61 }] },
  ],
];

test.each(found)('%s', async (_, recipe) => {
  const { name, bytes } = build(recipe);
  const outcome = await importDocument(name, new Uint8Array(bytes)).then(
    (r) => r.agreements.length,
    (e: unknown) => {
      if (e instanceof ImportError) return e.code;
      throw e;
    },
  );
  expect(outcome).toBeDefined();
});
