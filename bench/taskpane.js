'use strict';
// The task pane's weight and speed: the JavaScript the page loads before the pane is usable (gzipped, ours and
// office.js apart) and the time to first render in headless Chromium. Uses the production build in dist/. The page
// loads office.js from Microsoft's CDN; here that address is answered from the npm package's copy (same layout),
// so the bench makes no network calls and measures our code, not the network.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { startServer } = require('../scripts/serve');

const DIST = path.join(__dirname, '..', 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_LOCAL = path.join(__dirname, '..', 'node_modules', '@microsoft', 'office-js', 'dist');
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
    let officeLoaded = new Set();
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const office = new Set();
      await context.route(`${new URL(OFFICE_CDN).origin}/**`, async (route) => {
        const rest = route.request().url().slice(OFFICE_CDN.length);
        const file = path.resolve(OFFICE_LOCAL, rest);
        if (!route.request().url().startsWith(OFFICE_CDN) || !file.startsWith(OFFICE_LOCAL + path.sep) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
        office.add(rest);
        return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fs.readFileSync(file) });
      });
      const page = await context.newPage();
      // The moment the view tabs enter the document, on the page's own clock (a mutation observer runs before any
      // effect of that render, so what the pane loads once it stands — the workbook chunk, when it asks for the last
      // change — starts later).
      await page.addInitScript(() => {
        const w = window;
        new MutationObserver((_, observer) => {
          if (document.querySelector('[role="tab"]')) {
            w.__tabsAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto(`${server.url}/taskpane.html`);
      // First render = the view tabs exist; measured from the navigation's start.
      await page.waitForFunction(() => typeof window.__tabsAt === 'number', null, { timeout: 30000 });
      const { at, scripts } = await page.evaluate(() => {
        const tabsAt = window.__tabsAt;
        const started = performance.getEntriesByType('resource').filter((e) => e.startTime <= tabsAt && new URL(e.name).origin === location.origin);
        return { at: tabsAt, scripts: started.map((e) => new URL(e.name).pathname.slice(1)).filter((f) => f.endsWith('.js')) };
      });
      // Every script of ours requested before the tabs stood: what the first render needed (or asked for).
      loaded = new Set(scripts);
      times.push(at);
      officeLoaded = office;
      await context.close();
    }
    const own = [...loaded];
    const sum = (files, dir = DIST) => files.reduce((s, f) => s + gzipKb(path.join(dir, f)), 0);
    const lazy = own.filter((f) => f !== 'taskpane.js');
    report('startfilen taskpane.js (registrerar IOP-funktionerna), gzip', sum(['taskpane.js']), 'KB', '≤ 10 KB');
    report('aktivitetsfönstret (lata chunkar: UI, React, Fluent), gzip', sum(lazy), 'KB');
    report(`  ${lazy.join(', ')}`, lazy.length, 'filer');
    // Only what the first view needs: the other views, the review, the dialog and the workbook writer load later.
    report('eget JavaScript till första rendering, gzip', sum(own), 'KB', '≤ 150 KB');
    report(`office.js från Microsofts CDN (${[...officeLoaded].join(', ')}), gzip`, sum([...officeLoaded], OFFICE_LOCAL), 'KB');
    times.sort((a, b) => a - b);
    report(`tid till första rendering, median av ${RUNS} (headless Chromium)`, times[Math.floor(RUNS / 2)], 'ms');
  } finally {
    await browser.close();
    await server.close();
  }
}

module.exports = { run };
