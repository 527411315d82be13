import { readFileSync } from 'fs';
import { join } from 'path';
import type { Agreement } from '../../src/domain/agreement';
import { contributionOf } from '../../src/domain/contributions';
import { buildSchedule } from '../../src/domain/schedule';
import { defaultSettings } from '../../src/domain/settings';
import { agreementYear, reportFor } from '../../src/domain/yearReport';
import { IOP, andelAvAr, bidrag, giltigTill, index, lon, orgnr, summa, timkostnad } from '../../src/functions/functions';
import { FunctionError } from '../../src/functions/functionError';
import { initialFunctionSettings, setFunctionSettings } from '../../src/functions/settingsStore';
import { importText } from '../../src/import';
import { buildWorkbookPlan } from '../../src/workbook';
import { mergeSameAgreement, type FoundAgreement } from '../../src/workbook/mergeDocuments';
import { ITEM_COLUMNS, PARTY_TABLE, TABLES, YEAR_AMOUNT_TABLE } from '../../src/workbook/names';

function errorOf(call: () => unknown): FunctionError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(FunctionError);
    return e as FunctionError;
  }
  throw new Error('expected an Excel error, got a value');
}

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2024, indexRate: 0.02, socialFeeRate: 0.3142 };
beforeEach(() => setFunctionSettings(settings));
afterAll(() => setFunctionSettings(initialFunctionSettings()));

describe('IOP.INDEX and IOP.SUMMA', () => {
  it('index an amount with explicit base year and rate', () => {
    expect(index(1_710_000, 2026, 2024, 0.02)).toBe(1_779_084);
    expect(index(1_000_000, 2024, 2024, 0.02)).toBe(1_000_000);
    expect(summa(1_710_000, 2024, 2025, 2024, 0.02)).toBe(1_710_000 + 1_744_200);
  });

  it('take base year and rate from the workbook settings when left out (Excel passes null)', () => {
    expect(index(1_710_000, 2026, null as unknown as number, null as unknown as number)).toBe(1_779_084);
    expect(index(1_710_000, 2026)).toBe(1_779_084);
    setFunctionSettings({ ...settings, baseYear: 2025, indexRate: 0.03 });
    expect(index(1_000_000, 2026)).toBe(1_030_000);
    expect(summa(1_000_000, 2025, 2026)).toBe(2_030_000);
  });

  it('return #VALUE! with a Swedish message for bad input, never a number', () => {
    expect(errorOf(() => index(-5, 2025, 2024, 0.02))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/negativt/) });
    expect(errorOf(() => index('abc' as unknown as number, 2025))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/tal/) });
    expect(errorOf(() => index(100, 2025.5))).toMatchObject({ code: '#VALUE!' });
    expect(errorOf(() => index(100, 2025, 2024, 2))).toMatchObject({ message: expect.stringMatching(/procent/) });
    expect(errorOf(() => index(Number.POSITIVE_INFINITY, 2025))).toMatchObject({ code: '#VALUE!' });
    expect(errorOf(() => summa(100, 2026, 2024))).toMatchObject({ message: expect.stringMatching(/före/) });
    expect(errorOf(() => summa(1e13, 1900, 2100, 1900, 0.99))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/mer än taket 100\s000\s000\s000 kr per år/) });
    expect(errorOf(() => index(1e13, 9999, 1900, 0.99))).toMatchObject({ code: '#VALUE!' });
  });

  it('keep every yearly figure within the range for money (10^11 kr): an amount, a product, an indexed year', () => {
    const ceiling = /mer än taket 100\s000\s000\s000 kr per år/;
    expect(index(100_000_000_000, 2024, 2024, 0.02)).toBe(100_000_000_000);
    expect(errorOf(() => index(100_000_000_001, 2024, 2024, 0.02))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(ceiling) });
    // Each factor within range, the product not: 1 800 timmar à 99 999 999 999 kr.
    expect(errorOf(() => timkostnad(1800, 99_999_999_999))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(ceiling) });
    expect(errorOf(() => timkostnad(1800, Number('99999999999999999999')))).toMatchObject({ code: '#VALUE!' });
    // 9 007 199 254 740 993 is not even a double: never a number that lost its last digit.
    expect(errorOf(() => index(Number('9007199254740993'), 2024, 2024, 0))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(ceiling) });
    // 0,99 a year from 1900: refused before a 48 000-digit power is taken, both ways round the base year.
    expect(errorOf(() => index(1_000_000, 2024, 1900, 0.99))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/Uppräknat till 2024.*mer än taket/) });
    expect(errorOf(() => index(1_000_000, 1900, 2024, -0.99))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(ceiling) });
    // With a step month the same: the year is refused, never a figure above the ceiling.
    expect(errorOf(() => index(60_000_000_000, 2025, 2024, 0.99, 2))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/Uppräknat till 2025.*mer än taket/) });
    expect(errorOf(() => index(1_000_000, 9999, 1900, 0.99, 2))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/belopp med \d+ siffror, mer än taket/) });
    expect(errorOf(() => lon(1e300, 1))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(ceiling) });
    expect(errorOf(() => bidrag([['Avtals-id', 'Typ', 'Part', 'Sektor', 'Belopp/år'], ['a', 'Bidrag', 'Kommunen', 'Offentlig', 1e300]], 'Kommunen'))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(ceiling) });
    const half = ['a', 'Bidrag', 'Kommunen', 'Offentlig', 60_000_000_000];
    expect(errorOf(() => bidrag([['Avtals-id', 'Typ', 'Part', 'Sektor', 'Belopp/år'], half, ['b', ...half.slice(1)]], 'Offentlig'))).toMatchObject({ message: expect.stringMatching(/Summan.*mer än taket/) });
  });
});

