import { chromiumMissingReason, maybeScreenshot, seriousAxeViolations } from './harness';
import { nbsp, previewSession } from './previewSession';
import { seed000Docx } from './seedDocx';

/**
 * The task pane in a real browser: the preview page (pane + in-memory workbook) driven by playwright-core in
 * Debian's headless Chromium. Builds what it needs (see harness.ts). More user journeys are in flows.test.ts.
 */
const skip = chromiumMissingReason();
const describeBrowser = skip ? describe.skip : describe;
if (skip) console.warn(skip);

describeBrowser('the task pane in headless Chromium', () => {
  const session = previewSession();
  const { openView, gridText } = session;
  let page: typeof session.page;
  beforeEach(() => {
    page = session.page;
  });

  it('imports seed 000 as docx, shows every field with its source, saves, and fills the overview with the right numbers', async () => {
    await page.locator('#import-files').setInputFiles({
      name: 'IOP Östergötlands Stadsmission.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await seed000Docx(),
    });
    const preview = page.getByRole('article');
    await preview.getByRole('heading', { name: /Förhandsgranskning/ }).waitFor({ timeout: 30_000 });
    // The sections are closed until she opens them (each says how many points it holds): open them all.
    await preview.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await expect(preview.getByLabel('Organisationsnummer, part 1').inputValue()).resolves.toBe('212000-0449');
    await expect(preview.getByLabel('Gäller från och med').inputValue()).resolves.toBe('2024-01-01');
    await expect(preview.getByLabel('Gäller till och med').inputValue()).resolves.toBe('2025-12-31');
    // Amounts with Swedish grouping, whatever the browser's language (the page runs as en-US).
    await expect(preview.getByLabel('Belopp per år (kr), bidrag 1').inputValue()).resolves.toBe('1 710 000');
    await expect(preview.getByLabel('Totalt per år enligt avtalet (kr)').inputValue()).resolves.toBe('4 818 600');
    // Every field group carries the text it was read from.
    expect(await preview.locator('blockquote').count()).toBeGreaterThan(3);
    // The screenshot shows dates and amounts beside the text they were read from.
    await preview.getByRole('group', { name: 'Giltighet och förlängning' }).evaluate((el) => {
      // Only the pane scrolls (as in Excel), so the workbook beside it stays where it is.
      let pane = el.parentElement;
      while (pane && getComputedStyle(pane).overflowY !== 'auto') pane = pane.parentElement;
      if (pane) pane.scrollTop += el.getBoundingClientRect().top - pane.getBoundingClientRect().top - 16;
    });
    await maybeScreenshot(page, 'importera');

    await preview.getByRole('button', { name: /^Spara ".*" i arbetsboken$/ }).click();
    await preview.getByText(/är sparat i arbetsbokens tabeller/).waitFor();
    expect(await gridText('Avtal')).toContain('Östergötlands Stadsmission');

    await openView('Översikt');
    await page.getByLabel('År', { exact: true }).selectOption('2024');
    await page.getByRole('button', { name: 'Fyll i översikten' }).click();
    await page.getByText('Översikten och flerårsplanen för 2024 är ifyllda.').waitFor();
    const totals = nbsp(await page.getByTestId('overview-totals').innerText());
    expect(totals).toMatch(/1 710 000 kr\s+3 108 600 kr\s+4 818 600 kr/);
    const overview = await gridText('Översikt');
    expect(overview).toContain('4 818 600');
    expect(overview).toContain('1 710 000');
    await gridText('Flerårsplan');
    await maybeScreenshot(page, 'oversikt');
  }, 120_000);

  it('creates an agreement in the wizard, checking the org number as it is typed, and saves a row', async () => {
    await openView('Avtalsguide');
    await page.getByLabel('Överenskommelsens namn').fill('Läxhjälp i Skäggetorp');
    await page.getByLabel('Namn, part 1').fill('Linköpings kommun');
    const org1 = page.getByLabel('Organisationsnummer, part 1');
    await org1.fill('212000-0448');
    await page.getByText('Organisationsnumret 212000-0448 har fel kontrollsiffra.').waitFor();
    await org1.fill('212000-0449');
    await page.getByText('Giltigt organisationsnummer: 212000-0449').waitFor();
    await page.getByLabel('Namn, part 2').fill('Föreningen Läxhjälpen');
    await page.getByLabel('Organisationsnummer, part 2').fill('802002-4280');
    await page.getByText('Giltigt organisationsnummer: 802002-4280').waitFor();
    await page.getByRole('button', { name: 'Nästa' }).click();

    await page.getByLabel('Gäller från och med').fill('2025-01-01');
    await page.getByLabel('Gäller till och med').fill('2026-12-31');
    await page.getByRole('button', { name: 'Nästa' }).click();

    await page.getByRole('button', { name: 'Lägg till kostnadspost' }).click();
    await page.getByLabel('Benämning, post 1').fill('Samordnare');
    await page.getByLabel('Belopp per år (kr), post 1').fill('400 000');
    // The salary helper adds a cost item for the chosen party: 30 000 × 50 % × 12 × 1,3142 = 236 556 kr.
    await page.getByLabel('Part för ny post').selectOption('Föreningen Läxhjälpen');
    await page.getByLabel('Benämning för ny post').fill('Läxhjälpare');
    await page.getByLabel('Månadslön (kr)').fill('30 000');
    await page.getByLabel('Omfattning (%)').fill('50');
    await page.getByText(/Lönekostnad: 236\s556\skr per år/).waitFor();
    await page.getByRole('button', { name: 'Lägg till lönekostnad' }).click();
    await expect(page.getByLabel('Belopp per år (kr), post 2').inputValue()).resolves.toBe('236 556');
    await page.getByRole('button', { name: 'Nästa' }).click();
    // Indexation is chosen, never preset: without a choice the step does not let her on.
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByText('Indexering: välj om beloppen räknas upp', { exact: false }).waitFor();
    await page.getByRole('radio', { name: 'Ja, med avtalets egen sats' }).check();
    await page.getByLabel('Uppräkning per år (%)').fill('2');
    await page.getByRole('button', { name: 'Nästa' }).click();

    await page.getByRole('heading', { name: /Granska och spara/ }).waitFor();
    const plan = nbsp(await page.getByRole('tabpanel').getByRole('table').innerText());
    expect(plan).toMatch(/2025\s+400 000 kr\s+236 556 kr\s+636 556 kr/);
    expect(plan).toMatch(/2026\s+408 000 kr\s+241 287 kr\s+649 287 kr/);
    await page.getByRole('button', { name: 'Spara avtalet' }).click();
    await page.getByText('Avtalet "Läxhjälp i Skäggetorp" är sparat i tabellerna.').waitFor();
    const agreements = await gridText('Avtal');
    expect(agreements).toContain('Läxhjälp i Skäggetorp');
    expect(await gridText('Poster')).toContain('236 556');
  }, 120_000);

  it('blocks the next step with Swedish messages while a step has errors', async () => {
    await openView('Avtalsguide');
    await page.getByRole('button', { name: 'Nytt avtal' }).click();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByText('Rätta följande innan du går vidare:').waitFor();
    await page.getByRole('button', { name: 'Överenskommelsens namn: får inte vara tomt' }).waitFor();
    await page.getByRole('heading', { name: /Steg 1 av 5/ }).waitFor();
  }, 60_000);

  it('keeps a wizard draft when the pane is closed and opened again', async () => {
    await openView('Avtalsguide');
    await page.getByLabel('Överenskommelsens namn').fill('Utkast som ska överleva');
    await page.getByLabel('Namn, part 1').fill('Region Östergötland');
    await page.reload();
    await openView('Avtalsguide');
    await expect(page.getByLabel('Överenskommelsens namn').inputValue()).resolves.toBe('Utkast som ska överleva');
    await expect(page.getByLabel('Namn, part 1').inputValue()).resolves.toBe('Region Östergötland');
  }, 60_000);

  it('changes the settings and recalculates', async () => {
    await openView('Inställningar');
    await page.getByLabel('Indexsats (%)').fill('3');
    await page.getByLabel('PO-pålägg (%)').fill('31,42');
    await page.getByLabel('Basår').fill('2025');
    await page.getByRole('button', { name: 'Spara och räkna om' }).click();
    await page.getByText('Inställningarna är sparade och IOP-funktionerna har räknats om.').waitFor();
    const sheet = await gridText('Inställningar');
    await maybeScreenshot(page, 'installningar');
    expect(sheet).toContain('2025');
    await page.getByLabel('Indexsats (%)').fill('två');
    await page.getByRole('button', { name: 'Spara och räkna om' }).click();
    await page.getByText('Indexsats: ange procent, t.ex. 2 eller 2,5').waitFor();
  }, 60_000);

  it('works with the keyboard alone: switch views, fill a field, move through the wizard', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Avtalsguide' }).waitFor();
    const focusLabel = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.labels?.[0]?.textContent ?? el?.textContent ?? '';
      });
    for (let i = 0; i < 30 && !(await focusLabel()).startsWith('Överenskommelsens namn'); i++) await page.keyboard.press('Tab');
    expect(await focusLabel()).toMatch(/^Överenskommelsens namn/);
    await page.keyboard.type('Tangentbordsavtal');
    for (let i = 0; i < 60 && (await focusLabel()) !== 'Nästa'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Rätta följande innan du går vidare:').waitFor();
    await expect(page.getByLabel('Överenskommelsens namn').inputValue()).resolves.toBe('Tangentbordsavtal');
  }, 60_000);

  it.each(['Importera', 'Avtalsguide', 'Översikt', 'Inställningar'])('has no serious or critical axe violations in %s', async (view) => {
    await openView(view);
    await page.waitForLoadState('networkidle');
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 60_000);
});
