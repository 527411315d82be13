import * as fs from 'fs';
import * as path from 'path';
import type { Route } from 'playwright-core';
import { ROOT, chromiumMissingReason, maybeScreenshot, seriousAxeViolations } from './harness';
import { nbsp, previewSession } from './previewSession';

/**
 * User journeys beyond the first import (taskpane.test.ts): editing a stored agreement, several files at once,
 * warnings with their source text, documents that are not agreements, and the overview per year.
 */
const skip = chromiumMissingReason();
const describeBrowser = skip ? describe.skip : describe;
if (skip) console.warn(skip);

const fixture = (...parts: string[]) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', ...parts));
const SEED000_NAME = 'IOP Östergötlands Stadsmission';
const RENAMED = 'IOP Östergötlands Stadsmission, förlängd till 2026';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describeBrowser('task pane journeys in headless Chromium', () => {
  const session = previewSession();
  const { openView, gridText, gridRows } = session;
  let page: typeof session.page;
  beforeEach(() => {
    page = session.page;
  });

  /** Pastes a document's text into the import view and waits for its preview. */
  const pasteAndPreview = async (text: string) => {
    await openView('Importera');
    await page.getByLabel('Eller klistra in avtalets text').fill(text);
    await page.getByRole('button', { name: 'Importera inklistrad text' }).click();
    await page.getByRole('article').first().getByRole('heading', { name: /Förhandsgranskning/ }).waitFor({ timeout: 30_000 });
  };

  const importAndSaveSeed000 = async () => {
    await pasteAndPreview(fixture('seeds', '000.txt').toString('utf8'));
    const preview = page.getByRole('article');
    await preview.getByRole('button', { name: /^Spara ".*" i arbetsboken$/ }).click();
    await preview.getByText(/är sparat i arbetsbokens tabeller/).waitFor();
  };

  const overviewTotals = async () => nbsp(await page.getByTestId('overview-totals').innerText()).replace(/\s+/g, ' ').trim();

  it('opens a stored agreement in the wizard, changes an amount and the end date, and updates the same rows', async () => {
    await importAndSaveSeed000();
    const itemRowsBefore = (await gridRows('Poster')).filter((r) => r.includes(SEED000_NAME)).length;

    await openView('Avtalsguide');
    const stored = page.getByLabel('Öppna ett sparat avtal');
    await stored.locator('option', { hasText: SEED000_NAME }).waitFor({ state: 'attached' });
    await stored.selectOption({ label: SEED000_NAME });
    // The native select cuts the long name off; the hint repeats it in full, with the period.
    await page.getByText(`${SEED000_NAME}, 2024-01-01 – 2025-12-31`).waitFor();
    await page.getByRole('button', { name: 'Öppna', exact: true }).click();
    await page.getByRole('heading', { name: `Avtalsguide – ändrar ${SEED000_NAME}` }).waitFor();
    // A new name too: the row is found by the agreement's id, not by its name.
    await page.getByLabel('Överenskommelsens namn').fill(RENAMED);
    await page.getByRole('button', { name: 'Nästa' }).click();

    const end = page.getByLabel('Gäller till och med');
    await expect(end.inputValue()).resolves.toBe('2025-12-31');
    // Dates are typed as ÅÅÅÅ-MM-DD in a text field (the page runs as en-US, where type=date shows mm/dd/yyyy).
    await expect(end.getAttribute('type')).resolves.toBe('text');
    await end.fill('2026-13-01');
    await page.getByText('2026-13-01 är inget giltigt datum.').waitFor();
    await end.fill('20261231');
    await end.blur();
    await expect(end.inputValue()).resolves.toBe('2026-12-31');
    await page.getByText('31 december 2026').waitFor();
    expect(await session.paneOverflow()).toBe(0);
    await session.sheetTabs().getByRole('tab', { name: 'Avtal', exact: true }).click();
    await maybeScreenshot(page, 'avtalsguide');
    await page.getByRole('button', { name: 'Nästa' }).click();

    const amount = page.getByLabel('Belopp per år (kr), bidrag 1');
    await expect(amount.inputValue()).resolves.toBe('1 710 000');
    await amount.fill('1800000');
    await amount.blur();
    await expect(amount.inputValue()).resolves.toBe('1 800 000');
    await page.getByLabel('Totalt per år enligt avtalet (kr)').fill('4 908 600');
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByText('2024-01-01 – 2026-12-31, förlängning 2 gånger 2 år').waitFor();
    await page.getByRole('button', { name: 'Spara avtalet' }).click();
    await page.getByText(`Avtalet "${RENAMED}" är sparat i tabellerna.`).waitFor();

    const agreements = await gridRows('Avtal');
    expect(agreements.filter((r) => r.includes(SEED000_NAME))).toHaveLength(0);
    const agreementRows = agreements.filter((r) => r.includes(RENAMED));
    expect(agreementRows).toHaveLength(1);
    expect(agreementRows[0]).toContain('2026-12-31');
    expect(agreementRows[0]).not.toContain('2025-12-31');
    const items = await gridRows('Poster');
    expect(items.filter((r) => r.includes(SEED000_NAME))).toHaveLength(0);
    const itemRows = items.filter((r) => r.includes(RENAMED));
    expect(itemRows).toHaveLength(itemRowsBefore);
    const publicContribution = itemRows.filter((r) => r.includes('Bidrag') && r.includes('Linköpings kommun'));
    expect(publicContribution).toHaveLength(1);
    expect(publicContribution[0].join('|')).toContain('1 800 000');

    await openView('Översikt');
    await page.getByLabel('År', { exact: true }).selectOption('2024');
    expect(await overviewTotals()).toBe('1 800 000 kr 3 108 600 kr 4 908 600 kr');
    // The agreement now runs through 2026 (indexed 2 % a year from 2024).
    await page.getByLabel('År', { exact: true }).selectOption('2026');
    expect(await overviewTotals()).toBe('1 872 720 kr 3 234 187 kr 5 106 907 kr');
  }, 120_000);

  it('imports two files at once with progress, shows both previews and saves both', async () => {
    // The importer's chunk is held back until the progress bar has been seen, so the check cannot race it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/import.*.js', async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.locator('#import-files').setInputFiles([
      { name: 'IOP Stadsmissionen.docx', mimeType: DOCX, buffer: fixture('documents', '000.docx') },
      { name: 'Hoppfull framtid.txt', mimeType: 'text/plain', buffer: fixture('seeds', '001.txt') },
    ]);
    await page.getByRole('progressbar').waitFor();
    await page.getByText('Läser IOP Stadsmissionen.docx').waitFor();
    await page.getByText('Fil 1 av 2').waitFor();
    await expect(page.getByRole('button', { name: 'Välj filer…' }).getAttribute('aria-disabled')).resolves.toBe('true');
    release();

    const previews = page.getByRole('article');
    await page.getByRole('heading', { name: 'Förhandsgranskning: Hoppfull framtid' }).waitFor({ timeout: 30_000 });
    await expect(previews.count()).resolves.toBe(2);
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Välj filer…' }).getAttribute('aria-disabled')).resolves.toBeNull();
    await page.getByText('IOP Stadsmissionen.docx – överenskommelse, 1 avtal').waitFor();
    await page.getByText('Hoppfull framtid.txt – överenskommelse, 1 avtal').waitFor();

    for (const preview of await previews.all()) {
      await preview.getByRole('button', { name: /^Spara ".*" i arbetsboken$/ }).click();
      await preview.getByText(/är sparat i arbetsbokens tabeller/).waitFor();
    }
    const names = (await gridRows('Avtal')).map((r) => r.join('|'));
    expect(names.filter((r) => r.includes(SEED000_NAME))).toHaveLength(1);
    expect(names.filter((r) => r.includes('Hoppfull framtid'))).toHaveLength(1);
  }, 120_000);

  it('shows an AMBIGUOUS warning in a message bar together with the source text it is about', async () => {
    await pasteAndPreview(fixture('seeds', '003.md').toString('utf8'));
    // Warnings come first in the review, under "Att kontrollera", each with the field it is about.
    const toCheck = page.getByRole('region', { name: /^Att kontrollera/ });
    const warning = toCheck.locator('.fui-MessageBar').filter({ hasText: 'Posterna anges utan part.' });
    await expect(warning.count()).resolves.toBe(1);
    await warning.getByText('Källtext:').waitFor();
    const quoted = nbsp(await warning.locator('blockquote').first().innerText());
    expect(quoted).toContain('Handledare under Må bra-grupp');
    expect(quoted).toContain('212 000 kr');
    // The sections are closed (each says how many points it holds); opened, the economy shows the contribution.
    await page.getByRole('article').getByRole('group', { name: 'Ekonomi' }).evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await expect(page.getByLabel('Belopp per år (kr), bidrag 1').inputValue()).resolves.toBe('339 200');
    // 'Internationella Kvinnoföreningen i Linköping' in the party selects still fits the pane.
    expect(await session.paneOverflow()).toBe(0);
  }, 60_000);

  it('explains in Swedish why a shopping list and a broken .docx cannot be imported, writes nothing, and stays usable', async () => {
    await page.locator('#import-files').setInputFiles([
      { name: 'handla.txt', mimeType: 'text/plain', buffer: Buffer.from('Att handla\nMjölk\nÄgg, 12 st\nSmör 500 g\nKaffe, 2 paket\nBröd') },
      // Random bytes: a fixed pattern would do, but this is what a broken download looks like.
      { name: 'x.docx', mimeType: DOCX, buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)) },
    ]);
    const shopping = page.getByRole('region', { name: 'Resultat för handla.txt' });
    await shopping.getByText('handla.txt kunde inte importeras').waitFor({ timeout: 30_000 });
    await shopping.getByText('Dokumentet verkar inte vara en IOP-överenskommelse, ett beslutsunderlag eller en översikt över IOP.').waitFor();
    const broken = page.getByRole('region', { name: 'Resultat för x.docx' });
    await broken.getByText('x.docx kunde inte importeras').waitFor();
    await broken.getByText('Filen heter .docx men innehållet är inte en Word-fil.').waitFor();
    await expect(page.getByRole('article').count()).resolves.toBe(0);
    await page.getByText('Arbetsboken är tom.', { exact: false }).waitFor();

    // Still usable: the next import works and saves.
    await pasteAndPreview(fixture('seeds', '001.txt').toString('utf8'));
    await page.getByRole('article').getByRole('button', { name: /^Spara ".*" i arbetsboken$/ }).click();
    await page.getByText(/är sparat i arbetsbokens tabeller/).waitFor();
    expect(await gridText('Avtal')).toContain('Hoppfull framtid');
  }, 60_000);

  it('updates the totals when another year is chosen in the overview', async () => {
    await importAndSaveSeed000();
    await openView('Översikt');
    const year = page.getByLabel('År', { exact: true });
    await year.selectOption('2024');
    expect(await overviewTotals()).toBe('1 710 000 kr 3 108 600 kr 4 818 600 kr');
    await year.selectOption('2025');
    expect(await overviewTotals()).toBe('1 744 200 kr 3 170 772 kr 4 914 972 kr');
    // The caption says which figure the table shows (FIGURE_LABELS).
    await page.getByText('Avtal för Arbetsmarknadsnämnden som löper 2025: 2025 års belopp (uppräknat och för de månader avtalet gäller)').waitFor();
    // 2027 is only reachable by an extension not recorded: nothing is counted, and the agreement is listed as
    // unknown with its reason rather than dropped.
    await year.selectOption('2027');
    expect(await overviewTotals()).toBe('0 kr 0 kr 0 kr');
    await page.getByText('Inga avtal räknas 2027.').waitFor();
    expect(nbsp(await page.getByTestId('overview-unknown').innerText())).toMatch(/Avtalsperioden slutade 2025-12-31; en förlängning som täcker 2027 är möjlig men inte registrerad/);

    await year.selectOption('2024');
    await page.getByRole('button', { name: 'Fyll i översikten' }).click();
    await page.getByText('Översikten och flerårsplanen för 2024 är ifyllda.').waitFor();
    await year.selectOption('2025');
    await page.getByRole('button', { name: 'Fyll i översikten' }).click();
    await page.getByText('Översikten och flerårsplanen för 2025 är ifyllda.').waitFor();
    expect(await gridText('Översikt')).toContain('4 914 972');
  }, 90_000);

  it('has no serious or critical axe violations with an import preview, its warnings and a wrongly typed date', async () => {
    await pasteAndPreview(fixture('seeds', '003.md').toString('utf8'));
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The preview is not saved: leaving the view asks first.
    await page.getByRole('tablist', { name: 'Vyer i IOP-avtal' }).getByRole('tab', { name: 'Avtalsguide' }).click();
    await page.getByRole('dialog', { name: 'Lämna Importera?' }).getByRole('button', { name: 'Lämna utan att spara' }).click();
    await page.getByRole('heading', { name: 'Avtalsguide', level: 2 }).waitFor();
    await page.getByLabel('Överenskommelsens namn').fill('Axe-avtal');
    await page.getByLabel('Namn, part 1').fill('Linköpings kommun');
    await page.getByLabel('Namn, part 2').fill('Föreningen');
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByLabel('Gäller från och med').fill('31/12/2025');
    await page.getByLabel('Gäller från och med').blur();
    await page.getByText('Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2025-01-01.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 60_000);
});