describe('IOP.INDEX and IOP.SUMMA with a step month (uppräkningsmånad)', () => {
  it('count a whole year as an agreement stepping up each February does: January at the old level', () => {
    expect(index(120_000, 2026, 2025, 0.02, 2)).toBe(10_000 + 11 * 10_200);
    expect(index(120_000, 2025, 2025, 0.02, 2)).toBe(120_000); // never below the base level
    expect(summa(120_000, 2025, 2026, 2025, 0.02, 2)).toBe(242_200); // the README's example
    expect(summa(120_000, 2025, 2027, 2025, 0.02, 2)).toBe(120_000 + 122_200 + index(120_000, 2027, 2025, 0.02, 2));
    // The domain's schedule of such an agreement gives the same figure for each whole year.
    const feb: Agreement = {
      name: 'Feb', parties: [{ name: 'K', orgNumber: null, sector: 'public', unit: null }], targetGroup: null, purpose: null, places: null,
      validity: { start: '2025-01-01', end: '2029-12-31', extension: null }, indexation: { rate: 0.02, baseYear: 2025, stepMonth: 2 },
      costItems: [], contributions: [{ party: 'K', annualAmount: 120_000 }], annualTotal: null,
    };
    for (const y of buildSchedule(feb).years) expect(index(120_000, y.year, 2025, 0.02, 2)).toBe(y.public);
  });

  it('step month 1 is per calendar year; left out, the documented formula is kept (before the base year too)', () => {
    expect(index(1_710_000, 2026, 2024, 0.02, 1)).toBe(index(1_710_000, 2026, 2024, 0.02));
    expect(summa(1_710_000, 2024, 2026, 2024, 0.02, 1)).toBe(summa(1_710_000, 2024, 2026, 2024, 0.02));
    expect(index(1_000, 2020, 2024, 0.02)).toBe(924);
    expect(index(1_000, 2020, 2024, 0.02, 1)).toBe(1_000);
  });

  it('refuse a step month outside 1–12 and a range summa refuses without one', () => {
    for (const bad of [0, 13, 1.5, 'juli']) expect(errorOf(() => index(100, 2025, 2024, 0.02, bad as number))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/Uppräkningsmånaden/) });
    expect(errorOf(() => summa(100, 2026, 2024, 2024, 0.02, 7))).toMatchObject({ message: expect.stringMatching(/före/) });
    expect(errorOf(() => summa(100, 1900, 2200, 1900, 0.02, 7))).toMatchObject({ message: expect.stringMatching(/200 år/) });
  });
});

describe('IOP.ANDEL_AV_AR and IOP.GILTIG_TILL', () => {
  it('accept Excel serial dates and ISO text', () => {
    expect(andelAvAr('2024-07-01', '2026-06-30', 2024)).toBe(0.5);
    expect(andelAvAr(45474, 46203, 2025)).toBe(1); // 2024-07-01 … 2026-06-30
    expect(andelAvAr('2024-07-01', '2026-06-30', 2030)).toBe(0);
  });

  it('give the last day with all extensions as an Excel date', () => {
    expect(giltigTill('2025-12-31', 2, 2)).toBe(47483); // 2029-12-31
    expect(giltigTill(46022, 1, 0)).toBe(46022);
  });

  it('refuse end before start, bad dates and negative extensions', () => {
    expect(errorOf(() => andelAvAr('2025-01-01', '2024-01-01', 2024))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/före/) });
    expect(errorOf(() => andelAvAr('1 juli', '2024-12-31', 2024))).toMatchObject({ message: expect.stringMatching(/datum/) });
    expect(errorOf(() => andelAvAr('2023-02-29', '2024-12-31', 2024))).toMatchObject({ code: '#VALUE!' });
    expect(errorOf(() => giltigTill('2025-12-31', -2, 2))).toMatchObject({ code: '#VALUE!' });
    expect(errorOf(() => giltigTill('9999-12-31', 1, 1))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/9999/) });
  });
});

