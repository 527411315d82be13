import { execFileSync, spawnSync } from 'child_process';
import { join, resolve } from 'path';

/**
 * A set of documents scored with the shared corpus's own scorer (`../shared/corpus/score.mjs`) through the built
 * CLI, as the corpus README describes: the corpus test and the blind sets' test use this one helper.
 */
export const ROOT = resolve(__dirname, '../..');
export const SCORER = resolve(ROOT, '../shared/corpus/score.mjs');

export interface SetScore {
  right: number;
  scored: number;
  silent: number;
  /** The scorer's output, for the misses it lists. */
  output: string;
}

/** Compiles the CLI (bin/iop.js runs lib/) so that the score is of the sources under test. */
export function buildCli(): void {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT });
}

/** Runs the scorer on `expectedPath` with documents under `docsDir`; null figures when it printed none. */
export function scoreSet(expectedPath: string, docsDir: string, timeout = 1_100_000): SetScore {
  const run = spawnSync(process.execPath, [SCORER, expectedPath, docsDir, ROOT, 'bin/iop.js', '1'], { cwd: ROOT, encoding: 'utf8', timeout });
  const output = run.stdout + run.stderr;
  const match = /field accuracy [\d.]+% \((\d+)\/(\d+)\), silently wrong (\d+)/.exec(output);
  if (!match) throw new Error(`The scorer printed no score:\n${output}`);
  const [right, scored, silent] = match.slice(1).map(Number);
  return { right, scored, silent, output };
}

/** The scorer's last lines (its misses), to print when a floor is not met. */
export function misses(score: SetScore): string {
  return score.output.split('\n').slice(-42).join('\n');
}

export const fixture = (...parts: string[]) => join(ROOT, 'test/fixtures', ...parts);
