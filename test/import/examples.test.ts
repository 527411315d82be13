import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { importDocument } from '../../src/import';

/**
 * The project's own examples (`npm run demo`) are written as an official would want an agreement written: each
 * states its parties, items, validity, extension and indexation, so importing them raises no warning at all.
 */
const DIR = join(__dirname, '../../examples');

describe.each(readdirSync(DIR))('examples/%s', (file) => {
  it('imports with no warning', async () => {
    const result = await importDocument(file, new Uint8Array(readFileSync(join(DIR, file))));
    expect(result.agreements).toHaveLength(1);
    const warnings = [...result.warnings, ...result.agreements.flatMap((a) => a.warnings)].map((w) => `${w.code}: ${w.message}`);
    expect(warnings).toEqual([]);
    const [a] = result.agreements;
    const contributions = a.contributions.reduce((s, c) => s + c.annualAmount, 0);
    expect(contributions).toBe(a.annualTotal);
  });
});
