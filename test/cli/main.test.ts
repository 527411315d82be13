import { execFileSync, spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { main } from '../../src/cli/main';

const ROOT = join(__dirname, '../..');

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), cwd: ROOT };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

describe('iop command line', () => {
  it('prints Swedish help listing its commands', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Användning: iop <kommando>/);
    expect(stdout).toMatch(/import/);
  });

  it('refuses an unknown command with one line and exit code 2', async () => {
    const { code, stderr } = await run(['nonsens']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/okänt kommando/);
  });

  it('works as the installed bin (lib/ is built by npm ci through "prepare")', () => {
    if (!existsSync(join(ROOT, 'lib/cli/main.js'))) {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT });
    }
    const result = spawnSync(process.execPath, [join(ROOT, 'bin/iop.js'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/iop – IOP-avtal till Excel/);
  });
});
