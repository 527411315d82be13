import fc from 'fast-check';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { luhnValid, parseOrgNumber } from '../../src/domain/orgNumber';

// Copies of ../shared/seeds, committed so the tests do not depend on a folder outside the repository.
const SEEDS = join(__dirname, '../fixtures/seeds');

describe('Swedish organisation numbers', () => {
  it('accepts every org number the seeds state', () => {
    const found = new Set<string>();
    for (const file of readdirSync(SEEDS)) {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      for (const m of text.matchAll(/(?:org\.?\s*nr|organisationsnummer)[:\s]*(\d{6}-\d{4})/gi)) found.add(m[1]);
    }
    expect([...found].sort()).toEqual(['212000-0449', '822001-0022']);
    for (const n of found) expect(parseOrgNumber(n)).toEqual({ ok: true, value: n });
  });

  it('canonicalises 10 and 12 digits, with or without separators', () => {
    expect(parseOrgNumber('2120000449')).toEqual({ ok: true, value: '212000-0449' });
    expect(parseOrgNumber('16212000-0449')).toEqual({ ok: true, value: '212000-0449' });
    expect(parseOrgNumber(' 822001\u00a00022 ')).toEqual({ ok: true, value: '822001-0022' });
  });

  it('says why a number is refused', () => {
    expect(parseOrgNumber('212000-0448')).toMatchObject({ ok: false, reason: 'CHECKSUM' });
    expect(parseOrgNumber('21200-0449')).toMatchObject({ ok: false, reason: 'FORMAT' });
    expect(parseOrgNumber('abc')).toMatchObject({ ok: false, reason: 'FORMAT' });
    expect(parseOrgNumber('992120000449')).toMatchObject({ ok: false, reason: 'PREFIX' });
    const refused = parseOrgNumber('212000-0448');
    expect(!refused.ok && refused.message).toMatch(/kontrollsiffra/);
  });

  it('finds exactly one valid check digit for any nine digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
        const valid = [...'0123456789'].filter((d) => luhnValid(nine + d));
        expect(valid).toHaveLength(1);
        expect(parseOrgNumber(nine + valid[0]).ok).toBe(true);
      }),
    );
  });
});
