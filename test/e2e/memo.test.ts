import { execFileSync } from 'child_process';
import * as fs from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { ROOT, chromiumMissingReason, seriousAxeViolations } from './harness';
import { nbsp, previewSession } from './previewSession';
import { findSoffice } from '../workbook/libreoffice';
import { has } from '../requirements';

/**
 * The committee's memo from the pane: two files of three committees, the summary per committee, the choice of
 * one, and "Skapa tjänsteskrivelse" downloading a .docx that LibreOffice opens (when Writer is installed).
 */
const skip = chromiumMissingReason();
const describeBrowser = skip ? describe.skip : describe;
if (skip) console.warn(skip);

const fixture = (...parts: string[]) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', ...parts));
const soffice = findSoffice();
const writer = !skip && has('libreoffice-writer');

function docxText(file: string): string {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'iop-e2e-memo-'));
  execFileSync(soffice!, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'txt:Text (encoded):UTF8', file, '--outdir', dir], {
    stdio: 'pipe',
    timeout: 120000,
  });
  const name = fs.readdirSync(dir).find((f) => f.endsWith('.txt'))!;
  return nbsp(fs.readFileSync(path.join(dir, name), 'utf8'));
}

describeBrowser('the memo in headless Chromium', () => {
  const session = previewSession();
  const { openView } = session;

  /** Two files of three committees saved into the workbook, then the Översikt view for 2025. */
  const twoFilesInOverview = async () => {
    const page = session.page;
    await page.locator('#import-files').setInputFiles([
      { name: 'IOP Stadsmissionen.txt', mimeType: 'text/plain', buffer: fixture('seeds', '000.txt') },
      { name: 'Trygga vägar.txt', mimeType: 'text/plain', buffer: fixture('docs', 'two-committees-one-org-number.txt') },
    ]);
    const previews = page.getByRole('article');
    await page.getByRole('heading', { name: 'Förhandsgranskning: Trygga vägar' }).waitFor({ timeout: 30_000 });
    for (const preview of await previews.all()) {
      await preview.getByRole('button', { name: /^Spara ".*" i arbetsboken$/ }).click();
      await preview.getByText(/är sparat i arbetsbokens tabeller/).waitFor();
    }
    await openView('Översikt');
    await page.getByLabel('År', { exact: true }).selectOption('2025');
    await page.getByTestId('committee-row').first().waitFor();
  };

  it('merges seeds 000–004 imported together as the CLI does: six previews, and the 2021 memo counts seed 004’s five', async () => {
    const page = session.page;
    await page.locator('#import-files').setInputFiles(
      ['000.txt', '001.txt', '002.md', '003.md', '004.txt'].map((name) => ({ name, mimeType: name.endsWith('.md') ? 'text/markdown' : 'text/plain', buffer: fixture('seeds', name) })),
    );
    await page.getByRole('heading', { name: 'Granskning: 4 partnerskap i 004.txt' }).waitFor({ timeout: 60_000 });
    // 001+002+004's row are Hoppfull framtid (under 001, the agreement, as a form); 003's decision memo is 004's
    // last row; the overview's partnerships review as compact rows in its own columns.
    const headings = await page.getByRole('heading', { name: /^Förhandsgranskning: / }).allInnerTexts();
    expect(headings.map((h) => h.replace(/^Förhandsgranskning: /, ''))).toEqual([
      'IOP Östergötlands Stadsmission',
      'Hoppfull framtid',
    ]);
    const rows = await page.getByTestId('overview-review-row').allInnerTexts();
    expect(rows.map((r) => r.split('\n')[0])).toEqual(['Bro-modellen', 'Vi Ses!', 'Kompletterande språkträning', 'Inkludering på lika villkor']);
    await page.getByText('"Internationella Kvinnoföreningen i Linköping" är samma partnerskap som "Inkludering på lika villkor" i 004.txt och granskas där, sammanslaget.').waitFor();
    // The merge's line about the row, among the overview's points to check (grouped per kind, each wording once).
    await page.getByText(/nämndens översikt och beslutsunderlaget anger olika uppgifter \(värde per år 454.000 kr mot 664.800 kr/).waitFor();

    await page.getByRole('button', { name: 'Spara alla (6 osparade)' }).click();
    await page.getByText('6 av 6 avtal är sparade i arbetsboken.').waitFor({ timeout: 60_000 });
    await openView('Översikt');
    await page.getByLabel('År', { exact: true }).selectOption('2021');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Skapa tjänsteskrivelse' }).click();
    const file = await download;
    await page.getByText(/Tjänsteskrivelsen för 2021 är skapad \(5 partnerskap\)/).waitFor();
    if (writer) {
      const saved = path.join(fs.mkdtempSync(path.join(tmpdir(), 'iop-e2e-seeds-')), file.suggestedFilename());
      await file.saveAs(saved);
      const text = docxText(saved).replace(/\s+/g, ' ');
      expect(text).toContain('Inom arbetsmarknadsnämnden finns under 2021 fem idéburna offentliga partnerskap (IOP) med fem olika aktörer från det lokala civilsamhället.');
      expect(text).toMatch(/Inkludering på lika villkor Internationella Kvinnoföreningen .* 454 000 kr 230 000 kr 22\.12\.31/);
    }
  }, 240_000);

  it('has no serious or critical axe violations with several committees, the watch and the memo button', async () => {
    await twoFilesInOverview();
    await session.page.waitForLoadState('networkidle');
    expect(await seriousAxeViolations(session.page)).toEqual([]);
  }, 120_000);

  it('summarises each committee and downloads the chosen committee’s memo as a valid .docx', async () => {
    const page = session.page;
    await twoFilesInOverview();
    const rows = page.getByTestId('committee-row');
    const summary = (await rows.allInnerTexts()).map((t) => nbsp(t).replace(/\s+/g, ' ').trim());
    // 2025 is not the current year, so status is per 2025-01-01: nothing ends within six months of it.
    expect(summary).toEqual([
      'Arbetsmarknadsnämnden 1 1 744 200 kr 3 170 772 kr 0',
      'Socialnämnden 1 408 000 kr 281 010 kr 0',
      'Kultur- och fritidsnämnden 1 153 000 kr 281 010 kr 0',
    ]);

    // The watch, for the committee in the field: seed 000 ends 2025-12-31 (no months for deciding: due that day).
    const watch = async () => (await page.getByTestId('watch-row').allInnerTexts()).map((t) => nbsp(t).replace(/\s+/g, ' ').trim());
    await expect(watch()).resolves.toEqual([expect.stringMatching(/^IOP Östergötlands Stadsmission 31 december 2025 31 december 2025 Registrera beslutad förlängning$/)]);
    await page.getByLabel('Slutar inom', { exact: true }).selectOption('24');
    await expect(watch()).resolves.toHaveLength(1);

    await page.getByRole('button', { name: 'Välj Socialnämnden' }).click();
    // Trygga vägar ends 2026-06-30, within 24 months of 2025-01-01; it may be extended, so no note.
    await expect(watch()).resolves.toEqual(['Trygga vägar 30 juni 2026 30 juni 2026 Registrera beslutad förlängning']);
    await expect(page.getByRole('textbox', { name: 'Nämnd', exact: true }).inputValue()).resolves.toBe('Socialnämnden');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Skapa tjänsteskrivelse' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('IOP-uppfoljning-Socialnamnden-2025.docx');
    const saved = path.join(fs.mkdtempSync(path.join(tmpdir(), 'iop-e2e-dl-')), file.suggestedFilename());
    await file.saveAs(saved);
    await page.getByText(/Tjänsteskrivelsen för 2025 är skapad \(1 partnerskap\)/).waitFor();
    expect(fs.readFileSync(saved).subarray(0, 2).toString()).toBe('PK');

    if (writer) {
      const text = docxText(saved);
      expect(text).toContain('Uppföljning av socialnämndens idéburna offentliga partnerskap 2025');
      expect(text).toContain('Trygga vägar');
      // The year's figure, as the committee table above: 400 000 kr at the first year's level × 1,02 in 2025.
      expect(text).toContain('408 000 kr');
      expect(text).not.toContain('Östergötlands Stadsmission');
    }
  }, 180_000);
});
