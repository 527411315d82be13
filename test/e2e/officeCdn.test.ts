import * as fs from 'fs';
import * as path from 'path';
import { OFFICE_CDN, OFFICE_LOCAL, builtPagesInBrowser, chromiumMissingReason, routeOfficeCdn, watchPage } from './harness';

/**
 * The production page loads office.js from Microsoft's CDN under a CSP that allows that origin and nothing else
 * remote. Here the CDN is answered from the npm package's copy (same folder layout), and the page must start as
 * it would in a browser outside Office: office.js initialises (its locale strings found), Office.onReady
 * resolves, the functions entry registers every function, the pane renders, and no request fails.
 */
const skip = chromiumMissingReason();
const describeBrowser = skip ? describe.skip : describe;

const FUNCTION_IDS = ['ANDEL_AV_AR', 'BIDRAG', 'GILTIG_TILL', 'INDEX', 'LON', 'ORGNR', 'SUMMA', 'TIMKOSTNAD'];

function cspOf(html: string): Map<string, string[]> {
  const content = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('the local copy of office.js the tests and the preview serve', () => {
  it('keeps the CDN layout office.js loads its strings from (locale folders, en-us the fallback)', () => {
    for (const file of ['office.js', 'en-us/office_strings.js', 'sv-se/office_strings.js', 'excel-web-16.00.js']) {
      expect(fs.existsSync(path.join(OFFICE_LOCAL, file))).toBe(true);
    }
  });
});

describeBrowser('the production task pane with office.js from the CDN', () => {
  const pages = builtPagesInBrowser('production');

  it('names the CDN copy of office.js, allows only that remote origin and ships no copy of office.js', () => {
    const html = fs.readFileSync(path.join(pages.dist, 'taskpane.html'), 'utf8');
    expect([...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1])).toEqual([`${OFFICE_CDN}office.js`, 'taskpane.js']);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/); // no inline script: the CSP would refuse it
    const csp = cspOf(html);
    // 'wasm-unsafe-eval' lets the OCR engine's WebAssembly compile (never eval); no other keyword. Remote: exactly
    // what office.js loads and calls (its CDN and Microsoft Ajax for scripts, its telemetry collector and proxy page).
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", 'https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com']);
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://browser.pipe.aria.microsoft.com']);
    expect(csp.get('frame-src')).toEqual(["'self'", 'https://telemetryservice.firstpartyapps.oaspapps.com']);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    // Every other directive stays on our own origin (data:/blob: are local, not remote).
    for (const [name, sources] of csp) {
      if (name === 'script-src' || name === 'connect-src' || name === 'frame-src') continue;
      expect(sources.filter((s) => /^https?:/.test(s) || s === '*')).toEqual([]);
    }
    // The telemetry collector office.js posts to is the one in its own code.
    const otel = fs.readFileSync(path.join(OFFICE_LOCAL, 'telemetry', 'oteljs_agave.js'), 'utf8');
    expect(otel).toContain('https://browser.pipe.aria.microsoft.com/Collector/3.0/');
    const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [e.name]));
    expect(files(pages.dist).filter((f) => /office_strings|^office(\.debug)?\.js$|^excel-.*\.js$/.test(f))).toEqual([]);
  });

  it.each(['en-US', 'sv-SE'])('starts outside Office in a %s browser: office.js ready, functions registered, pane shown, nothing failed', async (locale) => {
    const context = await pages.browser.newContext({ locale });
    const served = await routeOfficeCdn(context);
    const page = await context.newPage();
    const problems = watchPage(page, pages.url);
    page.on('requestfailed', (r) => problems.push(`Misslyckad begäran: ${r.url()} (${r.failure()?.errorText})`));
    const associated: string[] = [];
    await page.exposeFunction('__recordAssociation', (id: string) => associated.push(id));
    const violations: string[] = [];
    await page.exposeFunction('__recordViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      // CSP violations (a blocked office.js sub-script, an inline script, a blocked telemetry post) are reported
      // here, not as page errors.
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __recordViolation: (v: string) => void }).__recordViolation(`CSP: ${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber}:${e.columnNumber})`));
      const record = (window as unknown as { __recordAssociation: (id: string) => void }).__recordAssociation;
      // Outside Excel nothing defines CustomFunctions; this stand-in records what the functions entry registers.
      Object.defineProperty(window, 'CustomFunctions', { value: Object.freeze({ associate: (id: string) => record(id), Error: class extends Error {} }), writable: false });
    });
    // office.js frames its telemetry proxy page three seconds after it starts: the test waits for that frame.
    const telemetryFrame = page.waitForRequest((r) => r.url().startsWith('https://telemetryservice.firstpartyapps.oaspapps.com/'), { timeout: 60_000 });
    await page.goto(`${pages.url}/taskpane.html`);
    const ready = await page.evaluate(async () => {
      const office = (window as unknown as { Office?: { onReady(): Promise<{ host: unknown; platform: unknown }> } }).Office;
      if (!office) return 'office.js did not define Office';
      const info = await Promise.race([office.onReady(), new Promise<null>((r) => setTimeout(() => r(null), 15_000))]);
      return info ? { host: info.host ?? null, platform: info.platform ?? null } : 'Office.onReady did not resolve';
    });
    expect(ready).toEqual({ host: null, platform: null });
    await page.getByRole('tab').first().waitFor({ timeout: 30_000 });
    expect(associated.sort()).toEqual(FUNCTION_IDS);
    // Outside Office it loads only itself and its file-mapping table; in Office also its locale strings and the
    // host's scripts, from the same CDN folder (the CSP's one remote origin).
    await telemetryFrame;
    expect(served[0]).toBe('office.js');
    expect(served.every((f) => !f.includes('..'))).toBe(true);
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
    // The watch itself works: a post to an address the policy does not allow is refused and reported.
    await page.evaluate(() => fetch('https://blocked.invalid/', { method: 'POST' }).catch(() => undefined));
    for (let i = 0; i < 100 && violations.length === 0; i++) await page.waitForTimeout(50);
    expect(violations).toEqual([expect.stringMatching(/^CSP: connect-src https:\/\/blocked\.invalid/)]);
    await context.close();
  }, 120_000);
});
