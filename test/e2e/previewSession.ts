import type { Page } from 'playwright-core';
import { builtPagesInBrowser, watchPage } from './harness';

/** Intl's no-break and narrow no-break spaces as plain spaces, so expectations read like the screen. */
export const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

export interface PreviewSession {
  readonly page: Page;
  openView(name: string): Promise<void>;
  /** The grid's text for one sheet of the in-memory workbook (selects its tab). */
  gridText(sheet: string): Promise<string>;
  /** The grid's cells for one sheet, row by row, as shown. */
  gridRows(sheet: string): Promise<string[][]>;
  sheetTabs(): ReturnType<Page['getByRole']>;
  /** How many pixels the pane's content sticks out sideways (0 when everything wraps into the pane). */
  paneOverflow(): Promise<number>;
}

/**
 * Registers the hooks for a describe block over the preview page (pane + in-memory workbook): one browser and
 * server per file, a fresh browser context per test (empty localStorage, a new workbook), and a check after
 * each test that the page logged no errors and asked for nothing outside the loopback server.
 */
export function previewSession(): PreviewSession {
  const pages = builtPagesInBrowser();
  let page: Page;
  let problems: string[];

  beforeEach(async () => {
    // The axe tests inject axe-core as an inline script, which the page's CSP rightly forbids.
    const bypassCSP = expect.getState().currentTestName?.includes('axe') ?? false;
    // en-US on purpose: the pane must show Swedish dates and numbers whatever the browser's language.
    page = await pages.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US', bypassCSP });
    problems = watchPage(page, pages.url);
    await page.goto(`${pages.url}/preview.html`);
    await paneTabs().getByRole('tab', { name: 'Importera' }).waitFor();
  });

  afterEach(async () => {
    await page?.context().close();
    expect(problems).toEqual([]);
  });

  const paneTabs = () => page.getByRole('tablist', { name: 'Vyer i IOP-avtal' });
  const sheetTabs = () => page.getByRole('tablist', { name: 'Blad i arbetsboken' });
  const selectSheet = async (sheet: string) => {
    await sheetTabs().getByRole('tab', { name: sheet, exact: true }).click();
    return page.locator(`table[data-sheet="${sheet}"]`);
  };

  return {
    get page() {
      return page;
    },
    async openView(name) {
      await paneTabs().getByRole('tab', { name }).click();
      await page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first().waitFor();
    },
    async gridText(sheet) {
      return nbsp(await (await selectSheet(sheet)).innerText());
    },
    async gridRows(sheet) {
      const table = await selectSheet(sheet);
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
      return rows.map((r) => r.map(nbsp));
    },
    sheetTabs,
    paneOverflow: () =>
      page.locator('main').first().evaluate((main) => {
        let pane: Element | null = main;
        while (pane && getComputedStyle(pane).overflowY !== 'auto') pane = pane.parentElement;
        return pane ? pane.scrollWidth - pane.clientWidth : 0;
      }),
  };
}
