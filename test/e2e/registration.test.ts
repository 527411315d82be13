import * as fs from 'fs';
import * as path from 'path';
import { OFFICE_CDN, builtPagesInBrowser, chromiumMissingReason, routeOfficeCdn } from './harness';

/**
 * The shared-runtime page must make the IOP functions known before the React UI is even requested,
 * so that functions work soon after Excel starts. Checked on the built page in headless Chromium.
 */
const skip = chromiumMissingReason();
const describeBrowser = skip ? describe.skip : describe;

const FUNCTION_IDS = ['ANDEL_AV_AR', 'BIDRAG', 'GILTIG_TILL', 'INDEX', 'LON', 'ORGNR', 'SUMMA', 'TIMKOSTNAD'];

describeBrowser('the built task pane page', () => {
  const pages = builtPagesInBrowser();

  it('ships functions.json with every function and a small entry without React', () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(pages.dist, 'functions.json'), 'utf8'));
    expect(metadata.functions.map((f: { id: string }) => f.id).sort()).toEqual(FUNCTION_IDS);
    const entry = fs.readFileSync(path.join(pages.dist, 'taskpane.js'), 'utf8');
    // No React or Fluent module is defined in the entry (it only names the lazy chunk that holds them).
    expect(entry).not.toMatch(/"\.\/node_modules\/(react|react-dom|@fluentui)\//);
    const html = fs.readFileSync(path.join(pages.dist, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/Content-Security-Policy/);
    expect([...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1])).toEqual([`${OFFICE_CDN}office.js`, 'taskpane.js']);
  });

  it('associates every IOP function before the UI chunk is requested', async () => {
    const page = await pages.browser.newPage();
    await routeOfficeCdn(page);
    const events: string[] = [];
    await page.exposeFunction('__recordAssociation', (id: string) => events.push(`associate:${id}`));
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname.split('/').pop() ?? '';
      if (/^taskpane-ui\./.test(file)) events.push('ui-chunk-requested');
    });
    // Stands in for Excel's CustomFunctions; frozen, so office.js cannot swap in its own associate outside Excel.
    await page.addInitScript(() => {
      const record = (window as unknown as { __recordAssociation: (id: string) => void }).__recordAssociation;
      Object.defineProperty(window, 'CustomFunctions', {
        value: Object.freeze({ associate: (id: string) => record(id), Error: class extends Error {} }),
        writable: false,
      });
    });
    await page.goto(`${pages.url}/taskpane.html`);
    await page.getByRole('tab').first().waitFor({ timeout: 30_000 });
    await page.close();
    const uiAt = events.indexOf('ui-chunk-requested');
    expect(uiAt).toBeGreaterThan(-1);
    const associated = events.slice(0, uiAt).map((e) => e.replace('associate:', '')).sort();
    expect(associated).toEqual(FUNCTION_IDS);
  }, 60_000);
});
