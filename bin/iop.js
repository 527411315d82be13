#!/usr/bin/env node
'use strict';
// The CLI is compiled to lib/ by `npm run build:cli` (run automatically by `npm ci` through "prepare").
let main;
try {
  ({ main } = require('../lib/cli/main.js'));
} catch {
  process.stderr.write('iop: kommandoradsverktyget är inte byggt. Kör "npm run build:cli" i projektmappen.\n');
  process.exit(1);
}
main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
}).then(
  (code) => { process.exitCode = code; },
  () => { process.exitCode = 1; },
);