describe('IOP.LON, IOP.TIMKOSTNAD, IOP.ORGNR', () => {
  it('compute salary cost with the settings social-fee rate by default', () => {
    expect(lon(30_000, 1)).toBe(473_112);
    expect(lon(27_000, 0.2, 12, 0)).toBe(64_800);
    setFunctionSettings(initialFunctionSettings()); // no workbook settings read: no fees assumed
    expect(lon(30_000, 1)).toBe(360_000);
    expect(lon(30_000, 0.5, 6)).toBe(90_000);
    expect(timkostnad(800, 265)).toBe(212_000);
  });

  it('canonicalise and check org numbers', () => {
    expect(orgnr('2120000449')).toBe('212000-0449');
    expect(orgnr(8220010022 as unknown as string)).toBe('822001-0022');
    expect(errorOf(() => orgnr('212000-0448'))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/kontrollsiffra/) });
    expect(errorOf(() => orgnr(''))).toMatchObject({ code: '#VALUE!' });
  });
});

describe('IOP.BIDRAG over the IOP_Poster table', () => {
  const header = [...ITEM_COLUMNS];
  const row = (id: string, type: string, party: string, sector: string, label: string, amount: number | null) => [id, 'Avtal ' + id, type, party, sector, label, amount, null, null, null];
  const rows = [
    header,
    row('a', 'Kostnadspost', 'Linköpings kommun', 'Offentlig', 'Handläggare', 1_710_000),
    row('a', 'Kostnadspost', 'Stadsmissionen', 'Idéburen', 'Yrkescoacher', 1_750_000),
    row('a', 'Kostnadspost', 'Stadsmissionen', 'Idéburen', 'Lokaler', 180_000),
    row('b', 'Kostnadspost', 'Linköpings kommun', 'Offentlig', 'Handledare', 212_000),
    row('b', 'Bidrag', 'Linköpings kommun', 'Offentlig', 'Kommunens del', 339_200),
  ];

  it("sums a party's contributions, preferring stated contributions per agreement", () => {
    expect(bidrag(rows, 'Linköpings kommun')).toBe(1_710_000 + 339_200);
    expect(bidrag(rows, 'stadsmissionen')).toBe(1_930_000);
    expect(bidrag(rows, 'Idéburen')).toBe(1_930_000);
    expect(bidrag(rows.slice(1), 'Offentlig')).toBe(2_049_200); // data rows only, fixed column order
  });

  it('indexes to a year with the settings', () => {
    expect(bidrag(rows, 'Stadsmissionen', 2025)).toBe(1_968_600);
  });

  it('says #N/A for an unknown party and #VALUE! for a bad amount', () => {
    expect(errorOf(() => bidrag(rows, 'Röda Korset'))).toMatchObject({ code: '#N/A' });
    expect(errorOf(() => bidrag([header, row('a', 'Kostnadspost', 'X', 'Idéburen', 'L', 'tio' as unknown as number)], 'X'))).toMatchObject({ code: '#VALUE!' });
    expect(errorOf(() => bidrag([['a', 'b']], 'X'))).toMatchObject({ code: '#VALUE!' });
  });
});

