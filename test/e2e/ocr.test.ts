import * as path from 'path';
import { ROOT, chromiumMissingReason } from './harness';
import { previewSession } from './previewSession';
import { requires } from '../requirements';

/**
 * A scanned agreement in the pane at 350 px: the import worker renders the image-only PDF with pdf.js on an
 * OffscreenCanvas and reads it with tesseract.js in a worker of its own (files from the add-in's origin only:
 * the session fails on any request that leaves the loopback server), shows per-page progress, and the review
 * lists the OCR warnings first. The page's own timers keep running meanwhile.
 */
const skip = chromiumMissingReason();
const describeBrowser = skip ? describe.skip : describe;
if (skip) console.warn(skip);

const N15 = path.resolve(ROOT, '../shared/corpus/docs/n15_skannad-overenskommelse.pdf');
/** The goal for the longest timer gap while a scan is read; the bound leaves room for a loaded machine (as importWorker.test.ts). */
const GAP_GOAL_MS = 200;
const GAP_BOUND_MS = 400;

describeBrowser('a scanned agreement imported in the pane', () => {
  const session = previewSession();

  requires('shared').it(
    'reads n15 by OCR with per-page progress, OCR warnings first in the review, the page responsive',
    async () => {
      const { page } = session;
      await page.setViewportSize({ width: 350, height: 900 });
      await page.locator('#import-files').setInputFiles(N15);
      await page.getByRole('progressbar').waitFor();
      // The longest gap between the ticks of a 50 ms timer on the page while the progress bar is shown.
      await page.evaluate(() => {
        const w = window as unknown as { gap: number; ticks: number };
        w.gap = 0;
        w.ticks = 0;
        let last = performance.now();
        const timer = setInterval(() => {
          const now = performance.now();
          if (!document.querySelector('[role=progressbar]')) {
            clearInterval(timer);
            return;
          }
          w.gap = Math.max(w.gap, now - last);
          w.ticks++;
          last = now;
        }, 50);
      });
      await page.getByText('Läser sida 1 av 1 …').waitFor({ timeout: 60_000 });
      const review = page.getByRole('article').first();
      await review.waitFor({ timeout: 150_000 });
      const { gap, ticks } = await page.evaluate(() => {
        const w = window as unknown as { gap: number; ticks: number };
        return { gap: w.gap, ticks: w.ticks };
      });
      console.log(`OCR i panelen: längsta uppehåll för en 50 ms-timer under läsningen ${Math.round(gap)} ms (mål < ${GAP_GOAL_MS} ms), ${ticks} tick`);
      expect(ticks).toBeGreaterThan(10);
      expect(gap).toBeLessThan(GAP_BOUND_MS);

      await page.getByRole('heading', { name: 'Förhandsgranskning: Frukost och gemenskap' }).waitFor();
      await page.getByText(/Dokumentet är skannat och lästes med OCR \(sida 1\)/).waitFor();
      const check = review.getByRole('region', { name: /Att kontrollera/ });
      const bars = await check.locator('.fui-MessageBar').allInnerTexts();
      const ocr = bars.filter((t) => /läst med OCR/.test(t));
      expect(ocr.length).toBeGreaterThanOrEqual(10);
      // Every OCR warning before any other warning.
      expect(bars.slice(0, ocr.length).every((t) => /läst med OCR/.test(t))).toBe(true);
      for (const value of ['212000-2627', '802488-0943', '2025-01-01', '2026-12-31', '310 000 kr', '190 000 kr', '500 000 kr']) {
        expect(ocr.some((t) => t.replace(/[\u00a0\u202f]/g, ' ').includes(value))).toBe(true);
      }
      // The source text of each field says how it was read (in its section, closed until opened).
      await review.getByRole('group', { name: 'Parter' }).evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await review.getByText('(läst med OCR ur en skannad bild)').first().waitFor();
    },
    240_000,
  );
});
