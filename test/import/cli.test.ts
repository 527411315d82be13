import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';

const seeds = join(__dirname, '../fixtures/seeds');

async function run(args: string[], cwd = seeds) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

test('--json prints exactly the documented contract', async () => {
  const { code, stdout, stderr } = await run(['import', '000.txt', '--json']);
  expect(code).toBe(0);
  expect(stderr).toBe('');
  const json = JSON.parse(stdout);
  expect(Object.keys(json)).toEqual(['source', 'documentKind', 'agreements', 'warnings']);
  const a = json.agreements[0];
  expect(Object.keys(a)).toEqual([
    'name', 'parties', 'targetGroup', 'purpose', 'places', 'validity', 'indexation', 'costItems', 'contributions', 'annualTotal', 'followUp', 'invoicing', 'warnings', 'obtained',
  ]);
  // followUp, invoicing and validity.noticeMonths are optional: present only when the document states them.
  expect(a.followUp).toEqual({ meetingsPerYear: 2, reportsPerYear: 1, reportDue: null, extensionDecisionMonths: null });
  expect(Object.keys(a.invoicing)).toEqual(['recipient', 'address', 'gln', 'peppolId', 'orgNumber', 'reference', 'marking', 'text', 'period', 'timing', 'issuer']);
  expect(Object.keys(a.parties[0])).toEqual(['name', 'orgNumber', 'sector', 'unit']);
  expect(Object.keys(a.validity)).toEqual(['start', 'end', 'extension']);
  expect(Object.keys(a.costItems[0])).toEqual(['party', 'label', 'annualAmount', 'quantity', 'fte']);
  expect(Object.keys(a.costItems[3])).toEqual(['party', 'label', 'annualAmount']);
  expect(Object.keys(a.warnings[0])).toEqual(['code', 'field', 'message']);
  expect(a.annualTotal).toBe(4818600);
  // Every field with a value says how it was obtained; seed 000's items sum to its stated total.
  expect(a.obtained).toMatchObject({ name: 'inferred', 'validity.start': 'read', annualTotal: 'reconciled', 'costItems[0]': 'reconciled' });
  expect(new Set(Object.values(a.obtained))).toEqual(new Set(['read', 'reconciled', 'inferred']));
});

test('several files with --json print an array; --provenance adds where fields were read', async () => {
  const { code, stdout } = await run(['import', '001.txt', '004.txt', '--json', '--provenance']);
  expect(code).toBe(0);
  const json = JSON.parse(stdout);
  expect(json.map((r: { documentKind: string }) => r.documentKind)).toEqual(['agreement', 'overview']);
  expect(json[1].agreements).toHaveLength(5);
  expect(json[0].agreements[0].provenance.length).toBeGreaterThan(3);
});

test('the default output is a readable Swedish summary', async () => {
  const { code, stdout } = await run(['import', '003.md']);
  expect(code).toBe(0);
  expect(stdout).toContain('beslutsunderlag');
  expect(stdout).toContain('Totalt per år: 664');
  expect(stdout).toContain('Osäker tolkning:');
  expect(stdout).not.toMatch(/! [A-Z_]{4,}:/);
});

test('unreadable, unsupported and non-IOP files exit 2 with one line and no stack trace', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-import-'));
  writeFileSync(join(dir, 'recept.txt'), 'Kanelbullar: mjöl, mjölk, jäst.');
  writeFileSync(join(dir, 'bild.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  for (const file of ['saknas.docx', 'recept.txt', 'bild.png']) {
    const { code, stdout, stderr } = await run(['import', file, '--json'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(file);
    expect(stderr).not.toMatch(/\bat\s.+:\d+/);
  }
  expect((await run(['import'], dir)).code).toBe(2);
});
