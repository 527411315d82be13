import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { CHROMIUM, inCI, missingReason } from '../requirements';

/**
 * Shared set-up for the browser tests: a development build of the pages (rebuilt only when sources changed),
 * the loopback static server from scripts/serve.js, and Debian's headless Chromium.
 */
export const ROOT = path.resolve(__dirname, '../..');
export { CHROMIUM } from '../requirements';
type Mode = 'development' | 'production';
const buildDir = (mode: Mode) => path.join(ROOT, 'test-output', mode === 'development' ? 'e2e-dist' : 'e2e-dist-production');
const LOCK = path.join(ROOT, 'test-output', 'e2e-build.lock');

/** Where the production page loads office.js from (webpack.config.js). */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
/** The npm package's dist/ has the CDN's layout (office.js beside en-us/office_strings.js, sv-se/…, telemetry/…). */
export const OFFICE_LOCAL = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

/** Chromium is required in CI (the test fails); on a developer machine without it the tests say so and skip (test/requirements.ts). */
export function chromiumMissingReason(): string | null {
  const missing = missingReason('chromium');
  if (!missing) return null;
  if (inCI()) throw new Error(`${missing}: i CI måste webbläsartesterna köras (se .ci/apt-packages.txt).`);
  return `Hoppar över webbläsartesterna: ${missing}.`;
}

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

function sourcesMtime(): number {
  return Math.max(
    newestMtime(path.join(ROOT, 'src')),
    newestMtime(path.join(ROOT, 'webpack.config.js')),
    newestMtime(path.join(ROOT, 'package.json')),
    newestMtime(path.join(ROOT, 'assets')),
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Returns a folder with preview.html and taskpane.html. E2E_DIST points at a ready development build (e.g. dist/
 * after `npm run build:dev`); otherwise the tests build their own copy under test-output/, one jest worker at a time.
 */
export async function ensureBuild(mode: Mode = 'development'): Promise<string> {
  if (process.env.E2E_DIST && mode === 'development') return path.resolve(process.env.E2E_DIST);
  const BUILD_DIR = buildDir(mode);
  const MARKER = path.join(BUILD_DIR, '.built');
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    if (fs.existsSync(MARKER) && fs.statSync(MARKER).mtimeMs > sourcesMtime()) return BUILD_DIR;
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Väntade för länge på ${LOCK}; ta bort den om ingen build pågår.`);
      await sleep(1000);
    }
  }
  try {
    if (fs.existsSync(MARKER) && fs.statSync(MARKER).mtimeMs > sourcesMtime()) return BUILD_DIR;
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', mode, '--output-path', BUILD_DIR], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: mode },
    });
    fs.writeFileSync(MARKER, new Date().toISOString());
    return BUILD_DIR;
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`webpack-bygget misslyckades:\n${e.stdout?.toString().slice(-4000) ?? ''}\n${e.stderr?.toString().slice(-2000) ?? ''}`, { cause: error });
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export async function startServer(root: string): Promise<{ url: string; close(): Promise<void> }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startServer: start } = require(path.join(ROOT, 'scripts', 'serve.js'));
  return start({ root });
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Answers requests for Microsoft's office.js CDN from the npm package's copy (the tests make no network calls).
 * A file the package lacks gets 404, so a test that watches responses sees it. Returns the paths served.
 */
/** Where office.js sends its own telemetry (the collector it posts to, the proxy page it frames): answered locally. */
export const OFFICE_TELEMETRY = ['https://browser.pipe.aria.microsoft.com/', 'https://telemetryservice.firstpartyapps.oaspapps.com/'];

export async function routeOfficeCdn(target: Page | BrowserContext): Promise<string[]> {
  const served: string[] = [];
  for (const origin of OFFICE_TELEMETRY) {
    await target.route(`${origin}**`, async (route) => {
      served.push(route.request().url());
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '' });
    });
  }
  await target.route(`${new URL(OFFICE_CDN).origin}/**`, async (route) => {
    const url = route.request().url();
    const rest = url.startsWith(OFFICE_CDN) ? decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length)) : null;
    const file = rest === null ? null : path.resolve(OFFICE_LOCAL, rest);
    if (!file || !file.startsWith(OFFICE_LOCAL + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      await route.fulfill({ status: 404, body: 'not in @microsoft/office-js/dist' });
      return;
    }
    served.push(rest!);
    await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fs.readFileSync(file) });
  });
  return served;
}

/**
 * Fails the test on any uncaught page error or a request that leaves the loopback server (office.js's CDN
 * excepted: routeOfficeCdn answers it locally).
 */
export function watchPage(page: Page, baseUrl: string): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`Sidfel: ${e.message}`));
  page.on('console', (m) => {
    // Failed loads are reported with their address by the response handler below.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`Konsolfel: ${m.text()}`);
  });
  page.on('response', (r) => {
    // Chromium asks for /favicon.ico on its own; the add-in has no use for one.
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseUrl) && !url.startsWith(OFFICE_CDN) && !OFFICE_TELEMETRY.some((o) => url.startsWith(o)) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`Extern begäran: ${url}`);
  });
  return problems;
}

