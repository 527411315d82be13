import { spawnSync } from 'child_process';
import { join, resolve } from 'path';
import { CANVAS_MISSING, nodeOcrSupport } from '../../../src/import/ocr/nodeSupport';
import { ensureCliBuilt, ROOT } from '../../cli/builtCli';
import { requires } from '../../requirements';

/**
 * Scanned agreements through the built CLI, as a user runs it: `iop import` renders the image-only PDF's pages
 * with pdf.js on @napi-rs/canvas (an optional dependency) and reads them with tesseract.js. Under CI the
 * optional package must be there (`npm ci` installs it): its absence fails these tests instead of skipping them.
 */
const canvasMissing = (() => {
  try {
    require.resolve('@napi-rs/canvas');
    return null;
  } catch {
    return '@napi-rs/canvas (valfritt beroende) saknas: OCR-testerna av skannade PDF-filer hoppas över.';
  }
})();
if (canvasMissing && process.env.CI) throw new Error(`${canvasMissing} I CI ska npm ci installera det.`);
if (canvasMissing) console.warn(canvasMissing);
const describeScans = canvasMissing ? describe.skip : describe;

const N15 = resolve(ROOT, '../shared/corpus/docs/n15_skannad-overenskommelse.pdf');
const OWN = join(ROOT, 'test/fixtures/scans/vagen-in.pdf');

interface Json {
  documentKind: string;
  agreements: {
    name: string;
    parties: { name: string; orgNumber: string | null; sector: string }[];
    validity: { start: string | null; end: string | null; extension: { years: number; times: number | null } | null };
    contributions: { party: string; annualAmount: number }[];
    costItems: { party: string; annualAmount: number }[];
    annualTotal: number | null;
    warnings: { code: string; field?: string; message: string }[];
    provenance: { field: string; method?: string; page?: number }[];
  }[];
  warnings: { code: string; message: string }[];
}

function importJson(file: string): { code: number | null; json: Json | null; stderr: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/iop.js'), 'import', '--json', '--provenance', file], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
  return { code: run.status, json: run.status === 0 ? (JSON.parse(run.stdout) as Json) : null, stderr: run.stderr };
}

/** Each value a warning field names: OCR warns on every one of them. */
const warned = (a: Json['agreements'][0], code: string) => new Set(a.warnings.filter((w) => w.code === code).map((w) => w.field));

describeScans('scanned agreements read by OCR in the CLI', () => {
  beforeAll(() => ensureCliBuilt(), 120_000);

  requires('shared').it(
    'reads the corpus’s scanned n15 (image only, 157 dpi, skewed, noisy): parties, org numbers, dates and amounts, each warned',
    () => {
      // The corpus entry expects exit 2 and "No OCR is expected"; with OCR, the fields the scan shows.
      const { code, json, stderr } = importJson(N15);
      expect(stderr).not.toMatch(/diacritics|Error|at /);
      expect(code).toBe(0);
      expect(json!.documentKind).toBe('agreement');
      expect(json!.warnings[0]).toMatchObject({ code: 'OCR', message: expect.stringMatching(/skannat och lästes med OCR \(sida 1\)/) });
      const [a] = json!.agreements;
      expect(a.name).toBe('Frukost och gemenskap');
      expect(a.parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
        ['Umeå kommun', '212000-2627', 'public'],
        ['Föreningen Frukostklubben Umeå', '802488-0943', 'civil'],
      ]);
      expect(a.validity).toMatchObject({ start: '2025-01-01', end: '2026-12-31', extension: { years: 1, times: null } });
      expect(a.contributions).toEqual([
        { party: 'Umeå kommun', annualAmount: 310_000 },
        { party: 'Föreningen Frukostklubben Umeå', annualAmount: 190_000 },
      ]);
      expect(a.annualTotal).toBe(500_000);
      const ocr = warned(a, 'OCR');
      for (const field of ['name', 'parties[0].name', 'parties[0].orgNumber', 'parties[1].name', 'parties[1].orgNumber', 'validity.start', 'validity.end', 'contributions[0].annualAmount', 'contributions[1].annualAmount', 'annualTotal']) {
        expect(ocr).toContain(field);
      }
      // The OCR warnings come first, and every source snippet says how and where it was read.
      expect(a.warnings.slice(0, ocr.size).every((w) => w.code === 'OCR')).toBe(true);
      expect(a.provenance.length).toBeGreaterThan(0);
      expect(a.provenance.every((p) => p.method === 'ocr' && p.page === 1)).toBe(true);
    },
    180_000,
  );

  it(
    'reads a scan of a Word agreement (150 dpi, 0.5°, noise, economy table): every amount right or warned',
    () => {
      const { code, json } = importJson(OWN);
      expect(code).toBe(0);
      const [a] = json!.agreements;
      // The document's amounts: the parties' items, their sums and the total.
      const right = new Map<string, number>([
        ['annualTotal', 625_500],
        ['public', 349_000],
        ['civil', 276_500],
      ]);
      const amountWarnings = (field: string) => a.warnings.filter((w) => w.field?.startsWith(field) && w.code !== 'OCR');
      const check = (field: string, value: number | null, expected: number) => {
        // Right, or a warning beyond the OCR one says the reading is in doubt (never a silent wrong amount).
        if (value !== expected) expect(amountWarnings(field.replace(/\[\d+\].*/, '')).length + amountWarnings(field).length).toBeGreaterThan(0);
      };
      check('annualTotal', a.annualTotal, right.get('annualTotal')!);
      const sideOf = (party: string) => a.parties.find((p) => p.name === party)?.sector;
      a.contributions.forEach((c, i) => check(`contributions[${i}].annualAmount`, c.annualAmount, right.get(sideOf(c.party) === 'public' ? 'public' : 'civil')!));
      const items = [265_000, 84_000, 240_000, 36_500];
      a.costItems.forEach((c, i) => {
        if (!items.includes(c.annualAmount)) expect(amountWarnings('costItems').length).toBeGreaterThan(0);
        expect(warned(a, 'OCR')).toContain(`costItems[${i}].annualAmount`);
      });
      // Every amount the import gives carries its OCR warning.
      a.contributions.forEach((_, i) => expect(warned(a, 'OCR')).toContain(`contributions[${i}].annualAmount`));
      if (a.annualTotal !== null) expect(warned(a, 'OCR')).toContain('annualTotal');
      expect(a.parties.map((p) => p.orgNumber)).toEqual(['212000-2411', '802477-4419']);
      expect(a.validity).toMatchObject({ start: '2026-01-01', end: '2027-12-31' });
    },
    180_000,
  );
});

describe('OCR support in Node without the optional canvas package', () => {
  it('says what is missing and what to do when a scanned PDF page must be rendered', () => {
    const support = nodeOcrSupport(() => null);
    expect(() => support.canvas(100, 100)).toThrow(CANVAS_MISSING);
    expect(CANVAS_MISSING).toMatch(/npm install @napi-rs\/canvas/);
  });
});
