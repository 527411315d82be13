'use strict';
// The task pane's weight and speed: the JavaScript the page loads before the pane is usable (gzipped, ours and
// office.js apart) and the time to first render in headless Chromium. Uses the production build in dist/.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { startServer } = require('../scripts/serve');

const DIST = path.join(__dirname, '..', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RUNS = 5;

const gzipKb = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

async function run(report) {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html saknas: kör "npm run build" först');

  if (!fs.existsSync(CHROMIUM)) {
    report('första rendering', 'hoppas över', `(${CHROMIUM} saknas)`);
    return;
  }
  const { chromium } = require('playwright-core');
  const server = await startServer({ root: DIST });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const times = [];
    let loaded = new Set();
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts = new Set();
      page.on('response', (r) => {
        const url = new URL(r.url());
        if (url.origin === server.url && url.pathname.endsWith('.js')) scripts.add(url.pathname.slice(1));
      });
      await page.goto(`${server.url}/taskpane.html`);
      // First render = the view tabs exist; measured from the navigation's start on the page's own clock.
      const handle = await page.waitForFunction(() => (document.querySelector('[role="tab"]') ? performance.now() : false), null, { timeout: 30000 });
      times.push(await handle.jsonValue());
      loaded = scripts;
      await context.close();
    }
    const own = [...loaded].filter((f) => !f.startsWith('office/'));
    const office = [...loaded].filter((f) => f.startsWith('office/'));
    const sum = (files) => files.reduce((s, f) => s + gzipKb(path.join(DIST, f)), 0);
    const lazy = own.filter((f) => f !== 'taskpane.js');
    report('startfilen taskpane.js (registrerar IOP-funktionerna), gzip', sum(['taskpane.js']), 'KB');
    report('aktivitetsfönstret (lata chunkar: UI, React, Fluent), gzip', sum(lazy), 'KB', '≤ 300 KB');
    report(`  ${lazy.join(', ')}`, lazy.length, 'filer');
    report('eget JavaScript till första rendering, gzip', sum(own), 'KB');
    report('office.js m.fl. (Microsoft), gzip', sum(office), 'KB');
    times.sort((a, b) => a - b);
    report(`tid till första rendering, median av ${RUNS} (headless Chromium)`, times[Math.floor(RUNS / 2)], 'ms');
  } finally {
    await browser.close();
    await server.close();
  }
}

module.exports = { run };
