import { execFileSync, spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join, resolve } from 'path';

/**
 * The shared corpus (74 documents from more than 40 municipalities and regions, written by people who never saw the
 * importer)
 * scored with its own scorer through the built CLI, exactly as `../shared/corpus/README.md` describes.
 * The goal is every field right and nothing silently wrong; the floors below only ever go up.
 */
const ROOT = resolve(__dirname, '../..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const FIELDS_IN_CORPUS = 1172;
const MIN_FIELDS_RIGHT = 1106;
const MAX_SILENTLY_WRONG = 18;

const describeCorpus = existsSync(join(CORPUS, 'score.mjs')) ? describe : describe.skip;

describeCorpus('the shared corpus', () => {
  let output = '';
  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT });
    const run = spawnSync(
      process.execPath,
      [join(CORPUS, 'score.mjs'), join(CORPUS, 'expected.json'), CORPUS, ROOT, 'bin/iop.js', '1'],
      { cwd: ROOT, encoding: 'utf8', timeout: 280_000 },
    );
    output = run.stdout + run.stderr;
  }, 300_000);

  it('scores every field of every document, none silently wrong', () => {
    const match = /field accuracy [\d.]+% \((\d+)\/(\d+)\), silently wrong (\d+)/.exec(output);
    expect(match).not.toBeNull();
    const [right, scored, silent] = match!.slice(1).map(Number);
    // Fields of an agreement the importer did not find are not scored by the scorer; they count here as wrong.
    if (right < FIELDS_IN_CORPUS || silent > 0) console.log(output.split('\n').slice(-42).join('\n'));
    expect(scored).toBeLessThanOrEqual(FIELDS_IN_CORPUS);
    expect(right).toBeGreaterThanOrEqual(MIN_FIELDS_RIGHT);
    expect(silent).toBeLessThanOrEqual(MAX_SILENTLY_WRONG);
  });
});
