#!/usr/bin/env node
'use strict';
// The CLI is compiled to lib/ by `npm run build:cli` (run automatically by `npm ci` through "prepare").
let main;
let safeLine;
let isStrayPdfjsRejection;
try {
  ({ main } = require('../lib/cli/main.js'));
  ({ safeLine } = require('../lib/cli/terminal.js'));
  ({ isStrayPdfjsRejection } = require('../lib/import/readers/strayRejection.js'));
} catch {
  process.stderr.write('iop: kommandoradsverktyget är inte byggt. Kör "npm run build:cli" i projektmappen.\n');
  process.exit(1);
}
// A reader library's promise that rejects after its caller gave up (or one nobody awaited) is the same one plain
// line as any unreadable file, never a stack trace.
const fail = (e) => {
  const message = e && e.message ? String(e.message) : String(e);
  process.stderr.write(`iop: filen kunde inte läsas (${safeLine(message).slice(0, 200)}).\n`);
  process.exit(2);
};
// pdf.js's own housekeeping promises that reject unawaited on a damaged file are not the import's result.
process.on('unhandledRejection', (e) => (isStrayPdfjsRejection(e) ? undefined : fail(e)));
process.on('uncaughtException', fail);
// A reader that stops reading (`iop flerar … --json | head`) ends the command: nothing more is wanted.
process.stdout.on('error', (e) => process.exit(e && e.code === 'EPIPE' ? 0 : 2));
main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  // `-o -`: the written file's bytes, for a pipe or a redirect (refused on a terminal).
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stdoutIsTerminal: Boolean(process.stdout.isTTY),
}).then(exitWhenWritten, () => exitWhenWritten(1));

/**
 * Exit as soon as the answer is out: work a reader library left pending after a refusal must not keep the process
 * running. But into a pipe that is full, a write is queued rather than done (a long --json answer, a workbook
 * written with -o -), and an exit at once would cut the answer off: exit once stdout and stderr have taken it.
 */
function exitWhenWritten(code) {
  let open = 2;
  const written = () => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}
