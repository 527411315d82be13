import { IOP, andelAvAr, bidrag, giltigTill, index, lon, orgnr, summa, timkostnad } from '../../src/functions/functions';
import { FunctionError } from '../../src/functions/functionError';
import { initialFunctionSettings, setFunctionSettings } from '../../src/functions/settingsStore';
import { ITEM_COLUMNS } from '../../src/workbook/names';

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
    expect(errorOf(() => summa(1e13, 1900, 2100, 1900, 0.99))).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/för stort/) });
    expect(errorOf(() => index(1e13, 9999, 1900, 0.99))).toMatchObject({ code: '#VALUE!' });
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

it('exposes every function by its Excel name', () => {
  expect(Object.keys(IOP).sort()).toEqual(['ANDEL_AV_AR', 'BIDRAG', 'GILTIG_TILL', 'INDEX', 'LON', 'ORGNR', 'SUMMA', 'TIMKOSTNAD']);
});
