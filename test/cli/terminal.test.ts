import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { safeJson, safeLine, safeText } from '../../src/cli/terminal';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

test('control characters are shown escaped, never obeyed', () => {
  expect(safeLine('rad\nny\x1b[31mröd\r\t\u0000\u009b2J\u202eevil\ud800')).toBe('rad\\nny\\x1b[31mröd\\r\\t\\x00\\x9b2J\\u202eevil\\ud800');
  expect(safeText('a\tb\nc\x1b[2J')).toBe('a\tb\nc\\x1b[2J');
  expect(safeLine('Östergötlands 😀 Stadsmission')).toBe('Östergötlands 😀 Stadsmission');
  const json = safeJson(JSON.stringify({ name: 'a\u009bb\u202ec' }));
  expect(json).toBe('{"name":"a\\u009bb\\u202ec"}');
  expect(JSON.parse(json).name).toBe('a\u009bb\u202ec');
});

test('a file name with a newline and an escape sequence is one escaped line in the message', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-name-'));
  const name = 'rad\nny\x1b[31m.txt';
  writeFileSync(join(dir, name), 'Kanelbullar: 500 g mjöl.');
  const { code, stderr } = await run(['import', name], dir);
  expect(code).toBe(2);
  expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(stderr).toContain('rad\\nny\\x1b[31m.txt');
  expect(stderr).not.toContain('\x1b');
});

test('document text with escape sequences reaches the summary escaped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-text-'));
  const seed = readFileSync(join(__dirname, '../fixtures/seeds/000.txt'), 'utf8');
  writeFileSync(join(dir, 'a.txt'), seed.replace('Östergötlands Stadsmission, org', 'Östergötlands\x1b]0;pwned\x07 Stadsmission, org'));
  const { code, stdout } = await run(['import', 'a.txt'], dir);
  expect(code).toBe(0);
  expect(stdout).not.toContain('\x1b');
  expect(stdout).not.toContain('\x07');
});

test('"Basår: 1000" and "0 år i taget" no longer break flerar', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-range-'));
  const seed = readFileSync(join(__dirname, '../fixtures/seeds/000.txt'), 'utf8');
  writeFileSync(join(dir, 'a.txt'), seed.replace('## Parter', 'Basår: 1000\n\n## Parter').replace('förlängning två gånger två år', 'förlängning 0 år i taget'));
  const { code, stdout } = await run(['flerar', 'a.txt', '--json'], dir);
  expect(code).toBe(0);
  const [plan] = JSON.parse(stdout);
  expect(plan.years.length).toBeGreaterThan(0);
  expect(plan.years.every((y: { year: number }) => y.year >= 1900 && y.year <= 2200)).toBe(true);
});