describe('IOP.BIDRAG with the agreements’ table: the figure the domain gives', () => {
  const dir = join(__dirname, '../fixtures/seeds');
  const found: FoundAgreement[] = ['000.txt', '001.txt', '002.md', '003.md', '004.txt'].flatMap((file) => {
    const r = importText(readFileSync(join(dir, file), 'utf8'), file);
    return r.agreements.map((agreement) => ({ agreement, kind: r.documentKind, source: file }));
  });
  const seeds = mergeSameAgreement(found);
  const AN = 'Arbetsmarknadsnämnden';

  /** The tables as Excel passes `IOP_Avtal[#Alla]` …: the header row, then the cells' values (dates as serials). */
  function tables(agreements: readonly Agreement[]) {
    const plan = buildWorkbookPlan(agreements, defaultSettings(), { year: 2021, committee: AN, today: new Date(2021, 2, 1) });
    const range = (name: string) => {
      for (const sheet of plan.sheets) {
        const t = sheet.tables.find((x) => x.name === name);
        if (t) return sheet.cells.slice(t.row, t.row + t.rowCount + 1).map((r) => r.slice(t.column, t.column + t.columns.length).map((c) => c?.value ?? ''));
      }
      throw new Error(name);
    };
    return { avtal: range(TABLES.agreements), parter: range(PARTY_TABLE), poster: range(TABLES.items), belopp: range(YEAR_AMOUNT_TABLE) };
  }
  const call = (t: ReturnType<typeof tables>, who: string, year?: number) => bidrag(t.poster, who, year ?? (null as unknown as number), t.avtal, t.parter, t.belopp);

  it('gives Bro-modellen’s civil side its share of the stated total when the split is unknown (641 200 kr), not 0', async () => {
    const bro = seeds.find((a) => a.name === 'Bro-modellen')!;
    const t = tables([bro]);
    await expect(call(t, 'Idéburen')).resolves.toBe(641_200);
    await expect(call(t, 'Idéburen', 2021)).resolves.toBe(agreementYear(bro, AN, 2021).inYear!.civil);
    await expect(call(t, 'Offentlig', 2021)).resolves.toBe(1_150_000);
    await expect(call(t, 'Idéburen', 2025)).resolves.toBe(0); // ended 2023
    // The items alone cannot know the remainder: the old form says the side has no rows rather than 0 kr.
    expect(errorOf(() => bidrag(t.poster, 'Idéburen'))).toMatchObject({ code: '#N/A' });
  });

  it('sums every agreement as the committee’s year does: seed 004’s 2021 civil side, first-year level and year', async () => {
    const t = tables(seeds);
    const report = reportFor(seeds, AN, 2021);
    await expect(call(t, 'Idéburen', 2021)).resolves.toBe(report.totals.inYear.civil);
    expect(report.totals.inYear.civil).toBe(3_004_326); // the README's example: 6 379 326 − 3 375 000
    await expect(call(t, 'Offentlig', 2021)).resolves.toBe(report.totals.inYear.public);
    await expect(call(t, 'Idéburen')).resolves.toBe(seeds.reduce((s, a) => s + contributionOf(a, 'civil'), 0));
    // Seed 000's civil party in its second calendar year (× 1,02), by name in any case.
    await expect(call(t, 'östergötlands stadsmission', 2025)).resolves.toBe(3_170_772);
    // Data rows without their headers (IOP_Avtal rather than IOP_Avtal[#Alla]) read the same.
    const bare = { avtal: t.avtal.slice(1), parter: t.parter.slice(1), poster: t.poster.slice(1), belopp: t.belopp.slice(1) };
    await expect(call(bare, 'Idéburen', 2021)).resolves.toBe(report.totals.inYear.civil);
  });

  it('says a party whose amount is not stated, an unknown year and a missing party table, never a number', async () => {
    const t = tables(seeds);
    await expect(call(t, 'Bilda')).rejects.toMatchObject({ code: '#N/A', message: expect.stringMatching(/Bro-modellen: Bildas belopp anges inte; det ingår i "Idéburen part \(ej fördelat\)" \(641\s200 kr per år\)/) });
    await expect(call(t, 'Röda Korset, Uppsala')).rejects.toMatchObject({ code: '#N/A' });
    // Seed 003 alone states a start and no end: whether it runs in 2025 is unknown.
    const only003 = tables(mergeSameAgreement(found.filter((f) => f.source === '003.md')));
    await expect(call(only003, 'Idéburen', 2025)).rejects.toMatchObject({ code: '#N/A', message: expect.stringMatching(/^Okänt om .* gäller 2025: Slutdatum saknas/) });
    await expect(bidrag(t.poster, 'Idéburen', 2021, t.avtal)).rejects.toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/IOP_Parter/) });
    await expect(bidrag(t.poster, 'Idéburen', 2021, [['x']], t.parter)).rejects.toMatchObject({ code: '#VALUE!' });
  });
});

it('exposes every function by its Excel name', () => {
  expect(Object.keys(IOP).sort()).toEqual(['ANDEL_AV_AR', 'BIDRAG', 'GILTIG_TILL', 'INDEX', 'LON', 'ORGNR', 'SUMMA', 'TIMKOSTNAD']);
});
