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
main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  // `-o -`: the written file's bytes, for a pipe or a redirect (refused on a terminal).
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stdoutIsTerminal: Boolean(process.stdout.isTTY),
}).then(
  // Exit as soon as the answer is written (stdout and stderr are synchronous for files and pipes): work a reader
  // library left pending after a refusal must not keep the process running.
  (code) => process.exit(code),
  () => process.exit(1),
);
