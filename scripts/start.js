#!/usr/bin/env node
'use strict';
// `npm start`: sideload the add-in into desktop Excel (Windows or Mac) with office-addin-debugging, as in
// Microsoft's templates. Where that cannot work (Linux, or the optional tool is not installed) it explains
// the alternatives instead of failing with a stack trace.
const { spawnSync } = require('child_process');

function hasDebuggingTool() {
  try {
    require.resolve('office-addin-debugging/package.json');
    return true;
  } catch {
    return false;
  }
}

const desktopExcelPossible = process.platform === 'win32' || process.platform === 'darwin';

if (!desktopExcelPossible || !hasDebuggingTool()) {
  const why = desktopExcelPossible
    ? 'Verktyget office-addin-debugging är inte installerat (det är ett valfritt beroende: kör "npm install" igen på Windows eller Mac).'
    : `Skrivbords-Excel finns inte för den här datorn (${process.platform}), så tillägget kan inte sidladdas härifrån.`;
  process.stdout.write(
    [
      `npm start: ${why}`,
      '',
      'Prova tillägget utan Excel:',
      '  npm run preview          aktivitetsfönstret mot en arbetsbok i minnet, i webbläsaren',
      '',
      'Sidladda i Excel på webben (kräver ett Microsoft 365-konto):',
      '  1. IOP_BASE_URL=https://din-server.example/iop/ npm run build',
      '  2. Lägg innehållet i dist/ på den https-adressen (vilken statisk webbserver som helst).',
      '  3. Öppna en arbetsbok i Excel på webben: Start › Tillägg › Mer tillägg › Mina tillägg ›',
      '     Ladda upp mitt tillägg, och välj dist/manifest.xml.',
      '',
      'För hela organisationen: ladda upp dist/manifest.xml under Integrerade appar i Microsoft 365 administrationscenter.',
      '',
    ].join('\n'),
  );
  process.exit(0);
}

const result = spawnSync(process.execPath, [require.resolve('office-addin-debugging/cli.js'), 'start', 'manifest.xml', 'desktop', '--app', 'excel'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
