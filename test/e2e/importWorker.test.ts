import * as fs from 'fs';
import * as path from 'path';
import { ROOT, chromiumMissingReason } from './harness';
import { previewSession } from './previewSession';

/**
 * The pane always answers (issue 22): documents are read in a Web Worker, the files are merged there, results come
 * back in bounded slices and long reviews are shown a part at a time, so the page's own timers keep running (the
 * IOP.* functions share this thread). Nothing here depends on how fast the machine is: the bound is the goal
 * itself, and the watch is shown to see a pause it is given.
 */
const skip = chromiumMissingReason();
const describeBrowser = skip ? describe.skip : describe;
if (skip) console.warn(skip);

const seed = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'seeds', '000.txt'), 'utf8');

/** A seed agreement grown to `bytes` with prose and table rows: 1.95 MB is just under the text cap of 2 million characters. */
function bigDocument(bytes: number): Buffer {
  const rows: string[] = [];
  let size = Buffer.byteLength(seed) + 20;
  for (let i = 0; size < bytes; i++) {
    const line = i % 2 ? `Insats ${i} för deltagarna i verksamheten\t${(i % 900) + 100} 000 kr` : `Verksamheten beskrivs i bilaga ${i} och följs upp varje år av båda parterna.`;
    rows.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return Buffer.from(`${seed}\n\n## Bilaga\n\n${rows.join('\n')}\n`);
}

/** Seed 000 with `rows` more rows in its economy table (8 000: about 190 KB, thousands of cost items). */
function longTable(rows: number): Buffer {
  const lines = seed.split('\n');
  const at = lines.findIndex((l) => l.startsWith('Arbetskläder och -utrustning'));
  const extra = Array.from({ length: rows }, (_, k) => `Insats nummer ${k + 1}\t${(k % 90) + 10} 000 kr`);
  return Buffer.from([...lines.slice(0, at + 1), ...extra, ...lines.slice(at + 1)].join('\n'));
}

/** The goal: no pause of the page's thread over this while a document is imported and its review shown. */
const PAUSE_GOAL_MS = 200;

/** The timer's longest gap, its ticks, and the longest task the page's thread ran (PerformanceObserver "longtask"). */
type Gaps = { longest: number; ticks: number; task: number };

describeBrowser('the pane answers while documents are imported', () => {
  const session = previewSession();

  /**
   * From now on: a 20 ms interval on the page recording the longest gap between two of its ticks, and the longest
   * task of the page's thread. The gap also grows when the machine does not run the browser at all (two cores
   * shared with other work); the task is the page's own work, so the goal is asserted on it and both are printed.
   */
  const watchGaps = () =>
    session.page.evaluate(() => {
      const w = window as unknown as { gaps: Gaps };
      w.gaps = { longest: 0, ticks: 0, task: 0 };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.gaps.task = Math.max(w.gaps.task, e.duration);
      }).observe({ type: 'longtask' });
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.gaps.longest = Math.max(w.gaps.longest, now - last);
        w.gaps.ticks++;
        last = now;
      }, 20);
    });
  const gaps = () => session.page.evaluate(() => (window as unknown as { gaps: Gaps }).gaps);
  /** Waits until the timer has ticked `n` more times: everything queued before has run. */
  const settle = async (n = 10) => {
    const from = (await gaps()).ticks;
    await session.page.waitForFunction((t) => (window as unknown as { gaps: Gaps }).gaps.ticks >= t, from + n);
  };

  /** Imports one file; the longest pause from the start of the read until its review is shown and settled. */
  const longestPause = async (name: string, buffer: Buffer) => {
    const { page } = session;
    await page.locator('#import-files').setInputFiles({ name, mimeType: 'text/plain', buffer });
    // From the moment the read has begun: handing the file to the page is the test's own work.
    await page.getByRole('progressbar').waitFor();
    await watchGaps();
    await page.getByRole('list', { name: 'Importerade filer' }).getByText(new RegExp(`^${name.replace('.', '\\.')} – `)).waitFor({ timeout: 120_000 });
    await page.getByRole('article').first().getByRole('heading', { name: /^Förhandsgranskning: / }).waitFor({ timeout: 60_000 });
    await settle();
    return { ...(await gaps()), kb: Math.round(buffer.byteLength / 1024) };
  };

  it('keeps every task of the page\'s thread under 200 ms for an 8 000-row table and a 2 MB agreement', async () => {
    const table = await longestPause('tabell-8000.txt', longTable(8000));
    console.log(`8 000 tabellrader (${table.kb} KB): längsta uppgift i sidans tråd ${Math.round(table.task)} ms (mål < ${PAUSE_GOAL_MS} ms), längsta uppehåll för en 20 ms-timer ${Math.round(table.longest)} ms, ${table.ticks} tick`);
    // Thousands of cost items are shown a part at a time.
    await session.page.getByRole('article').getByRole('group', { name: 'Ekonomi' }).evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await session.page.getByText(/^20 av 8\s00\d kostnadsposter visas/).waitFor();
    await session.page.reload();
    await session.page.getByRole('tab', { name: 'Importera' }).waitFor();
    const big = await longestPause('stor.txt', bigDocument(1_950_000));
    console.log(`2 MB avtal (${big.kb} KB): längsta uppgift i sidans tråd ${Math.round(big.task)} ms (mål < ${PAUSE_GOAL_MS} ms), längsta uppehåll för en 20 ms-timer ${Math.round(big.longest)} ms, ${big.ticks} tick`);
    expect(table.task).toBeLessThan(PAUSE_GOAL_MS);
    expect(big.task).toBeLessThan(PAUSE_GOAL_MS);
  }, 300_000);

  it('measures what it claims: a pause made on the page is seen', async () => {
    await watchGaps();
    await settle(3);
    // A task of the page's own (a timer's), as the pane's work would be.
    await session.page.evaluate(() => {
      setTimeout(() => {
        const start = performance.now();
        while (performance.now() - start < 300) {
          // the page's thread is busy: no timer can run
        }
      }, 0);
    });
    await settle(3);
    const seen = await gaps();
    expect(seen.longest).toBeGreaterThanOrEqual(300);
    expect(seen.task).toBeGreaterThanOrEqual(300);
  }, 60_000);

  it('reads in a Web Worker: the page never loads the in-thread importer', async () => {
    const { page } = session;
    await page.locator('#import-files').setInputFiles({ name: 'avtal.txt', mimeType: 'text/plain', buffer: Buffer.from(seed) });
    await page.getByRole('article').first().getByRole('heading', { name: /^Förhandsgranskning: / }).waitFor({ timeout: 60_000 });
    // Which modules a scope has evaluated: every chunk a scope loads registers its modules in webpack's chunk array of
    // that scope. (A chunk's file name says nothing: webpack may give the worker's share of modules the name of the
    // page's lazy chunk, and the worker's requests reach the page's request log too.)
    const importerIn = (scope: { evaluate<T>(f: () => T): Promise<T> }) =>
      scope.evaluate(() =>
        ((self as unknown as Record<string, [unknown, Record<string, unknown>?][]>).webpackChunkiop_excel ?? []).some(
          (entry) => !!entry[1] && './src/import/index.ts' in entry[1],
        ),
      );
    expect(await importerIn(page)).toBe(false);
    // The same check finds the importer where it runs.
    const inWorkers = await Promise.all(page.workers().map((w) => importerIn(w)));
    expect(inWorkers).toContain(true);
  }, 120_000);

  it('stops a read when the user cancels, and the next import works', async () => {
    const { page } = session;
    await page.locator('#import-files').setInputFiles([
      { name: 'stor.txt', mimeType: 'text/plain', buffer: bigDocument(1_950_000) },
      { name: 'nästa.txt', mimeType: 'text/plain', buffer: Buffer.from(seed) },
    ]);
    await page.getByText('Läser stor.txt').waitFor();
    await page.getByRole('button', { name: 'Avbryt importen' }).click();
    await page.getByRole('region', { name: 'Resultat för stor.txt' }).getByText('Importen avbröts.').waitFor({ timeout: 60_000 });
    // The file after it was not read either, and nothing was previewed.
    await page.getByRole('region', { name: 'Resultat för nästa.txt' }).getByText('Importen avbröts.').waitFor();
    await expect(page.getByRole('article').count()).resolves.toBe(0);
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
    // A fresh worker reads the next file.
    await page.locator('#import-files').setInputFiles({ name: 'nästa.txt', mimeType: 'text/plain', buffer: Buffer.from(seed) });
    await page.getByRole('article').first().waitFor({ timeout: 60_000 });
  }, 120_000);
});