/** axe-core injected from node_modules (no network); returns serious and critical violations only. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    // A dialog fades in: measured mid-transition its text is paler than it will be, so contrast is judged once
    // every running animation and transition has finished.
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    // Fluent's Tabster puts aria-hidden focus sentinels (<i data-tabster-dummy tabindex=0>) around arrow-key
    // groups; they hand focus on at once. Fluent calls this by design (microsoft/fluentui#27517,
    // microsoft/tabster#288) and Accessibility Insights suppresses it. Only those nodes are dropped.
    const isTabsterSentinel = (target: string[]) => target.length === 1 && document.querySelector(target[0])?.hasAttribute('data-tabster-dummy') === true;
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ ...v, nodes: v.id === 'aria-hidden-focus' ? v.nodes.filter((n) => !isTabsterSentinel(n.target)) : v.nodes }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.impact}: ${v.id} – ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/** Screenshots for the README are refreshed only on request: UPDATE_SCREENSHOTS=1 npx jest test/e2e */
export async function maybeScreenshot(page: Page, name: string): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  const dir = path.join(ROOT, 'docs', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  // Transitions finished: Fluent fades a button from disabled to enabled over 100 ms, and a screenshot taken
  // just after an import caught "Välj filer…" half-faded, looking disabled.
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false, animations: 'disabled' });
}

/**
 * A README screenshot of the task pane alone (the preview's `data-testid="pane"` column, as wide as it is set
 * with ?pane=), scrolled so `top` sits at the pane's top edge; only on request, like `maybeScreenshot`.
 */
export async function maybePaneScreenshot(page: Page, top: Locator, name: string, height = 900): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  await top.evaluate((el) => {
    let pane = el.parentElement;
    while (pane && getComputedStyle(pane).overflowY !== 'auto') pane = pane.parentElement;
    if (pane) pane.scrollTop += el.getBoundingClientRect().top - pane.getBoundingClientRect().top - 8;
  });
  const box = (await page.getByTestId('pane').boundingBox())!;
  const dir = path.join(ROOT, 'docs', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), clip: { x: box.x, y: box.y, width: box.width, height: Math.min(height, box.height) }, animations: 'disabled' });
}

export interface BuiltPages {
  /** The folder with the built pages. */
  readonly dist: string;
  readonly browser: Browser;
  readonly url: string;
}

/**
 * Registers beforeAll/afterAll for one describe block: the built pages, the loopback server over them and one
 * headless Chromium. The returned object's fields are valid inside the tests.
 */
export function builtPagesInBrowser(mode: Mode = 'development'): BuiltPages {
  const state: { dist?: string; browser?: Browser; server?: { url: string; close(): Promise<void> } } = {};
  beforeAll(async () => {
    state.dist = await ensureBuild(mode);
    state.server = await startServer(state.dist);
    state.browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get dist() {
      return state.dist!;
    },
    get browser() {
      return state.browser!;
    },
    get url() {
      return state.server!.url;
    },
  };
}
